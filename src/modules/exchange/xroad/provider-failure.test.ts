import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { createTestApp, type TestApp } from "@test/support/app";
import {
  createExchangeFixture,
  type ExchangeFixture,
  insertDataService,
  insertExternalRegistry,
  insertGrant,
  TEST_PURPOSE,
  TEST_SUBSYSTEM,
  testPeople,
  unknownCitizenId,
} from "@test/support/exchange";
import { type RegistryStub, startRegistryStub } from "@test/support/registry-stub";
import { exchangeLogRows, xroadGet } from "@test/support/xroad-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLIENT = `TH/GOV/CHIANGMAI-CITY/${TEST_SUBSYSTEM}`;
const SECRET = "house-register-shared-secret";
const person = testPeople[0]!;

/** A loopback port nothing listens on: a registry that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("a mediated call to an external registry that is down or slow", () => {
  let t: TestApp;
  let f: ExchangeFixture;
  let stub: RegistryStub;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createExchangeFixture(t.db, t.secrets);
    stub = await startRegistryStub({
      secret: SECRET,
      records: { [person.citizenId]: { address: person.data.address } },
    });
    for (const [code, url] of [
      ["house-register", stub.url],
      ["unreachable-register", `http://127.0.0.1:${await closedPort()}/`],
    ] as const) {
      const registry = await insertExternalRegistry(t.db, t.secrets, {
        agency: f.provider,
        code,
        url,
        // Shorter than the exchange's own limit: the registry's bound applies.
        timeoutMs: 300,
        secret: SECRET,
      });
      const service = await insertDataService(t.db, {
        registry,
        code: "house.address",
        fields: ["address"],
      });
      await insertGrant(t.db, {
        dataService: service,
        consumer: f.consumer,
        purpose: TEST_PURPOSE,
      });
    }
  });
  afterAll(async () => {
    await stub.close();
    await t.close();
  });

  const call = async (registry = "house-register", subject = person.citizenId) => {
    const response = await xroadGet(t, `/r1/TH/GOV/DOPA/${registry}/house.address/${subject}`, {
      key: f.consumerKey,
      client: CLIENT,
    });
    const xroadId = response.headers.get("x-road-id")!;
    return {
      response,
      body: (await response.json()) as Record<string, unknown>,
      xroadId,
      log: await exchangeLogRows(t.db, xroadId),
    };
  };

  it("serves from a healthy external registry, asking it with its secret and the X-Road-Id", async () => {
    stub.behaviour = "ok";
    const { response, body, xroadId, log } = await call();
    expect(response.status).toBe(200);
    expect(body.data).toEqual({ address: person.data.address });
    expect(stub.requests.at(-1)).toEqual({
      path: `/records/${person.citizenId}`,
      authorization: `Bearer ${SECRET}`,
      requestId: xroadId,
    });
    expect(log).toEqual([expect.objectContaining({ outcome: "ok" })]);

    const unknown = await call("house-register", unknownCitizenId);
    expect(unknown.response.status).toBe(404);
    expect(unknown.log).toEqual([expect.objectContaining({ outcome: "not_found" })]);
  });

  it.each([
    ["fails", "error"],
    ["answers nonsense", "garbage"],
  ] as const)("answers 502 when the registry %s, and logs it", async (_what, behaviour) => {
    stub.behaviour = behaviour;
    const { response, body, log } = await call();
    expect(response.status).toBe(502);
    expect(response.headers.get("x-road-error")).toBe("Server.ServerProxy.ServiceFailed");
    expect(body.type).toBe("Server.ServerProxy.ServiceFailed");
    expect(body).not.toHaveProperty("data");
    expect(log).toEqual([expect.objectContaining({ outcome: "provider_error", http_status: 502 })]);
  });

  it("answers 502 when nothing listens at the registry's address, and logs it", async () => {
    const { response, log } = await call("unreachable-register");
    expect(response.status).toBe(502);
    expect(response.headers.get("x-road-error")).toBe("Server.ServerProxy.ServiceFailed");
    expect(log).toEqual([expect.objectContaining({ outcome: "provider_error" })]);
  });

  it("answers 504 once the registry's time limit passes, though it never answers, and logs it", async () => {
    stub.behaviour = "hang";
    const { response, body, log } = await call();
    expect(response.status).toBe(504);
    expect(response.headers.get("x-road-error")).toBe("Server.ServerProxy.ServiceFailed.Timeout");
    expect(body.messageTh).toMatch(/[\u0E00-\u0E7F]/);
    expect(log).toEqual([expect.objectContaining({ outcome: "timeout", http_status: 504 })]);
  });
});
