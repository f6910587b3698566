import { createTestApp, type TestApp } from "@test/support/app";
import {
  chiangMaiAddress,
  json,
  type RegistryCallers,
  registryCallers,
  testCitizenIds,
  testRegistryDefinition,
} from "@test/support/registries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

import { findDataServiceByPath } from "../lookups";
import { readRegistryRecord } from "./reader";

const BASE = "/api/v1/agencies/DOPA/registries/test-people";
const [somebody, someoneElse] = testCitizenIds;

interface Problem {
  errors?: { field: string; code?: string; messages?: { th: string; en: string } }[];
}

async function auditCount(t: TestApp, action: string): Promise<number> {
  const { rows } = await t.db.query<{ count: number }>(
    "select count(*)::int as count from audit_log where action = $1",
    [action],
  );
  return rows[0]!.count;
}

describe("the registry records API", () => {
  let t: TestApp;
  let as: RegistryCallers;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
    as = await registryCallers(t, "DOPA");
    const created = await as.admin(BASE, json("PUT", testRegistryDefinition));
    expect(created.status).toBe(201);
  });
  afterAll(() => t.close());

  it("defines a registry once: the same definition again changes nothing", async () => {
    const again = await as.admin(BASE, json("PUT", testRegistryDefinition));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      change: "unchanged",
      registry: { subsystemId: "TH/GOV/DOPA/test-people", schemaVersion: 1, records: 0 },
    });
    const duplicate = await as.admin(
      BASE,
      json("PUT", {
        ...testRegistryDefinition,
        recordSchema: [
          ...testRegistryDefinition.recordSchema,
          testRegistryDefinition.recordSchema[0],
        ],
      }),
    );
    expect(duplicate.status).toBe(400);
    expect(((await duplicate.json()) as Problem).errors?.[0]?.code).toBe("duplicate_key");
  });

  it("writes a record that fits the schema and reads it back with its version", async () => {
    const data = { givenNameTh: "ประยูร", birthDate: "1963-03-14", address: chiangMaiAddress };
    const written = await as.systemKey(`${BASE}/records/${somebody}`, json("PUT", { data }));
    expect(written.status).toBe(201);
    expect(await written.json()).toEqual({
      subjectId: somebody,
      version: 1,
      schemaVersion: 1,
      change: "created",
    });
    const read = await as.admin(`${BASE}/records/${somebody}`);
    expect(await read.json()).toMatchObject({ data, version: 1, earlierVersions: 0 });
  });

  it("refuses a record that does not fit, naming each field in Thai and English", async () => {
    const response = await as.admin(
      `${BASE}/records/${someoneElse}`,
      json("PUT", {
        data: {
          givenNameTh: "มาลี",
          birthDate: "14/03/2506",
          children: "two",
          address: { ...chiangMaiAddress, districtCode: "1017" },
          religion: "พุทธ",
        },
      }),
    );
    expect(response.status).toBe(400);
    const problems = ((await response.json()) as Problem).errors ?? [];
    expect(problems.map((problem) => [problem.field, problem.code])).toEqual(
      expect.arrayContaining([
        ["data.birthDate", "invalid_date"],
        ["data.children", "invalid_number"],
        ["data.address", "invalid_address"],
        ["data.religion", "unknown_field"],
      ]),
    );
    expect(problems.find((problem) => problem.field === "data.address")?.messages?.th).toContain(
      "อำเภอรหัส 1017",
    );
    const wrongDigit = await as.admin(
      `${BASE}/records/${somebody.slice(0, 12)}${(Number(somebody[12]) + 1) % 10}`,
      json("PUT", { data: { givenNameTh: "มาลี" } }),
    );
    expect(wrongDigit.status).toBe(400);
    expect(((await wrongDigit.json()) as Problem).errors?.[0]?.field).toBe("subjectId");
    expect((await as.admin(`${BASE}/records/${someoneElse}`)).status).toBe(404);
  });

  it("keeps the earlier version when a record changes, and none when it does not", async () => {
    const path = `${BASE}/records/${someoneElse}`;
    await as.admin(path, json("PUT", { data: { givenNameTh: "มาลี", children: 1 } }));
    const changed = await as.admin(
      path,
      json("PUT", { data: { givenNameTh: "มาลี", children: 2 } }),
    );
    expect(await changed.json()).toMatchObject({ version: 2, change: "updated" });
    const same = await as.admin(path, json("PUT", { data: { children: 2, givenNameTh: "มาลี" } }));
    expect(await same.json()).toMatchObject({ version: 2, change: "unchanged" });
    expect(await (await as.admin(path)).json()).toMatchObject({
      data: { children: 2 },
      version: 2,
      earlierVersions: 1,
    });
    const { rows } = await t.db.query<{ version: number; data: unknown }>(
      "select version, data from registry_record_versions where subject_hash = $1",
      [t.secrets.hashNationalId(someoneElse)],
    );
    expect(rows).toEqual([{ version: 1, data: { givenNameTh: "มาลี", children: 1 } }]);
  });

  it("bumps the schema version on a schema change; records keep the version they were written under", async () => {
    const withNickname = {
      ...testRegistryDefinition,
      recordSchema: [
        ...testRegistryDefinition.recordSchema,
        { key: "nickname", label: { th: "ชื่อเล่น", en: "Nickname" }, type: "text" },
      ],
    };
    const changed = await as.admin(BASE, json("PUT", withNickname));
    expect(await changed.json()).toMatchObject({
      change: "updated",
      registry: { schemaVersion: 2 },
    });
    expect(await (await as.admin(`${BASE}/records/${somebody}`)).json()).toMatchObject({
      schemaVersion: 1,
    });
    const rewritten = await as.admin(
      `${BASE}/records/${somebody}`,
      json("PUT", { data: { givenNameTh: "ประยูร", nickname: "ยูร" } }),
    );
    expect(await rewritten.json()).toMatchObject({ version: 2, schemaVersion: 2 });
  });

  it("keeps data services within the schema and versions their contract", async () => {
    const path = `${BASE}/data-services/person.name`;
    const service = {
      name: { th: "ชื่อ", en: "Name" },
      fields: ["givenNameTh", "surname"],
      classification: "confidential",
    };
    const unknown = await as.admin(path, json("PUT", service));
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as Problem).errors?.[0]).toMatchObject({
      field: "fields.1",
      code: "unknown_field",
    });
    const created = await as.admin(path, json("PUT", { ...service, fields: ["givenNameTh"] }));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      dataService: {
        serviceId: "TH/GOV/DOPA/test-people/person.name",
        version: 1,
        consentRequired: false,
      },
    });
    const widened = await as.admin(
      path,
      json("PUT", { ...service, fields: ["givenNameTh", "nickname"] }),
    );
    expect(await widened.json()).toMatchObject({ change: "updated", dataService: { version: 2 } });
    // A field a data service returns cannot leave the schema.
    const dropping = await as.admin(BASE, json("PUT", testRegistryDefinition));
    expect(dropping.status).toBe(400);
    expect(((await dropping.json()) as Problem).errors?.[0]?.code).toBe("field_in_use");
  });

  it("deletes a record: readers no longer find it, and its last version stays in the history", async () => {
    const path = `${BASE}/records/${somebody}`;
    const deleted = await as.admin(path, { method: "DELETE" });
    expect(await deleted.json()).toEqual({ subjectId: somebody, version: 3 });
    expect((await as.admin(path)).status).toBe(404);
    expect((await as.admin(path, { method: "DELETE" })).status).toBe(404);
    const resolved = await findDataServiceByPath({
      db: t.db,
      providerCode: "DOPA",
      registryCode: "test-people",
      serviceCode: "person.name",
    });
    const reading = await readRegistryRecord({
      db: t.db,
      secrets: t.secrets,
      registry: resolved!.registry,
      subjectId: somebody,
      subjectHash: t.secrets.hashNationalId(somebody),
      timeoutMs: 1000,
      requestId: "test",
    });
    expect(reading).toEqual({ found: false });
    const revived = await as.admin(path, json("PUT", { data: { givenNameTh: "ประยูร" } }));
    expect(await revived.json()).toMatchObject({ version: 4, change: "updated" });
    const { rows } = await t.db.query<{ version: number; has_data: boolean }>(
      `select version, data is not null as has_data from registry_record_versions
        where subject_hash = $1 order by version`,
      [t.secrets.hashNationalId(somebody)],
    );
    expect(rows).toEqual([
      { version: 1, has_data: true },
      { version: 2, has_data: true },
      { version: 3, has_data: false },
    ]);
  });

  it("audits every change it makes, and nothing it does not", async () => {
    const before = await auditCount(t, "registry_record.updated");
    const path = `${BASE}/records/${someoneElse}`;
    await as.admin(path, json("PUT", { data: { givenNameTh: "มาลี", children: 3 } }));
    await as.admin(path, json("PUT", { data: { givenNameTh: "มาลี", children: 3 } }));
    expect(await auditCount(t, "registry_record.updated")).toBe(before + 1);
  });

  it("lets only the provider's administrators and systems with exchange:manage in", async () => {
    const path = `${BASE}/records/${someoneElse}`;
    const body = json("PUT", { data: { givenNameTh: "มาลี" } });
    expect((await as.officer(path)).status).toBe(403);
    expect((await as.officer(path, body)).status).toBe(403);
    expect((await as.readOnlyKey(path)).status).toBe(403);
    expect((await as.systemKey(path)).status).toBe(200);
    for (const [method, target] of [
      ["GET", BASE],
      ["GET", path],
      ["PUT", path],
      ["DELETE", path],
      ["GET", `${BASE}/data-services/person.name`],
    ] as const) {
      const response = await as.outsider(target, method === "PUT" ? body : { method });
      expect(response.status, `${method} ${target}`).toBe(404);
    }
    expect((await t.app.request(path)).status).toBe(401);
  });
});
