import { TEST_SECRET_KEY } from "@test/support/app";
import { createTestDatabase } from "@test/support/database";
import { agencyIdOf } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { findApplicableGrant, findDataServiceByPath } from "@/modules/exchange";

import { seedExchangeGrants } from "./exchange-grants";
import { seedDemo } from "./seed";
import { buildingPermitService } from "./service-definitions/building-permit";
import { elderlyAllowanceService } from "./service-definitions/elderly-allowance";

const runnerOf: Record<string, string> = {
  [elderlyAllowanceService.id]: elderlyAllowanceService.agencyCode,
  [buildingPermitService.id]: buildingPermitService.agencyCode,
};

describe("demo access rights", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo({ db, secrets: new SecretBox(TEST_SECRET_KEY) });
  }, 300_000);
  afterAll(() => db.close());

  /** The grant the demo e-service `subsystem` finds, calling as the agency that runs it. */
  async function grantFor(path: string, subsystem: string, purpose: string) {
    const [providerCode, registryCode, serviceCode] = path.split("/") as [string, string, string];
    const found = await findDataServiceByPath({ db, providerCode, registryCode, serviceCode });
    if (!found) throw new Error(`The demo has no ${path}.`);
    return findApplicableGrant({
      db,
      dataServiceId: found.dataService.id,
      consumerAgencyId: await agencyIdOf(db, runnerOf[subsystem]!),
      subsystem,
      purpose,
    });
  }

  it("lets the demo e-services read what they need, and leaves one request to decide", async () => {
    const eligibility = "elderly-allowance-eligibility";
    expect(
      await grantFor("DOPA/population/person.basic", "elderly-allowance", eligibility),
    ).toMatchObject({ basis: "public_task", fields: null });
    expect(
      await grantFor("DOPA/population/person.address", "elderly-allowance", eligibility),
    ).toMatchObject({ basis: "consent" });
    const review = "building-permit-review";
    expect(await grantFor("DOL/land-titles/land.parcel", "building-permit", review)).not.toBeNull();
    expect(
      await grantFor("DBD/juristic-persons/juristic.profile", "building-permit", review),
    ).not.toBeNull();
    // Asked for, not decided: it opens nothing yet.
    expect(await grantFor("DOPA/population/person.address", "building-permit", review)).toBeNull();
    const { rows } = await db.query<{ status: string; count: number }>(
      "select status, count(*)::int as count from exchange_grants group by status order by status",
    );
    expect(rows).toEqual([
      { status: "approved", count: 4 },
      { status: "requested", count: 1 },
    ]);
  });

  it("changes nothing when loaded again, even after a grant was revoked", async () => {
    await db.query(
      "update exchange_grants set status = 'revoked' where basis = 'consent' and status = 'approved'",
    );
    expect(await seedExchangeGrants({ db })).toBe(0);
    const { rows } = await db.query<{ count: number }>(
      "select count(*)::int as count from exchange_grants",
    );
    expect(rows[0]?.count).toBe(5);
  });
});
