import { randomUUID } from "node:crypto";

import { createTestApp, type TestApp } from "@test/support/app";
import {
  createExchangeApiKey,
  createExchangeFixture,
  type ExchangeFixture,
  type GrantOptions,
  insertConsent,
  insertDataService,
  insertGrant,
  revokeTestConsent,
  setGrantStatus,
  TEST_PURPOSE,
  TEST_SUBSYSTEM,
  testPeople,
  unknownCitizenId,
} from "@test/support/exchange";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { dataPath, exchangeLogRows, xroadGet } from "@test/support/xroad-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const known = testPeople[0]!;
const THAI = /[\u0E00-\u0E7F]/;

interface Consumer {
  agency: TestAgency;
  key: string;
  client: string;
}

describe("the X-Road edge's grant matrix (consumer × data service × purpose × consent)", () => {
  let t: TestApp;
  let f: ExchangeFixture;
  let consumerCount = 0;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createExchangeFixture(t.db, t.secrets);
  });
  afterAll(() => t.close());

  /** A consumer agency of its own, so that one case's grants never open another's call. */
  async function newConsumer(): Promise<Consumer> {
    consumerCount += 1;
    const agency = await insertTestAgency(t.db, { code: `CITY-${consumerCount}` });
    return {
      agency,
      key: await createExchangeApiKey(t.db, agency),
      client: `TH/GOV/${agency.code}/${TEST_SUBSYSTEM}`,
    };
  }

  async function call(
    consumer: Consumer,
    { service = "person.address", subject = known.citizenId, purpose = TEST_PURPOSE } = {},
  ) {
    const xroadId = randomUUID();
    const response = await xroadGet(t, dataPath(service, subject), {
      key: consumer.key,
      client: consumer.client,
      purpose,
      headers: { "x-road-id": xroadId },
    });
    const body = (await response.json()) as Record<string, unknown>;
    return { response, body, xroadId, log: await exchangeLogRows(t.db, xroadId) };
  }

  const grant = (consumer: Consumer, options: Partial<GrantOptions> = {}) =>
    insertGrant(t.db, {
      dataService: f.address,
      consumer: consumer.agency,
      purpose: TEST_PURPOSE,
      ...options,
    });

  it("serves a consumer with an approved grant for the service and purpose, and logs it", async () => {
    const consumer = await newConsumer();
    await grant(consumer, { subsystem: TEST_SUBSYSTEM });
    const { response, body, log } = await call(consumer);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-road-error")).toBeNull();
    expect(body.data).toEqual({ address: known.data.address });
    expect(log).toEqual([
      expect.objectContaining({
        outcome: "ok",
        http_status: 200,
        subject_hash: t.secrets.hashNationalId(known.citizenId),
      }),
    ]);
  });

  const refusals: {
    name: string;
    setUp: (consumer: Consumer) => Promise<unknown>;
    code: string;
  }[] = [
    {
      name: "no grant at all",
      setUp: () => Promise.resolve(),
      code: "Server.ServerProxy.AccessDenied",
    },
    {
      name: "a grant for another purpose",
      setUp: (consumer) => grant(consumer, { purpose: "building-permit-check" }),
      code: "Server.ServerProxy.AccessDenied",
    },
    {
      name: "a grant for another subsystem of the same agency",
      setUp: (consumer) => grant(consumer, { subsystem: "building-permit" }),
      code: "Server.ServerProxy.AccessDenied",
    },
    {
      name: "a grant for another data service of the same registry",
      setUp: (consumer) => grant(consumer, { dataService: f.basic }),
      code: "Server.ServerProxy.AccessDenied",
    },
    {
      name: "an expired grant",
      setUp: (consumer) => grant(consumer, { expiresAt: new Date(Date.now() - 60_000) }),
      code: "Server.ServerProxy.AccessDenied",
    },
    {
      name: "a revoked grant",
      setUp: async (consumer) => setGrantStatus(t.db, await grant(consumer), "revoked"),
      code: "Server.ServerProxy.AccessDenied",
    },
    {
      name: "a grant still only requested",
      setUp: (consumer) => grant(consumer, { status: "requested" }),
      code: "Server.ServerProxy.AccessDenied",
    },
    {
      name: "a grant to another agency",
      setUp: () =>
        insertGrant(t.db, { dataService: f.address, consumer: f.consumer, purpose: TEST_PURPOSE }),
      code: "Server.ServerProxy.AccessDenied",
    },
    {
      name: "a consent-basis grant without the person's consent",
      setUp: (consumer) => grant(consumer, { basis: "consent" }),
      code: "Server.ServerProxy.AccessDenied.ConsentMissing",
    },
  ];

  it.each(refusals)("refuses $name with 403 and logs it as denied", async ({ setUp, code }) => {
    const consumer = await newConsumer();
    await setUp(consumer);
    const { response, body, xroadId, log } = await call(consumer);
    expect(response.status).toBe(403);
    expect(response.headers.get("x-road-error")).toBe(code);
    expect(response.headers.get("x-road-id")).toBe(xroadId);
    expect(Object.keys(body).sort()).toEqual(["detail", "message", "messageTh", "type"]);
    expect(body.type).toBe(code);
    expect(body.messageTh).toMatch(THAI);
    expect(log).toEqual([
      expect.objectContaining({ outcome: "denied", http_status: 403, error_code: code }),
    ]);
  });

  it("needs a live consent when the data service requires one, whatever the grant's basis", async () => {
    const consumer = await newConsumer();
    const guarded = await insertDataService(t.db, {
      registry: f.population,
      code: `person.guarded-${consumerCount}`,
      fields: ["birthDate"],
      consentRequired: true,
    });
    await grant(consumer, { dataService: guarded, basis: "public_task" });
    const refused = await call(consumer, { service: guarded.code });
    expect(refused.response.status).toBe(403);
    expect(refused.body.type).toBe("Server.ServerProxy.AccessDenied.ConsentMissing");

    await insertConsent(t.db, t.secrets, {
      citizenId: known.citizenId,
      consumer: consumer.agency,
      dataService: guarded,
      purpose: TEST_PURPOSE,
    });
    const served = await call(consumer, { service: guarded.code });
    expect(served.response.status).toBe(200);
    expect(served.body.data).toEqual({ birthDate: known.data.birthDate });
  });

  it("serves with a live consent and refuses on the very next call once it is revoked", async () => {
    const consumer = await newConsumer();
    await grant(consumer, { basis: "consent" });
    const consentId = await insertConsent(t.db, t.secrets, {
      citizenId: known.citizenId,
      consumer: consumer.agency,
      dataService: f.address,
      purpose: TEST_PURPOSE,
    });
    const served = await call(consumer);
    expect(served.response.status).toBe(200);
    expect(served.body.data).toEqual({ address: known.data.address });

    await revokeTestConsent(t.db, consentId);
    const refused = await call(consumer);
    expect(refused.response.status).toBe(403);
    expect(refused.response.headers.get("x-road-error")).toBe(
      "Server.ServerProxy.AccessDenied.ConsentMissing",
    );
    expect(refused.log).toEqual([expect.objectContaining({ outcome: "denied" })]);
  });

  it("refuses a consent given for another purpose or to another consumer", async () => {
    const consumer = await newConsumer();
    await grant(consumer, { basis: "consent" });
    await insertConsent(t.db, t.secrets, {
      citizenId: known.citizenId,
      consumer: consumer.agency,
      dataService: f.address,
      purpose: "building-permit-check",
    });
    await insertConsent(t.db, t.secrets, {
      citizenId: known.citizenId,
      consumer: f.consumer,
      dataService: f.address,
      purpose: TEST_PURPOSE,
    });
    const { response } = await call(consumer);
    expect(response.status).toBe(403);
  });

  it("answers an unknown subject 404 to a consumer with a grant, logged as not found", async () => {
    const consumer = await newConsumer();
    await grant(consumer);
    const { response, body, log } = await call(consumer, { subject: unknownCitizenId });
    expect(response.status).toBe(404);
    // The data service's own answer, not an exchange failure.
    expect(response.headers.get("x-road-error")).toBeNull();
    expect(body.type).toBe("not_found");
    expect(body.messageTh).toMatch(THAI);
    expect(log).toEqual([expect.objectContaining({ outcome: "not_found", http_status: 404 })]);
  });

  it("answers a consumer without a grant the same about unknown and known subjects", async () => {
    const consumer = await newConsumer();
    const aboutKnown = await call(consumer, { subject: known.citizenId });
    const aboutUnknown = await call(consumer, { subject: unknownCitizenId });
    const comparable = async ({ response, body }: Awaited<ReturnType<typeof call>>) => ({
      status: response.status,
      headers: [...response.headers.entries()]
        .filter(([name]) => !/^(x-road-id|x-road-request-hash|x-request-id|date)$/.test(name))
        .filter(([name]) => !name.startsWith("content-security"))
        .sort(),
      body: { ...body, detail: undefined },
      log: (await exchangeLogRows(t.db, response.headers.get("x-road-id")!)).map((row) => ({
        outcome: row.outcome,
        http_status: row.http_status,
        error_code: row.error_code,
      })),
    });
    expect(aboutKnown.response.status).toBe(403);
    expect(await comparable(aboutUnknown)).toEqual(await comparable(aboutKnown));
  });

  it("refuses fields outside a grant limited to some fields", async () => {
    const consumer = await newConsumer();
    await grant(consumer, { dataService: f.basic, fields: ["firstName"] });
    const path = dataPath("person.basic", known.citizenId);
    const ask = (query: string) =>
      xroadGet(t, `${path}${query}`, { key: consumer.key, client: consumer.client });

    const limited = await ask("");
    expect(limited.status).toBe(200);
    expect(((await limited.json()) as { data: unknown }).data).toEqual({
      firstName: known.data.firstName,
    });
    const beyond = await ask("?fields=firstName,lastName");
    expect(beyond.status).toBe(403);
    expect(beyond.headers.get("x-road-error")).toBe("Server.ServerProxy.AccessDenied");
  });

  it("counts a grant for the whole agency for each of its subsystems", async () => {
    const consumer = await newConsumer();
    await grant(consumer, { subsystem: null });
    const { response } = await call(consumer);
    expect(response.status).toBe(200);
  });
});
