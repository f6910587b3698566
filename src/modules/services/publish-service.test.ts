import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createTestApp, type TestApp } from "@test/support/app";
import { agencyIdOf, createTestOfficer } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { Actor } from "@/core/http/context";
import { seedDemo } from "@/demo/seed";
import { demoServices } from "@/demo/services";

import { validateDefinition } from "./definition-problems";
import { getPublishedService } from "./get-published-service";
import { publishService } from "./publish-service";
import { saveServiceDraft } from "./save-service-draft";
import type { ServiceDefinition } from "./schema";
import { runServicesCommand } from "./services-command";

const AGENCY = "CHIANGMAI-CITY";

function definitionFor(serviceId: string, nameTh: string): ServiceDefinition {
  return {
    ...structuredClone(demoServices[0]!),
    id: serviceId,
    agencyCode: AGENCY,
    name: { th: nameTh, en: "Test" },
  };
}

describe("publishing services", () => {
  let t: TestApp;
  let admin: Actor;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: AGENCY, role: "admin" }],
    });
    admin = {
      type: "officer",
      officerId: officer.officer.id,
      agencyId: await agencyIdOf(t.db, AGENCY),
      role: "admin",
    };
  });
  afterAll(() => t.close());

  it("rejects a bad definition, naming the path of every problem", () => {
    const bad = structuredClone(demoServices[0]!) as unknown as Record<string, unknown>;
    (bad.steps as { workingDays: number }[])[1]!.workingDays = -3;
    bad.name = { th: "ชื่อ" };
    bad.category = "nonsense";
    const result = validateDefinition(bad);
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.problems.map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(["steps.1.workingDays", "name.en", "category"]));
  });

  it("publishes versions 1 and 2 and keeps version 1 readable unchanged", async () => {
    await saveServiceDraft({
      db: t.db,
      author: admin,
      definition: definitionFor("test-versions", "ฉบับแรก"),
    });
    const first = await publishService({
      db: t.db,
      author: admin,
      agencyCode: AGENCY,
      serviceId: "test-versions",
    });
    expect(first.version).toBe(1);
    await saveServiceDraft({
      db: t.db,
      author: admin,
      definition: definitionFor("test-versions", "ฉบับสอง"),
    });
    const second = await publishService({
      db: t.db,
      author: admin,
      agencyCode: AGENCY,
      serviceId: "test-versions",
    });
    expect(second.version).toBe(2);

    const current = await getPublishedService({ db: t.db, serviceId: "test-versions" });
    expect(current.version).toBe(2);
    expect(current.definition.name.th).toBe("ฉบับสอง");
    const old = await getPublishedService({ db: t.db, serviceId: "test-versions", version: 1 });
    expect(old.definition.name.th).toBe("ฉบับแรก");
    await expect(
      t.db.query("update service_versions set version = 9 where service_id = 'test-versions'"),
    ).rejects.toThrow(/cannot be changed/);
    const { rows } = await t.db.query<{ action: string }>(
      "select action from audit_log where target_id = 'test-versions' order by occurred_at, seq",
    );
    expect(rows.map((row) => row.action)).toEqual([
      "service.draft_saved",
      "service.published",
      "service.draft_saved",
      "service.published",
    ]);
  });

  it("refuses an incomplete draft at publication, naming the problem", async () => {
    const draft = { ...definitionFor("test-incomplete", "ร่าง"), steps: [] };
    const saved = await saveServiceDraft({ db: t.db, author: admin, definition: draft });
    expect(saved.problems.map((problem) => problem.field)).toEqual(["steps"]);
    await expect(
      publishService({ db: t.db, author: admin, agencyCode: AGENCY, serviceId: "test-incomplete" }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: [expect.objectContaining({ field: "steps" })],
    });
  });

  it("lets only an administrator of the service's own agency publish", async () => {
    const agencyId = await agencyIdOf(t.db, AGENCY);
    const officer: Actor = {
      type: "officer",
      officerId: admin.type === "officer" ? admin.officerId : "",
      agencyId,
      role: "officer",
    };
    const outsider: Actor = {
      type: "officer",
      officerId: officer.officerId,
      agencyId: await agencyIdOf(t.db, "DOPA"),
      role: "admin",
    };
    const publish = (author: Actor) =>
      publishService({ db: t.db, author, agencyCode: AGENCY, serviceId: "elderly-allowance" });
    await expect(publish(officer)).rejects.toMatchObject({ code: "forbidden", status: 403 });
    await expect(publish(outsider)).rejects.toMatchObject({ code: "not_found", status: 404 });
    await expect(publish({ type: "anonymous" })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(
      saveServiceDraft({
        db: t.db,
        author: outsider,
        definition: definitionFor("elderly-allowance", "x"),
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await getPublishedService({ db: t.db, serviceId: "elderly-allowance" })).version).toBe(
      1,
    );
  });

  it("refuses a service id another agency already holds", async () => {
    const taken = { ...definitionFor("building-permit", "ซ้ำ") };
    await expect(
      saveServiceDraft({ db: t.db, author: admin, definition: taken }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("exports a published service to a file and imports it back as its next version", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pratu-services-"));
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const file = join(dir, "tm30.json");
      const exported = await runServicesCommand({
        db: t.db,
        args: ["export", "IMM/tm30-residence-notification"],
        out: file,
        shouldPublish: false,
      });
      expect(exported).toBe(0);
      const definition = JSON.parse(await readFile(file, "utf8")) as ServiceDefinition;
      expect(definition).toEqual(demoServices[2]);

      const imported = await runServicesCommand({
        db: t.db,
        args: ["import", file],
        shouldPublish: true,
      });
      expect(imported).toBe(0);
      const service = await getPublishedService({
        db: t.db,
        serviceId: "tm30-residence-notification",
      });
      expect(service.version).toBe(2);
      expect(service.definition).toEqual(definition);

      await writeFile(
        file,
        JSON.stringify({ ...definition, fees: [{ amountSatang: 1.5 }] }),
        "utf8",
      );
      expect(
        await runServicesCommand({ db: t.db, args: ["import", file], shouldPublish: true }),
      ).toBe(1);
      const problems = error.mock.calls.map((call) => String(call[0]));
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringContaining("fees.0.label"),
          expect.stringContaining("fees.0.amountSatang"),
        ]),
      );
    } finally {
      log.mockRestore();
      error.mockRestore();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
