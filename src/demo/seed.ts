import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { upsertAgency } from "@/modules/agencies";

import { demoAgencies } from "./agencies";
import { seedDemoApplications } from "./applications";
import { seedDemoChannels } from "./channels";
import { seedDemoDocumentTypes } from "./document-types";
import { seedExchangeGrants } from "./exchange-grants";
import { seedDemoLevels } from "./levels";
import { seedExchangeDemo } from "./registries";
import { seedDemoOfficers } from "./seed-officers";
import { seedDemoServices } from "./services";
import { seedDemoTranscripts, seedDemoTranscriptType } from "./transcripts";

export interface SeedSummary {
  agencies: number;
  officers: number;
  services: number;
  applications: number;
}

/**
 * Loads the demo agencies and people. Safe to run again: it updates what is
 * there. Demo officers need the secret box (to seal their second factor);
 * without one only the agencies are loaded.
 */
export async function seedDemo({
  db,
  secrets,
  withApplications = false,
  config,
}: {
  db: Database;
  secrets?: SecretBox;
  /** Where documents are verified; with it (and the secret box), demo transcripts are issued. */
  config?: Config;
  /** Also submit and work demo applications (for `pratu start` and `seed --demo`). */
  withApplications?: boolean;
}): Promise<SeedSummary> {
  const summary = await transaction(db, async (tx) => {
    const idsByCode = new Map<string, string>();
    for (const agency of demoAgencies) {
      const parentId = agency.parent ? (idsByCode.get(agency.parent) ?? null) : null;
      const id = await upsertAgency(tx, { ...agency, id: newId(), parentId });
      idsByCode.set(agency.code, id);
    }
    const officers = secrets
      ? await seedDemoOfficers({ tx, secrets, agencyIdsByCode: idsByCode })
      : 0;
    await seedDemoChannels(tx, idsByCode);
    const services = await seedDemoServices(tx);
    await seedDemoDocumentTypes(tx, idsByCode);
    await seedDemoTranscriptType(tx, idsByCode);
    await seedDemoLevels(tx, idsByCode);
    return { agencies: demoAgencies.length, officers, services };
  });
  // Registries and their records: the data other agencies' services fetch instead of copies.
  if (secrets) {
    await seedExchangeDemo({ db, secrets });
    // Access rights name the registries' data services, so they come after them.
    await seedExchangeGrants({ db, ...(config ? { instance: config.exchange.instance } : {}) });
  }
  // Applications go through the real use cases, each in its own transaction.
  const applications =
    secrets && withApplications ? await seedDemoApplications({ db, secrets }) : 0;
  if (secrets && config && withApplications) await seedDemoTranscripts({ db, secrets, config });
  return { ...summary, applications };
}

/** Whether the database has never been seeded (no agency yet): `start` seeds only then. */
export async function isEmpty(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ count: number }>("select count(*)::int as count from agencies");
  return (rows[0]?.count ?? 0) === 0;
}
