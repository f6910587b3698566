import { type ChannelTestWorld, startChannelTestWorld } from "@test/support/channel-lifecycle";
import { agencyIdOf, createTestOfficer, officerBearerToken } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApiKey } from "@/core/auth/credentials";
import { withinAgency } from "@/core/db/tenant";

import type { ManagedChannel } from "./present-channel";

describe("the channel API for an agency's systems", () => {
  let world: ChannelTestWorld;
  let adminToken: string;
  let outsiderToken: string;
  let readKey: string;

  beforeAll(async () => {
    world = await startChannelTestWorld();
    const { t } = world;
    const admin = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DBD", role: "admin" }],
    });
    const outsider = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "RD", role: "admin" }],
    });
    adminToken = await officerBearerToken(t.db, admin.officer.id);
    outsiderToken = await officerBearerToken(t.db, outsider.officer.id);
    readKey = (
      await withinAgency(t.db, await agencyIdOf(t.db, "DBD"), (scope) =>
        createApiKey(scope, { name: "DBD portal", scopes: ["agency:read"], createdBy: null }),
      )
    ).key;
  });
  afterAll(() => world?.close());

  const call = (token: string, method: string, path: string, body?: unknown) =>
    world.t.app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it("registers a domain, hands out its TXT record, and verifies it when published", async () => {
    const created = await call(adminToken, "POST", "/api/v1/agencies/DBD/channels", {
      kind: "website",
      value: "https://Open.DBD.go.th/",
      owner: "ศูนย์เทคโนโลยีสารสนเทศ",
    });
    expect(created.status).toBe(201);
    const channel = (await created.json()) as ManagedChannel;
    expect(channel).toMatchObject({ value: "open.dbd.go.th", status: "pending" });

    const started = await call(
      adminToken,
      "POST",
      `/api/v1/agencies/DBD/channels/${channel.id}/verification`,
    );
    expect(started.status).toBe(201);
    const { verification } = (await started.json()) as ManagedChannel;
    expect(verification?.instructions).toMatchObject({
      method: "domain",
      txtRecordNames: ["open.dbd.go.th", "_pratu.open.dbd.go.th"],
      wellKnownUrl: "https://open.dbd.go.th/.well-known/pratu-verification.txt",
    });
    const instructions = verification!.instructions as { txtRecordValue: string };
    world.dns.records.txt.set("open.dbd.go.th", [[instructions.txtRecordValue]]);

    const checked = await call(
      adminToken,
      "POST",
      `/api/v1/agencies/DBD/channels/${channel.id}/check`,
    );
    expect(await checked.json()).toEqual({ outcome: "verified" });

    // A program of the agency reads the channel and its history, but never its token.
    const read = await call(readKey, "GET", `/api/v1/agencies/DBD/channels/${channel.id}`);
    expect(read.status).toBe(200);
    const seen = (await read.json()) as ManagedChannel;
    expect(seen).toMatchObject({ status: "verified", proofMethod: "dns_txt" });
    expect(seen.history.map((entry) => entry.event)).toEqual([
      "registered",
      "verification_requested",
      "verified",
    ]);
    expect(JSON.stringify(seen)).not.toContain(instructions.txtRecordValue.split("=")[1]);
  });

  it("refuses changes from an API key, and answers another agency's officer 404", async () => {
    const byKey = await call(readKey, "POST", "/api/v1/agencies/DBD/channels", {
      kind: "website",
      value: "key.dbd.go.th",
    });
    expect(byKey.status).toBe(403);
    const invalid = await call(adminToken, "POST", "/api/v1/agencies/DBD/channels", {
      kind: "phone",
      value: "call us",
    });
    expect(invalid.status).toBe(400);
    const { rows } = await world.t.db.query<{ id: string }>(
      `select c.id from agency_channels c join agencies a on a.id = c.agency_id
        where a.code = 'DBD' and c.value = 'open.dbd.go.th'`,
    );
    const id = rows[0]!.id;
    for (const [method, path] of [
      ["GET", `/api/v1/agencies/DBD/channels/${id}`],
      ["POST", `/api/v1/agencies/DBD/channels/${id}/verification`],
      ["POST", `/api/v1/agencies/DBD/channels/${id}/check`],
      ["POST", "/api/v1/agencies/DBD/channels"],
    ] as const) {
      const response = await call(outsiderToken, method, path, method === "POST" ? {} : undefined);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
  });
});
