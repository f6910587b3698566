import { setImmediate as nextTurn } from "node:timers/promises";

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
} from "@test/support/exchange";
import { type RegistryStub, startRegistryStub } from "@test/support/registry-stub";
import { xroadGet } from "@test/support/xroad-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLIENT = `TH/GOV/CHIANGMAI-CITY/${TEST_SUBSYSTEM}`;
const SECRET = "house-register-shared-secret";
const person = testPeople[0]!;

describe("admission control at the exchange's edge", () => {
  let t: TestApp;
  let f: ExchangeFixture;
  let stub: RegistryStub;

  beforeAll(async () => {
    // One call at a time, nobody waits: the second call while one runs is turned away.
    t = await createTestApp({
      config: {
        admission: { exchangeConcurrency: 1, queueLength: 0, maxWaitMilliseconds: 0 },
        exchange: { callTimeoutMs: 30_000 },
      },
    });
    f = await createExchangeFixture(t.db, t.secrets);
    stub = await startRegistryStub({
      secret: SECRET,
      records: { [person.citizenId]: { address: person.data.address } },
    });
    const registry = await insertExternalRegistry(t.db, t.secrets, {
      agency: f.provider,
      code: "house-register",
      url: stub.url,
      timeoutMs: 30_000,
      secret: SECRET,
    });
    const service = await insertDataService(t.db, {
      registry,
      code: "house.address",
      fields: ["address"],
    });
    await insertGrant(t.db, { dataService: service, consumer: f.consumer, purpose: TEST_PURPOSE });
  });
  afterAll(async () => {
    await stub.close();
    await t.close();
  });

  const call = () =>
    xroadGet(t, `/r1/TH/GOV/DOPA/house-register/house.address/${person.citizenId}`, {
      key: f.consumerKey,
      client: CLIENT,
    });

  it("answers a call beyond the limit with an X-Road 503, Retry-After and a queue ticket", async () => {
    stub.behaviour = "hang";
    const held = call();
    while (stub.requests.length === 0) await nextTurn();

    const turnedAway = await call();
    expect(turnedAway.status).toBe(503);
    expect(turnedAway.headers.get("x-road-error")).toBe("Server.ClientProxy.OutOfCapacity");
    expect(turnedAway.headers.get("retry-after")).toBe(
      String(t.config.admission.retryAfterSeconds),
    );
    expect(turnedAway.headers.get("queue-ticket")).toMatch(/\S{20,}/);
    const body = (await turnedAway.json()) as { type: string; messageTh: string };
    expect(body.type).toBe("Server.ClientProxy.OutOfCapacity");
    expect(body.messageTh).toContain("Retry-After");
    // Turned away before any work: the registry saw only the held call.
    expect(stub.requests).toHaveLength(1);

    stub.behaviour = "ok";
    stub.dropHanging();
    expect((await held).status).toBe(502);

    const admitted = await call();
    expect(admitted.status).toBe(200);
  });
});
