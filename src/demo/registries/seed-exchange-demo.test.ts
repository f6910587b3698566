import { createTestApp, type TestApp } from "@test/support/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findDataServiceByPath } from "@/modules/exchange/lookups";
import { readRegistryRecord } from "@/modules/exchange/registries";

import { demoCitizens } from "../citizens";
import { seedDemo } from "../seed";
import { DEMO_COMPANY_ID } from "./companies";
import { seedExchangeDemo } from "./index";
import { DEMO_POPULATION_SIZE } from "./population";

async function counts(t: TestApp) {
  const { rows } = await t.db.query<Record<string, number>>(
    `select (select count(*)::int from registries) as registries,
            (select count(*)::int from registry_records) as records,
            (select count(*)::int from registry_record_versions) as versions,
            (select count(*)::int from data_services) as services,
            (select count(*)::int from audit_log) as audits,
            (select coalesce(max(updated_at), 'epoch')::text from registry_records) as last_write`,
  );
  return rows[0]!;
}

describe("seedExchangeDemo", () => {
  let t: TestApp;
  let firstRunMs: number;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
    const started = performance.now();
    await seedExchangeDemo({ db: t.db, secrets: t.secrets });
    firstRunMs = performance.now() - started;
    console.info(`seedExchangeDemo on ${t.db.kind}: ${firstRunMs.toFixed(0)} ms`);
  });
  afterAll(() => t.close());

  it("loads the population, juristic person and graduate registries and their data services", async () => {
    const { rows } = await t.db.query<{
      agency: string;
      code: string;
      kind: string;
      records: number;
    }>(
      `select a.code as agency, r.code, r.kind,
              (select count(*)::int from registry_records x where x.registry_id = r.id) as records
         from registries r join agencies a on a.id = r.agency_id order by a.code`,
    );
    expect(rows).toEqual([
      { agency: "CMU", code: "graduates", kind: "hosted", records: expect.any(Number) as number },
      { agency: "DBD", code: "juristic-persons", kind: "hosted", records: 300 },
      { agency: "DOL", code: "land-titles", kind: "external", records: 0 },
      { agency: "DOPA", code: "population", kind: "hosted", records: DEMO_POPULATION_SIZE },
    ]);
    const { rows: services } = await t.db.query<{
      code: string;
      classification: string;
      consent_required: boolean;
    }>("select code, classification, consent_required from data_services order by code");
    expect(services).toEqual([
      { code: "graduate.degrees", classification: "confidential", consent_required: true },
      { code: "juristic.profile", classification: "internal", consent_required: false },
      { code: "land.parcel", classification: "confidential", consent_required: false },
      { code: "person.address", classification: "confidential", consent_required: false },
      { code: "person.basic", classification: "confidential", consent_required: false },
    ]);
  });

  it("finds a demo citizen's registered address and a demo company through the reader", async () => {
    const prayoon = demoCitizens[2]!;
    const resolved = await findDataServiceByPath({
      db: t.db,
      providerCode: "DOPA",
      registryCode: "population",
      serviceCode: "person.address",
    });
    const reading = await readRegistryRecord({
      db: t.db,
      secrets: t.secrets,
      registry: resolved!.registry,
      subjectId: prayoon.citizenId,
      subjectHash: t.secrets.hashNationalId(prayoon.citizenId),
      timeoutMs: 1000,
      requestId: "seed-test",
    });
    expect(reading).toEqual({
      found: true,
      version: 1,
      data: expect.objectContaining({
        givenNameTh: prayoon.givenNameTh,
        address: {
          line: "99/1 ถนนเจริญราษฎร์",
          provinceCode: "50",
          districtCode: "5001",
          subdistrictCode: "500104",
          postcode: "50300",
        },
      }) as unknown,
    });
    const company = await findDataServiceByPath({
      db: t.db,
      providerCode: "DBD",
      registryCode: "juristic-persons",
      serviceCode: "juristic.profile",
    });
    const profile = await readRegistryRecord({
      db: t.db,
      secrets: t.secrets,
      registry: company!.registry,
      subjectId: DEMO_COMPANY_ID,
      subjectHash: t.secrets.hashNationalId(DEMO_COMPANY_ID),
      timeoutMs: 1000,
      requestId: "seed-test",
    });
    expect(profile.found && profile.data.nameTh).toBe("ห้างหุ้นส่วนจำกัด นิมมาน คอฟฟี่");
  });

  it("writes nothing when run again", async () => {
    const before = await counts(t);
    const summary = await seedExchangeDemo({ db: t.db, secrets: t.secrets });
    expect(summary.recordsWritten).toBe(0);
    expect(await counts(t)).toEqual(before);
  });
});
