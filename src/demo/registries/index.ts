import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { selectAgencyByCode } from "@/modules/agencies";
import {
  type RecordData,
  type RegistryAuthor,
  saveDataService,
  saveRecords,
  saveRegistry,
} from "@/modules/exchange/registries";

import { type Company, generateCompanies } from "./companies";
import {
  DEMO_LAND_REGISTRY_PORT,
  type DemoRegistry,
  graduateRegistry,
  juristicRegistry,
  landRegistry,
  populationRegistry,
} from "./definitions";
import { generateGraduates, type Graduate } from "./graduates";
import { demoLandRegistrySecret } from "./land-registry-secret";
import { generatePopulation, type Person } from "./population";

export { runDemoRegistryCommand } from "./demo-registry-command";
export {
  type DemoLandRegistry,
  launchDemoLandRegistry,
  startDemoLandRegistry,
} from "./land-registry-process";
export { demoLandRegistrySecret } from "./land-registry-secret";

const seeder: RegistryAuthor = { type: "system", id: "demo-seed" };

export interface ExchangeDemoSummary {
  registries: number;
  /** Records written this time: none when the demo data was already there. */
  recordsWritten: number;
}

/** A person's population-registry record: everything but the ID it is kept under. */
export function personRecord({ citizenId: _citizenId, ...record }: Person): RecordData {
  return record;
}

export function companyRecord({ juristicId: _juristicId, ...record }: Company): RecordData {
  return record;
}

export function graduateRecord({ citizenId: _citizenId, ...record }: Graduate): RecordData {
  return record;
}

/**
 * The exchange's demo registries: DOPA's population register (the demo
 * citizens and about 3,000 synthetic people), DBD's juristic person
 * register, Chiang Mai University's graduates, and the Department of Lands'
 * land title register, which is external (its demo system runs as a
 * separate process: `pratu demo-registry`), with their data services.
 * Safe to run again: what is already there is left as it is. Access rights
 * are not given here; nothing is open by default.
 */
export async function seedExchangeDemo({
  db,
  secrets,
}: {
  db: Database;
  secrets: SecretBox;
}): Promise<ExchangeDemoSummary> {
  const population = generatePopulation();
  const hosted: [DemoRegistry, { subjectId: string; data: RecordData }[]][] = [
    [
      populationRegistry,
      population.map((person) => ({ subjectId: person.citizenId, data: personRecord(person) })),
    ],
    [
      juristicRegistry,
      generateCompanies(population).map((company) => ({
        subjectId: company.juristicId,
        data: companyRecord(company),
      })),
    ],
    [
      graduateRegistry,
      generateGraduates(population).map((graduate) => ({
        subjectId: graduate.citizenId,
        data: graduateRecord(graduate),
      })),
    ],
  ];
  let registries = 0;
  let recordsWritten = 0;
  for (const [registry, rows] of hosted) {
    const agencyId = await defineRegistry(db, secrets, registry);
    if (!agencyId) continue;
    registries += 1;
    const summary = await withinAgency(db, agencyId, (scope) =>
      saveRecords({ scope, secrets, author: seeder, registryCode: registry.code, rows }),
    );
    recordsWritten += summary.created + summary.updated;
  }
  if (await defineRegistry(db, secrets, landRegistry)) registries += 1;
  return { registries, recordsWritten };
}

/** Saves a demo registry and its data services; null when the demo lacks the agency. */
async function defineRegistry(
  db: Database,
  secrets: SecretBox,
  registry: DemoRegistry,
): Promise<string | null> {
  const agency = await selectAgencyByCode(db, registry.agencyCode);
  if (!agency) return null;
  await saveRegistry({
    db,
    secrets,
    author: seeder,
    agencyId: agency.id,
    code: registry.code,
    definition: {
      ...registry.definition,
      ...(registry.definition.kind === "external"
        ? {
            external: {
              url: `http://127.0.0.1:${DEMO_LAND_REGISTRY_PORT}`,
              timeoutMs: 3000,
              secret: demoLandRegistrySecret(secrets),
            },
          }
        : {}),
    },
  });
  for (const [serviceCode, definition] of Object.entries(registry.dataServices)) {
    await saveDataService({
      db,
      author: seeder,
      agencyId: agency.id,
      registryCode: registry.code,
      serviceCode,
      definition,
    });
  }
  return agency.id;
}
