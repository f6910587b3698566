import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession } from "@test/support/browser-session";
import {
  agencyIdOf,
  createTestOfficer,
  officerBearerToken,
  signInOfficer,
} from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApiKey } from "@/core/auth/credentials";
import { withinAgency } from "@/core/db/tenant";
import { startWorker } from "@/core/jobs";
import { deliverWebhookHandler, verifyWebhookSignature } from "@/core/webhooks";
import { seedDemo } from "@/demo/seed";

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

async function startReceiver() {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/pratu/events`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const json = (token: string, method = "GET", body?: unknown) => ({
  method,
  headers: {
    authorization: `Bearer ${token}`,
    ...(body === undefined ? {} : { "content-type": "application/json" }),
  },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

describe("webhooks in the officer console and the API", () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let dopaId: string;

  beforeAll(async () => {
    t = await createTestApp({
      config: {
        security: { signInRateLimitPerMinute: 1000 },
        webhooks: { allowPrivateTargets: true },
      },
    });
    await seedDemo({ db: t.db });
    dopaId = await agencyIdOf(t.db, "DOPA");
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  const runJobs = async () => {
    const worker = startWorker({
      db: t.db,
      logger: t.logger,
      config: t.config,
      secrets: t.secrets,
      handlers: [deliverWebhookHandler],
      poll: false,
    });
    await worker.runOnce();
    await worker.stop();
  };

  it("lets an administrator add a webhook, shows its secret once, test it and disable it", async () => {
    const admin = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "admin" }],
    });
    const browser = new BrowserSession(t.app);
    const page = await signInOfficer(browser, admin, { next: "/console/webhooks" });
    expect(page.status).toBe(200);
    expect(page.html).toContain("หน่วยงานยังไม่มี webhook");
    expect(page.html).toContain('href="/console/webhooks" aria-current="page"');

    const invalid = await browser.submit(page, "/console/webhooks", { url: "ftp://x" });
    expect(invalid.status).toBe(400);
    expect(invalid.html).toContain("URL ต้องขึ้นต้นด้วย https:// หรือ http://");
    expect(invalid.html).toContain("โปรดเลือกเหตุการณ์อย่างน้อยหนึ่งรายการ");
    expect(invalid.html).toContain('value="ftp://x"');

    const created = await browser.submit(page, "/console/webhooks", {
      url: receiver.url,
      description: "ระบบสารบรรณกองทะเบียน",
      eventTypes: ["application.submitted", "application.decided"],
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
    const secret = /<code id="created-webhook-secret">([^<]+)<\/code>/.exec(created.html)?.[1];
    expect(secret).toMatch(/^whsec_/);

    const list = await browser.get("/console/webhooks");
    expect(list.html).toContain(receiver.url);
    expect(list.html).toContain("ระบบสารบรรณกองทะเบียน");
    expect(list.html).not.toContain(secret!);
    const id = /href="\/console\/webhooks\/([0-9a-f-]{36})"/.exec(list.html)?.[1];
    expect(id).toBeDefined();

    const detail = await browser.get(`/console/webhooks/${id}`);
    expect(detail.html).toContain("ยังไม่มีการส่ง");
    const tested = await browser.submit(detail, `/console/webhooks/${id}/test`);
    expect(tested.status).toBe(303);
    expect((await browser.follow(tested)).html).toContain("ส่งเหตุการณ์ทดสอบเข้าคิวแล้ว");

    await runJobs();
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.headers["pratu-event-type"]).toBe("webhook.test");
    expect(
      verifyWebhookSignature({
        secret: secret!,
        header: request!.headers["pratu-signature"] as string,
        body: request!.body,
      }).isValid,
    ).toBe(true);
    const afterTest = await browser.get(`/console/webhooks/${id}`);
    expect(afterTest.html).toContain("ส่งถึงแล้ว");
    expect(afterTest.html).toContain("webhook.test");

    const disabled = await browser.submit(afterTest, `/console/webhooks/${id}/disable`);
    expect(disabled.status).toBe(303);
    const after = await browser.follow(disabled);
    expect(after.html).toContain("ปิด webhook แล้ว");
    expect(after.html).toContain("ปิดแล้ว");

    const { rows } = await t.db.query<{ action: string; agency_id: string }>(
      "select action, agency_id from audit_log where target_id = $1 order by seq",
      [id],
    );
    expect(rows).toEqual([
      { action: "webhook.created", agency_id: dopaId },
      { action: "webhook.test_sent", agency_id: dopaId },
      { action: "webhook.disabled", agency_id: dopaId },
    ]);
  });

  it("keeps webhooks and their menu link from officers who are not administrators", async () => {
    const officer = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "officer" }],
    });
    const browser = new BrowserSession(t.app);
    const home = await signInOfficer(browser, officer);
    expect(home.html).not.toContain('href="/console/webhooks"');
    expect((await browser.get("/console/webhooks")).status).toBe(403);
    const post = await browser.post("/console/webhooks", {
      url: receiver.url,
      eventTypes: "application.submitted",
    });
    expect(post.status).toBe(403);
  });

  it("answers an administrator of another agency 404 for this agency's webhook", async () => {
    const created = await t.app.request(
      "/api/v1/agencies/DOPA/webhooks",
      json(
        await officerBearerToken(
          t.db,
          (
            await createTestOfficer({
              db: t.db,
              secrets: t.secrets,
              memberships: [{ agencyCode: "DOPA", role: "admin" }],
            })
          ).officer.id,
        ),
        "POST",
        { url: receiver.url, eventTypes: ["application.submitted"] },
      ),
    );
    const { subscription } = (await created.json()) as { subscription: { id: string } };
    const outsider = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DBD", role: "admin" }],
    });
    const browser = new BrowserSession(t.app);
    await signInOfficer(browser, outsider);
    expect((await browser.get(`/console/webhooks/${subscription.id}`)).status).toBe(404);
    expect((await browser.post(`/console/webhooks/${subscription.id}/disable`, {})).status).toBe(
      404,
    );
    expect((await browser.post(`/console/webhooks/${subscription.id}/test`, {})).status).toBe(404);
    const token = await officerBearerToken(t.db, outsider.officer.id);
    for (const path of [
      `/api/v1/agencies/DOPA/webhooks/${subscription.id}`,
      `/api/v1/agencies/DBD/webhooks/${subscription.id}`,
    ]) {
      expect((await t.app.request(path, json(token))).status).toBe(404);
    }
    const { rows } = await t.db.query<{ disabled_at: Date | null }>(
      "select disabled_at from webhook_subscriptions where id = $1",
      [subscription.id],
    );
    expect(rows[0]!.disabled_at).toBeNull();
  });

  it("serves an agency system whose key has webhooks:manage, and refuses one without it", async () => {
    const { key } = await withinAgency(t.db, dopaId, (scope) =>
      createApiKey(scope, { name: "Records", scopes: ["webhooks:manage"], createdBy: null }),
    );
    const { key: readOnly } = await withinAgency(t.db, dopaId, (scope) =>
      createApiKey(scope, { name: "Reader", scopes: ["applications:read"], createdBy: null }),
    );
    expect((await t.app.request("/api/v1/agencies/DOPA/webhooks", json(readOnly))).status).toBe(
      403,
    );

    const invalid = await t.app.request(
      "/api/v1/agencies/DOPA/webhooks",
      json(key, "POST", { url: "", eventTypes: ["application.nothing"] }),
    );
    expect(invalid.status).toBe(400);
    const problem = (await invalid.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field).sort()).toEqual(["eventTypes.0", "url"]);

    const createdResponse = await t.app.request(
      "/api/v1/agencies/DOPA/webhooks",
      json(key, "POST", {
        url: receiver.url,
        description: "Records system",
        eventTypes: ["application.decided", "application.decided"],
      }),
    );
    expect(createdResponse.status).toBe(201);
    expect(createdResponse.headers.get("cache-control")).toBe("no-store");
    const created = (await createdResponse.json()) as {
      subscription: { id: string; eventTypes: string[]; isActive: boolean };
      secret: string;
    };
    expect(created.subscription).toMatchObject({
      eventTypes: ["application.decided"],
      isActive: true,
    });
    expect(created.secret).toMatch(/^whsec_/);

    const list = await t.app.request("/api/v1/agencies/DOPA/webhooks", json(key));
    expect(list.status).toBe(200);
    const listed = await list.text();
    expect(listed).toContain(created.subscription.id);
    expect(listed).not.toContain(created.secret);

    const test = await t.app.request(
      `/api/v1/agencies/DOPA/webhooks/${created.subscription.id}/test`,
      json(key, "POST"),
    );
    expect(test.status).toBe(202);
    const one = await t.app.request(
      `/api/v1/agencies/DOPA/webhooks/${created.subscription.id}`,
      json(key),
    );
    expect(await one.json()).toMatchObject({
      subscription: { id: created.subscription.id },
      deliveries: [{ eventType: "webhook.test", status: "pending", attempts: 0 }],
    });

    const disable = await t.app.request(
      `/api/v1/agencies/DOPA/webhooks/${created.subscription.id}/disable`,
      json(key, "POST"),
    );
    expect(disable.status).toBe(200);
    expect(await disable.json()).toMatchObject({ isActive: false });
    const again = await t.app.request(
      `/api/v1/agencies/DOPA/webhooks/${created.subscription.id}/test`,
      json(key, "POST"),
    );
    expect(again.status).toBe(409);
  });

  it("describes the webhook routes in the OpenAPI document", async () => {
    const document = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(document.paths["/api/v1/agencies/{code}/webhooks"] ?? {}).sort()).toEqual([
      "get",
      "post",
    ]);
    expect(document.paths["/api/v1/agencies/{code}/webhooks/{id}"]?.get).toBeDefined();
    expect(document.paths["/api/v1/agencies/{code}/webhooks/{id}/disable"]?.post).toBeDefined();
    expect(document.paths["/api/v1/agencies/{code}/webhooks/{id}/test"]?.post).toBeDefined();
  });
});

describe("webhook targets when private addresses are not allowed", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
    await seedDemo({ db: t.db });
  });
  afterAll(() => t.close());

  it("refuses a loopback URL in the console, in the officer's language", async () => {
    const admin = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode: "DOPA", role: "admin" }],
    });
    const browser = new BrowserSession(t.app);
    const page = await signInOfficer(browser, admin, { next: "/console/webhooks" });
    const refused = await browser.submit(page, "/console/webhooks", {
      url: "http://127.0.0.1:9000/hook",
      eventTypes: ["application.submitted"],
    });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain("URL ชี้ไปยังเครื่องนี้หรือเครือข่ายภายใน");
    const { rows } = await t.db.query("select 1 from webhook_subscriptions");
    expect(rows).toHaveLength(0);
  });
});
