import { createHash, randomUUID } from "node:crypto";

import { createTestApp, type TestApp } from "@test/support/app";
import {
  createExchangeApiKey,
  createExchangeFixture,
  type ExchangeFixture,
  insertGrant,
  TEST_PURPOSE,
  TEST_SUBSYSTEM,
  testPeople,
} from "@test/support/exchange";
import { dataPath, exchangeLogRows, xroadGet } from "@test/support/xroad-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const person = testPeople[1]!;
const CLIENT = `TH/GOV/CHIANGMAI-CITY/${TEST_SUBSYSTEM}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The request hash computed from the protocol's description, not from Pratu's code. */
function expectedHash(target: string, headers: [string, string][]): string {
  const text = `GET ${target}\n${headers.map(([name, value]) => `${name}:${value}\n`).join("")}`;
  return createHash("sha512").update(text, "utf8").digest("base64");
}

function wrongCheckDigit(id: string): string {
  return `${id.slice(0, 12)}${(Number(id[12]) + 1) % 10}`;
}

describe("X-Road headers on the exchange's REST edge", () => {
  let t: TestApp;
  let f: ExchangeFixture;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createExchangeFixture(t.db, t.secrets);
    await insertGrant(t.db, {
      dataService: f.address,
      consumer: f.consumer,
      purpose: TEST_PURPOSE,
      subsystem: TEST_SUBSYSTEM,
    });
  });
  afterAll(() => t.close());

  it("echoes X-Road-Id, names client and service, and hashes the request as logged", async () => {
    const xroadId = randomUUID();
    const target = dataPath("person.address", person.citizenId, "?fields=address");
    const response = await xroadGet(t, target, {
      key: f.consumerKey,
      client: CLIENT,
      headers: { "x-road-id": xroadId, "x-road-userid": "TH3100600123457" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-road-id")).toBe(xroadId);
    expect(response.headers.get("x-road-client")).toBe(CLIENT);
    expect(response.headers.get("x-road-service")).toBe("TH/GOV/DOPA/population/person.address");
    const hash = expectedHash(target, [
      ["x-road-client", CLIENT],
      ["x-road-id", xroadId],
      ["x-road-userid", "TH3100600123457"],
      ["x-road-purpose", TEST_PURPOSE],
    ]);
    expect(response.headers.get("x-road-request-hash")).toBe(hash);
    expect(await exchangeLogRows(t.db, xroadId)).toEqual([
      expect.objectContaining({ outcome: "ok", request_hash: hash }),
    ]);
    const body = (await response.json()) as Record<string, Record<string, unknown>>;
    expect(body.source).toMatchObject({
      service: "TH/GOV/DOPA/population/person.address",
      provider: { code: "DOPA" },
      registry: { code: "population" },
      dataService: { code: "person.address" },
      purpose: { code: TEST_PURPOSE },
    });
    expect(body.retrievedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
  });

  it("generates an X-Road-Id when the client sends none, and hashes with it", async () => {
    const target = dataPath("person.address", person.citizenId);
    const response = await xroadGet(t, target, { key: f.consumerKey, client: CLIENT });
    expect(response.status).toBe(200);
    const xroadId = response.headers.get("x-road-id")!;
    expect(xroadId).toMatch(UUID);
    expect(response.headers.get("x-road-request-hash")).toBe(
      expectedHash(target, [
        ["x-road-client", CLIENT],
        ["x-road-id", xroadId],
        ["x-road-purpose", TEST_PURPOSE],
      ]),
    );
  });

  it("gives different requests different hashes", async () => {
    const hashOf = async (target: string) =>
      (
        await xroadGet(t, target, {
          key: f.consumerKey,
          client: CLIENT,
          headers: { "x-road-id": "same-id-for-both" },
        })
      ).headers.get("x-road-request-hash");
    expect(await hashOf(dataPath("person.address", person.citizenId))).not.toBe(
      await hashOf(dataPath("person.address", testPeople[0]!.citizenId)),
    );
  });

  const path = dataPath("person.address", person.citizenId);
  const failures: {
    name: string;
    request: () => Promise<Response>;
    status: number;
    code: string;
    isLogged: boolean;
  }[] = [
    {
      name: "no credential",
      request: () => xroadGet(t, path, { client: CLIENT }),
      status: 401,
      code: "Server.ClientProxy.SslAuthenticationFailed",
      isLogged: false,
    },
    {
      name: "an unknown bearer token",
      request: () => xroadGet(t, path, { key: "pratu_ak_nothing.wrong", client: CLIENT }),
      status: 401,
      code: "Server.ClientProxy.SslAuthenticationFailed",
      isLogged: false,
    },
    {
      name: "a key without the exchange:query scope",
      request: async () =>
        xroadGet(t, path, {
          key: await createExchangeApiKey(t.db, f.consumer, ["agency:read"]),
          client: CLIENT,
        }),
      status: 403,
      code: "Server.ClientProxy.AccessDenied",
      isLogged: true,
    },
    {
      name: "a client header naming another agency than the key's",
      request: () => xroadGet(t, path, { key: f.otherConsumerKey, client: CLIENT }),
      status: 403,
      code: "Server.ClientProxy.SslAuthenticationFailed",
      isLogged: true,
    },
    {
      name: "no X-Road-Client",
      request: () => xroadGet(t, path, { key: f.consumerKey }),
      status: 400,
      code: "Client.MissingHeader",
      isLogged: true,
    },
    {
      name: "a malformed X-Road-Client",
      request: () => xroadGet(t, path, { key: f.consumerKey, client: "TH/COM/CHIANGMAI-CITY" }),
      status: 400,
      code: "Client.InvalidClientIdentifier",
      isLogged: true,
    },
    {
      name: "an X-Road-Client of another instance",
      request: () => xroadGet(t, path, { key: f.consumerKey, client: "EE/GOV/CHIANGMAI-CITY" }),
      status: 400,
      code: "Client.InvalidClientIdentifier",
      isLogged: true,
    },
    {
      name: "no X-Road-Purpose",
      request: () => xroadGet(t, path, { key: f.consumerKey, client: CLIENT, purpose: null }),
      status: 400,
      code: "Client.MissingHeader",
      isLogged: true,
    },
    {
      name: "a malformed X-Road-Purpose",
      request: () =>
        xroadGet(t, path, { key: f.consumerKey, client: CLIENT, purpose: "Any Purpose!" }),
      status: 400,
      code: "Client.BadRequest",
      isLogged: true,
    },
    {
      name: "a malformed X-Road-UserId",
      request: () =>
        xroadGet(t, path, {
          key: f.consumerKey,
          client: CLIENT,
          headers: { "x-road-userid": "x".repeat(200) },
        }),
      status: 400,
      code: "Client.BadRequest",
      isLogged: true,
    },
    {
      name: "a member class other than GOV",
      request: () =>
        xroadGet(t, `/r1/TH/COM/DOPA/population/person.address/${person.citizenId}`, {
          key: f.consumerKey,
          client: CLIENT,
        }),
      status: 400,
      code: "Client.BadRequest",
      isLogged: true,
    },
    {
      name: "a subject ID with a wrong check digit",
      request: () =>
        xroadGet(t, dataPath("person.address", wrongCheckDigit(person.citizenId)), {
          key: f.consumerKey,
          client: CLIENT,
        }),
      status: 400,
      code: "Client.BadRequest",
      isLogged: true,
    },
    {
      name: "a subject ID that is not an identifier at all",
      request: () =>
        xroadGet(t, dataPath("person.address", "1%27%20or%201%3D1"), {
          key: f.consumerKey,
          client: CLIENT,
        }),
      status: 400,
      code: "Client.BadRequest",
      isLogged: true,
    },
    {
      name: "a query parameter given twice",
      request: () =>
        xroadGet(t, `${path}?fields=address&fields=address`, {
          key: f.consumerKey,
          client: CLIENT,
        }),
      status: 400,
      code: "Client.BadRequest",
      isLogged: true,
    },
    {
      name: "an unknown data service",
      request: () =>
        xroadGet(t, dataPath("person.secrets", person.citizenId), {
          key: f.consumerKey,
          client: CLIENT,
        }),
      status: 404,
      code: "Server.ServerProxy.UnknownService",
      isLogged: true,
    },
    {
      name: "a path too short to name a service and subject",
      request: () => xroadGet(t, "/r1/TH/GOV/DOPA", { key: f.consumerKey, client: CLIENT }),
      status: 400,
      code: "Client.BadRequest",
      isLogged: false,
    },
    {
      name: "a method other than GET",
      request: () => xroadGet(t, path, { key: f.consumerKey, client: CLIENT, method: "DELETE" }),
      status: 405,
      code: "Client.InvalidHttpMethod",
      isLogged: false,
    },
  ];

  it.each(failures)(
    "answers $name with $status and X-Road-Error $code",
    async ({ request, status, code, isLogged }) => {
      const response = await request();
      expect(response.status).toBe(status);
      expect(response.headers.get("x-road-error")).toBe(code);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const xroadId = response.headers.get("x-road-id");
      expect(xroadId).toMatch(UUID);
      expect(response.headers.get("x-road-request-hash")).toMatch(/^[A-Za-z0-9+/]{86}==$/);
      const body = (await response.json()) as Record<string, string>;
      expect(Object.keys(body).sort()).toEqual(["detail", "message", "messageTh", "type"]);
      expect(body.type).toBe(code);
      expect(body.message).toMatch(/[a-z]/);
      expect(body.messageTh).toMatch(/[\u0E00-\u0E7F]/);
      expect((await exchangeLogRows(t.db, xroadId!)).length).toBe(isLogged ? 1 : 0);
    },
  );

  it("refuses a malformed X-Road-Id and answers under a generated one", async () => {
    const response = await xroadGet(t, path, {
      key: f.consumerKey,
      client: CLIENT,
      headers: { "x-road-id": "has spaces in it" },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-road-error")).toBe("Client.BadRequest");
    expect(response.headers.get("x-road-id")).toMatch(UUID);
  });

  it("keeps the subject out of the request log", async () => {
    t.logLines.length = 0;
    await xroadGet(t, path, { key: f.consumerKey, client: CLIENT });
    const lines = JSON.stringify(t.logLines);
    expect(lines).toContain(
      "/r1/:instance/:memberClass/:memberCode/:subsystem/:serviceCode/:subjectId",
    );
    expect(lines).not.toContain(person.citizenId);
  });

  it("answers 500 Server.ServerProxy.InternalError, serving nothing, when the call cannot be logged", async () => {
    await t.db.query("alter table exchange_log rename to exchange_log_away");
    try {
      const response = await xroadGet(t, path, { key: f.consumerKey, client: CLIENT });
      expect(response.status).toBe(500);
      expect(response.headers.get("x-road-error")).toBe("Server.ServerProxy.InternalError");
      expect(response.headers.get("x-road-id")).toMatch(UUID);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body.type).toBe("Server.ServerProxy.InternalError");
      expect(body).not.toHaveProperty("data");
      expect(JSON.stringify(body)).not.toContain(person.data.address.line);
    } finally {
      await t.db.query("alter table exchange_log_away rename to exchange_log");
    }
  });
});
