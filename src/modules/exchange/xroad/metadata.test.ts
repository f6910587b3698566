import { createTestApp, type TestApp } from "@test/support/app";
import {
  createExchangeFixture,
  type ExchangeFixture,
  insertDataService,
  insertGrant,
  setGrantStatus,
  TEST_PURPOSE,
  TEST_SUBSYSTEM,
} from "@test/support/exchange";
import { xroadGet } from "@test/support/xroad-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLIENT = `TH/GOV/CHIANGMAI-CITY/${TEST_SUBSYSTEM}`;
const PROVIDER = "/r1/TH/GOV/DOPA/population";

const service = (code: string) => ({
  object_type: "SERVICE",
  xroad_instance: "TH",
  member_class: "GOV",
  member_code: "DOPA",
  subsystem_code: "population",
  service_code: code,
  service_type: "REST",
  endpoint_list: [{ method: "GET", path: "/{subjectId}" }],
});

describe("X-Road metadata services of the exchange", () => {
  let t: TestApp;
  let f: ExchangeFixture;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createExchangeFixture(t.db, t.secrets);
    const retired = await insertDataService(t.db, {
      registry: f.population,
      code: "person.retired",
      fields: ["address"],
    });
    await t.db.query("update data_services set retired_at = now() where id = $1", [retired.id]);
    await insertGrant(t.db, {
      dataService: f.address,
      consumer: f.consumer,
      purpose: TEST_PURPOSE,
      subsystem: TEST_SUBSYSTEM,
    });
    // Rights that allow nothing: for another subsystem, expired, revoked.
    await insertGrant(t.db, {
      dataService: f.basic,
      consumer: f.consumer,
      purpose: TEST_PURPOSE,
      subsystem: "building-permit",
    });
    await insertGrant(t.db, {
      dataService: f.basic,
      consumer: f.consumer,
      purpose: "other-purpose",
      expiresAt: new Date(Date.now() - 1000),
    });
    await insertGrant(t.db, {
      dataService: f.basic,
      consumer: f.consumer,
      purpose: TEST_PURPOSE,
      subsystem: "housing-aid",
      status: "requested",
    });
    await setGrantStatus(
      t.db,
      await insertGrant(t.db, { dataService: f.basic, consumer: f.consumer, purpose: "revoked" }),
      "revoked",
    );
  });
  afterAll(() => t.close());

  const metadata = (path: string, client = CLIENT, key = f.consumerKey) =>
    xroadGet(t, path, { key, client, purpose: null });

  it("lists the members and subsystems of the instance as X-Road's listClients does", async () => {
    const response = await t.app.request("/listClients", {
      headers: { accept: "application/json" },
    });
    expect(response.status).toBe(200);
    const { member } = (await response.json()) as { member: Record<string, unknown>[] };
    expect(member).toEqual(
      expect.arrayContaining([
        {
          id: {
            object_type: "MEMBER",
            xroad_instance: "TH",
            member_class: "GOV",
            member_code: "DOPA",
          },
          name: "กรมการปกครอง",
          name_en: "Department of Provincial Administration",
        },
        {
          id: {
            object_type: "SUBSYSTEM",
            xroad_instance: "TH",
            member_class: "GOV",
            member_code: "DOPA",
            subsystem_code: "population",
          },
          name: "กรมการปกครอง",
          name_en: "Department of Provincial Administration",
          subsystem_name: "ทะเบียนราษฎร",
          subsystem_name_en: "Population register",
        },
        expect.objectContaining({
          id: expect.objectContaining({
            object_type: "SUBSYSTEM",
            member_code: "CHIANGMAI-CITY",
            subsystem_code: TEST_SUBSYSTEM,
          }) as unknown,
        }),
      ]),
    );
    expect(JSON.stringify(member)).toContain('"subsystem_code":"building-permit"');
    // A subsystem named only by a right not (yet) approved is not a client.
    expect(JSON.stringify(member)).not.toContain("housing-aid");
    const populations = member.filter(
      (entry) => (entry.id as { subsystem_code?: string }).subsystem_code === "population",
    );
    expect(populations).toHaveLength(1);

    const underR1 = await t.app.request("/r1/TH/listClients");
    expect(await underR1.json()).toEqual({ member });
    const elsewhere = await t.app.request("/listClients?xRoadInstance=EE");
    expect(await elsewhere.json()).toEqual({ member: [] });
  });

  it("lists every current REST service of a provider subsystem (listMethods)", async () => {
    const response = await metadata(`${PROVIDER}/listMethods`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-road-service")).toBe("TH/GOV/DOPA/population/listMethods");
    expect(response.headers.get("x-road-client")).toBe(CLIENT);
    expect(response.headers.get("x-road-id")).toBeTruthy();
    expect(response.headers.get("x-road-request-hash")).toBeTruthy();
    expect(await response.json()).toEqual({
      service: [service("person.address"), service("person.basic")],
    });
  });

  it("lists only the services the calling client holds a live right for (allowedMethods)", async () => {
    const allowed = await metadata(`${PROVIDER}/allowedMethods`);
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ service: [service("person.address")] });

    const permits = await metadata(
      `${PROVIDER}/allowedMethods`,
      "TH/GOV/CHIANGMAI-CITY/building-permit",
    );
    expect(await permits.json()).toEqual({ service: [service("person.basic")] });

    const otherAgency = await metadata(
      `${PROVIDER}/allowedMethods`,
      "TH/GOV/DBD",
      f.otherConsumerKey,
    );
    expect(await otherAgency.json()).toEqual({ service: [] });
  });

  it("serves a data service's OpenAPI description (getOpenAPI)", async () => {
    const response = await metadata(`${PROVIDER}/getOpenAPI?serviceCode=person.address`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual([
      "/r1/TH/GOV/DOPA/population/person.address/{subjectId}",
    ]);
  });

  it.each([
    [`${PROVIDER}/getOpenAPI`, 400, "Client.BadRequest"],
    [`${PROVIDER}/getOpenAPI?serviceCode=person.unknown`, 404, "Server.ServerProxy.UnknownService"],
    [`${PROVIDER}/getOpenAPI?serviceCode=person.retired`, 404, "Server.ServerProxy.UnknownService"],
    ["/r1/TH/GOV/DOPA/no-such-registry/listMethods", 404, "Server.ClientProxy.UnknownMember"],
    ["/r1/TH/GOV/NOBODY/population/allowedMethods", 404, "Server.ClientProxy.UnknownMember"],
    ["/r1/TH/GOV/dopa/population/listMethods", 400, "Client.BadRequest"],
  ])("answers %s with %i and %s", async (path, status, code) => {
    const response = await metadata(path);
    expect(response.status).toBe(status);
    expect(response.headers.get("x-road-error")).toBe(code);
  });

  it("asks metadata callers for an authenticated client", async () => {
    const anonymous = await xroadGet(t, `${PROVIDER}/listMethods`, {
      client: CLIENT,
      purpose: null,
    });
    expect(anonymous.status).toBe(401);
    const notTheirs = await metadata(`${PROVIDER}/listMethods`, CLIENT, f.otherConsumerKey);
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.headers.get("x-road-error")).toBe(
      "Server.ClientProxy.SslAuthenticationFailed",
    );
  });

  it("describes the edge in the OpenAPI document, request hash included", async () => {
    const document = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<
        string,
        {
          get?: {
            responses: Record<string, { headers?: Record<string, { description?: string }> }>;
          };
        }
      >;
    };
    const dataCall =
      document.paths[
        "/r1/{instance}/{memberClass}/{memberCode}/{subsystem}/{serviceCode}/{subjectId}"
      ];
    expect(
      dataCall?.get?.responses["200"]?.headers?.["X-Road-Request-Hash"]?.description,
    ).toContain("SHA-512");
    for (const path of [
      "/listClients",
      "/r1/{instance}/listClients",
      "/r1/{instance}/{memberClass}/{memberCode}/{subsystem}/listMethods",
      "/r1/{instance}/{memberClass}/{memberCode}/{subsystem}/allowedMethods",
      "/r1/{instance}/{memberClass}/{memberCode}/{subsystem}/getOpenAPI",
    ]) {
      expect(document.paths[path]?.get).toBeDefined();
    }
  });
});
