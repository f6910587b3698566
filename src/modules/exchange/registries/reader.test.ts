import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { createTestApp, type TestApp } from "@test/support/app";
import { agencyIdOf } from "@test/support/officers";
import { spawnPratu } from "@test/support/processes";
import { chiangMaiAddress, testCitizenIds, testRegistryDefinition } from "@test/support/registries";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoCitizens } from "@/demo/citizens";
import { type DemoLandRegistry, seedExchangeDemo, startDemoLandRegistry } from "@/demo/registries";
import { startExternalRegistryServer } from "@/demo/registries/external-registry-server";
import { seedDemo } from "@/demo/seed";

import { findDataServiceByPath, type Registry } from "../lookups";
import { deleteRegistryRecord, saveRegistryRecord } from "./manage-records";
import { readRegistryRecord, RegistryUnavailableError } from "./reader";
import { saveRegistry } from "./save-registry";

const system = { type: "system", id: "test" } as const;
const napatsorn = demoCitizens[1]!;
const [nobody, somebody] = testCitizenIds;

describe("readRegistryRecord", () => {
  let t: TestApp;
  let landRegistry: DemoLandRegistry | null;
  let land: Registry;

  const read = (registry: Registry, subjectId: string, timeoutMs = 5000) =>
    readRegistryRecord({
      db: t.db,
      secrets: t.secrets,
      registry,
      subjectId,
      subjectHash: t.secrets.hashNationalId(subjectId),
      timeoutMs,
      requestId: "reader-test",
    });

  const failureOf = async (reading: Promise<unknown>) => {
    const error = await reading.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RegistryUnavailableError);
    return error as RegistryUnavailableError;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
    await seedExchangeDemo({ db: t.db, secrets: t.secrets });
    // The Department of Lands' demo system in a process of its own, as `pratu start` runs it.
    landRegistry = await startDemoLandRegistry({ db: t.db, secrets: t.secrets, logger: t.logger });
    const resolved = await findDataServiceByPath({
      db: t.db,
      providerCode: "DOL",
      registryCode: "land-titles",
      serviceCode: "land.parcel",
    });
    land = resolved!.registry;
  });
  afterAll(async () => {
    await landRegistry?.stop();
    await t.close();
  });

  describe("a hosted registry", () => {
    let people: Registry;

    beforeAll(async () => {
      const agencyId = await agencyIdOf(t.db, "DOPA");
      await saveRegistry({
        db: t.db,
        secrets: t.secrets,
        author: system,
        agencyId,
        code: "test-people",
        definition: testRegistryDefinition,
      });
      for (const subjectId of [somebody]) {
        await saveRegistryRecord({
          db: t.db,
          secrets: t.secrets,
          author: system,
          agencyId,
          registryCode: "test-people",
          subjectId,
          data: { givenNameTh: "สมศรี", address: chiangMaiAddress },
        });
      }
      const { rows } = await t.db.query<{ id: string }>(
        "select id from registries where code = 'test-people'",
      );
      people = { ...land, id: rows[0]!.id, agencyId, kind: "hosted", code: "test-people" };
    });

    it("finds a subject's current record and its version", async () => {
      expect(await read(people, somebody)).toEqual({
        found: true,
        version: 1,
        data: { givenNameTh: "สมศรี", address: chiangMaiAddress },
      });
    });

    it("finds nothing for a subject it has no record of", async () => {
      expect(await read(people, nobody)).toEqual({ found: false });
    });

    it("finds nothing for a deleted record", async () => {
      await deleteRegistryRecord({
        db: t.db,
        secrets: t.secrets,
        author: system,
        agencyId: people.agencyId,
        registryCode: "test-people",
        subjectId: somebody,
      });
      expect(await read(people, somebody)).toEqual({ found: false });
    });
  });

  describe("an external registry", () => {
    it("is started as a separate process and registered at its address", () => {
      expect(landRegistry).not.toBeNull();
      expect(landRegistry!.child.pid).not.toBe(process.pid);
      expect(land.externalUrl).toBe(landRegistry!.url);
      expect(land.externalUrl).not.toBe("http://127.0.0.1:4610");
    });

    it("answers with the subject's record from the provider's system", async () => {
      const reading = await read(land, napatsorn.citizenId);
      expect(reading).toMatchObject({
        found: true,
        version: 1,
        data: {
          ownerName: "นางสาวนภัสสร วงศ์ทอง",
          parcels: [{ deedType: "chanote", deedNumber: "12345", subdistrictCode: "500102" }],
        },
      });
    });

    it("finds nothing when the system answers 404", async () => {
      expect(await read(land, nobody)).toEqual({ found: false });
    });

    it("fails as a provider error when the system refuses the secret", async () => {
      const wrongSecret = {
        ...land,
        externalSecretSealed: t.secrets.seal("not-the-registry-secret"),
      };
      const error = await failureOf(read(wrongSecret, napatsorn.citizenId));
      expect(error.kind).toBe("provider_error");
      expect(error.message).toContain("401");
    });

    it("fails as a provider error when nothing listens at the address", async () => {
      const closed = await startExternalRegistryServer({
        secret: "x".repeat(20),
        records: new Map(),
      });
      await closed.close();
      const error = await failureOf(
        read({ ...land, externalUrl: closed.url }, napatsorn.citizenId),
      );
      expect(error.kind).toBe("provider_error");
    });

    it("fails as a provider error when the answer is not a record of the schema", async () => {
      const secret = "registry-secret-for-nonsense";
      const misfit = await startExternalRegistryServer({
        secret,
        records: new Map([
          [napatsorn.citizenId, { data: { ownerName: 42, deeds: [] }, version: 1 }],
        ]),
      });
      const garbage = createServer((_request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end("<html>not json</html>");
      });
      await new Promise<void>((resolve) => garbage.listen(0, "127.0.0.1", resolve));
      const garbageUrl = `http://127.0.0.1:${(garbage.address() as AddressInfo).port}`;
      try {
        const sealed = t.secrets.seal(secret);
        for (const externalUrl of [misfit.url, garbageUrl]) {
          const error = await failureOf(
            read({ ...land, externalUrl, externalSecretSealed: sealed }, napatsorn.citizenId),
          );
          expect(error.kind).toBe("provider_error");
        }
      } finally {
        await misfit.close();
        await new Promise<void>((resolve) => garbage.close(() => resolve()));
      }
    });

    it("gives up on a system that answers too slowly", async () => {
      const secret = "registry-secret-for-slow";
      const slow = await startExternalRegistryServer({
        secret,
        records: new Map([[napatsorn.citizenId, { data: { ownerName: "ช้า" }, version: 1 }]]),
        delayMs: 20_000,
      });
      try {
        const error = await failureOf(
          read(
            { ...land, externalUrl: slow.url, externalSecretSealed: t.secrets.seal(secret) },
            napatsorn.citizenId,
            200,
          ),
        );
        expect(error.kind).toBe("timeout");
        expect(error.cause).toBeInstanceOf(Error);
      } finally {
        await slow.close();
      }
    });
  });

  it("runs the demo registry on its own with `pratu demo-registry`, requiring the secret", async () => {
    const secret = "demo-registry-secret-from-the-environment";
    const registry = spawnPratu(["demo-registry", "--port", "0"], {
      PRATU_DEMO_REGISTRY_SECRET: secret,
    });
    try {
      await registry.waitFor(/listening at http:\/\/127\.0\.0\.1:\d+/);
      const url = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(registry.output())![1]!;
      const path = `${url}/records/${napatsorn.citizenId}`;
      expect((await fetch(path)).status).toBe(401);
      const found = await fetch(path, { headers: { authorization: `Bearer ${secret}` } });
      expect(found.status).toBe(200);
      expect(await found.json()).toMatchObject({ data: { ownerName: "นางสาวนภัสสร วงศ์ทอง" } });
    } finally {
      await registry.stop();
    }
  });

  it("ends the registry process when stopped", async () => {
    await landRegistry!.stop();
    expect(landRegistry!.child.exitCode !== null || landRegistry!.child.signalCode !== null).toBe(
      true,
    );
    landRegistry = null;
  });
});
