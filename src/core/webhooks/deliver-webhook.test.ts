import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

import { createTestDatabase, testDatabaseKind } from "@test/support/database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { loadConfig } from "@/config/load";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { startWorker } from "@/core/jobs";
import { createLogger } from "@/core/log/logger";

import { deliverWebhookHandler } from "./deliver-webhook";
import { emitWebhookEvent } from "./emit-webhook-event";
import type { WebhookEventType } from "./event-types";
import {
  createWebhookSubscription,
  disableWebhookSubscription,
  listWebhookDeliveries,
  sendTestWebhookEvent,
} from "./manage-subscriptions";
import { verifyWebhookSignature } from "./signature";

const logger = createLogger("silent");
const secrets = new SecretBox("webhook-test-secret-key-that-is-long-enough");
const operator = { type: "system", id: "test:operator" } as const;

interface Received {
  path: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An agency's system on a loopback port: answers each delivery with the next scripted status. */
async function startReceiver() {
  const received: Received[] = [];
  const statuses: number[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        path: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      // A receiver that never answers.
      if (request.url?.startsWith("/silent")) return;
      response.writeHead(statuses.shift() ?? 204);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    statuses,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe("signed webhooks", () => {
  let db: Database;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const agencyA = newId();
  const agencyB = newId();
  let secretA = "";
  let subscriptionA = "";

  const config = (allowPrivateTargets = true) =>
    loadConfig({
      env: {},
      overrides: { jobs: { maxAttempts: 3 }, webhooks: { allowPrivateTargets, timeoutSeconds: 1 } },
    });

  const runJobs = async ({
    rounds = 1,
    allowPrivateTargets = true,
  }: { rounds?: number; allowPrivateTargets?: boolean } = {}) => {
    const worker = startWorker({
      db,
      logger,
      config: config(allowPrivateTargets),
      secrets,
      handlers: [deliverWebhookHandler],
      workerId: "webhooks",
      poll: false,
    });
    for (let round = 0; round < rounds; round++) {
      await worker.runOnce();
      await db.query("update jobs set run_at = now() where status = 'queued'");
    }
    await worker.stop();
  };

  const subscribe = (agencyId: string, path: string, eventTypes: WebhookEventType[]) =>
    createWebhookSubscription({
      db,
      secrets,
      allowPrivateTargets: true,
      actor: operator,
      agencyId,
      url: receiver.url(path),
      description: "Records system",
      eventTypes,
    });

  const emit = (agencyId: string, type: WebhookEventType, data: Record<string, unknown>) =>
    db.transaction((tx) => emitWebhookEvent(tx, { agencyId, type, data }));

  const delivery = async (id: string) => {
    const { rows } = await db.query<{
      status: string;
      attempts: number;
      response_status: number | null;
      last_error: string | null;
      delivered_at: Date | null;
    }>(
      "select status, attempts, response_status, last_error, delivered_at from webhook_deliveries where id = $1",
      [id],
    );
    return rows[0]!;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    receiver = await startReceiver();
    await db.query(
      `insert into agencies (id, code, kind, name_th, name_en) values
         ($1, 'WHA', 'department', 'กรมทดสอบเอ', 'Test Department A'),
         ($2, 'WHB', 'department', 'กรมทดสอบบี', 'Test Department B')`,
      [agencyA, agencyB],
    );
    const created = await subscribe(agencyA, "/a/events", [
      "application.submitted",
      "application.decided",
    ]);
    secretA = created.secret;
    subscriptionA = created.subscription.id;
  });
  afterAll(async () => {
    await receiver.close();
    await db.close();
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.statuses.length = 0;
  });

  it("keeps the secret sealed and shows it once, in the creation answer", async () => {
    expect(secretA).toMatch(/^whsec_[\w-]{43}$/);
    const { rows } = await db.query<{ secret_sealed: string }>(
      "select secret_sealed from webhook_subscriptions where id = $1",
      [subscriptionA],
    );
    expect(rows[0]!.secret_sealed).not.toContain(secretA);
    expect(secrets.open(rows[0]!.secret_sealed)).toBe(secretA);
  });

  it("POSTs the event signed so the receiver can verify it, and refuses a tampered body", async () => {
    const { eventId, deliveryIds } = await emit(agencyA, "application.submitted", {
      applicationId: "app-1",
      reference: "WHA-2569-000001",
    });
    expect(deliveryIds).toHaveLength(1);
    await runJobs();

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.path).toBe("/a/events");
    expect(request!.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(request!.headers["pratu-event-id"]).toBe(eventId);
    expect(request!.headers["pratu-event-type"]).toBe("application.submitted");
    expect(request!.headers["pratu-delivery-id"]).toBe(deliveryIds[0]);
    const header = request!.headers["pratu-signature"] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);

    expect(verifyWebhookSignature({ secret: secretA, header, body: request!.body })).toEqual({
      isValid: true,
      timestamp: Number(/t=(\d+)/.exec(header)![1]),
    });
    const envelope = JSON.parse(request!.body) as Record<string, unknown>;
    expect(Object.keys(envelope)).toEqual(["id", "type", "createdAt", "agencyCode", "data"]);
    expect(envelope).toMatchObject({
      id: eventId,
      type: "application.submitted",
      agencyCode: "WHA",
      data: { applicationId: "app-1", reference: "WHA-2569-000001" },
    });

    const tampered = request!.body.replace("WHA-2569-000001", "WHA-2569-000002");
    expect(verifyWebhookSignature({ secret: secretA, header, body: tampered })).toEqual({
      isValid: false,
      reason: "mismatch",
    });
    expect(
      verifyWebhookSignature({ secret: "whsec_someone-else", header, body: request!.body }),
    ).toMatchObject({ isValid: false, reason: "mismatch" });
    const anHourLater = new Date(Date.now() + 3600_000);
    expect(
      verifyWebhookSignature({ secret: secretA, header, body: request!.body, now: anHourLater }),
    ).toEqual({ isValid: false, reason: "outside_tolerance" });
    expect(verifyWebhookSignature({ secret: secretA, header: "v1=abc", body: "" })).toEqual({
      isValid: false,
      reason: "malformed",
    });

    expect(await delivery(deliveryIds[0]!)).toMatchObject({
      status: "delivered",
      attempts: 1,
      response_status: 204,
      last_error: null,
    });
  });

  it("retries after a 500 with the same event id, then records the delivery", async () => {
    receiver.statuses.push(500);
    const { eventId, deliveryIds } = await emit(agencyA, "application.decided", {
      outcome: "approved",
    });
    await runJobs();
    expect(await delivery(deliveryIds[0]!)).toMatchObject({
      status: "pending",
      attempts: 1,
      response_status: 500,
      last_error: "the receiver answered 500",
    });
    await runJobs();
    expect(receiver.received.map((request) => request.headers["pratu-event-id"])).toEqual([
      eventId,
      eventId,
    ]);
    for (const request of receiver.received) {
      const header = request.headers["pratu-signature"] as string;
      expect(verifyWebhookSignature({ secret: secretA, header, body: request.body }).isValid).toBe(
        true,
      );
    }
    const row = await delivery(deliveryIds[0]!);
    expect(row).toMatchObject({
      status: "delivered",
      attempts: 2,
      response_status: 204,
    });
    expect(row.delivered_at).toBeInstanceOf(Date);
  });

  it("gives up at once on a 410 and marks the delivery failed", async () => {
    receiver.statuses.push(410);
    const { deliveryIds } = await emit(agencyA, "application.submitted", { applicationId: "gone" });
    await runJobs({ rounds: 3 });
    expect(receiver.received).toHaveLength(1);
    expect(await delivery(deliveryIds[0]!)).toMatchObject({
      status: "failed",
      attempts: 1,
      response_status: 410,
      last_error: "the receiver answered 410",
    });
    const { rows } = await db.query<{ status: string }>(
      "select status from jobs where dedupe_key = $1",
      [`webhooks.deliver:${deliveryIds[0]}`],
    );
    expect(rows[0]!.status).toBe("dead");
  });

  it("retries while the receiver keeps failing, then marks the delivery failed", async () => {
    receiver.statuses.push(503, 502, 500);
    const { deliveryIds } = await emit(agencyA, "application.submitted", { applicationId: "busy" });
    await runJobs({ rounds: 3 });
    expect(receiver.received).toHaveLength(3);
    expect(await delivery(deliveryIds[0]!)).toMatchObject({
      status: "failed",
      attempts: 3,
      response_status: 500,
    });
  });

  it("gives up on an attempt the receiver does not answer in time, and tries again later", async () => {
    const agencyD = newId();
    await db.query(
      `insert into agencies (id, code, kind, name_th, name_en)
       values ($1, 'WHD', 'department', 'กรมทดสอบดี', 'Test Department D')`,
      [agencyD],
    );
    const silent = await subscribe(agencyD, "/silent/events", ["application.submitted"]);
    const { deliveryIds } = await emit(agencyD, "application.submitted", {});
    await runJobs();
    expect(receiver.received.map((request) => request.path)).toEqual(["/silent/events"]);
    expect(await delivery(deliveryIds[0]!)).toMatchObject({
      status: "pending",
      attempts: 1,
      response_status: null,
      last_error: "no answer within 1 s",
    });
    // The retry would go to the silent receiver again: stop it, so later tests see only their own.
    await disableWebhookSubscription({
      db,
      actor: operator,
      agencyId: agencyD,
      subscriptionId: silent.subscription.id,
    });
  });

  it("sends an agency's events only to its own subscriptions, and only the types they chose", async () => {
    const created = await subscribe(agencyB, "/b/events", ["application.submitted"]);
    const fromB = await emit(agencyB, "application.submitted", { applicationId: "b-1" });
    const notWanted = await emit(agencyB, "application.claimed", { applicationId: "b-1" });
    expect(fromB.deliveryIds).toHaveLength(1);
    expect(notWanted.deliveryIds).toEqual([]);
    await runJobs();
    expect(receiver.received.map((request) => request.path)).toEqual(["/b/events"]);
    const body = receiver.received[0]!.body;
    const header = receiver.received[0]!.headers["pratu-signature"] as string;
    expect(verifyWebhookSignature({ secret: created.secret, header, body }).isValid).toBe(true);
    expect(verifyWebhookSignature({ secret: secretA, header, body }).isValid).toBe(false);
    expect(JSON.parse(body)).toMatchObject({ agencyCode: "WHB" });

    const deliveriesOfA = await listWebhookDeliveries({
      db,
      agencyId: agencyA,
      subscriptionId: subscriptionA,
    });
    expect(deliveriesOfA.map((item) => item.eventId)).not.toContain(fromB.eventId);
    // Asked through agency A, B's subscription does not exist.
    expect(
      await listWebhookDeliveries({
        db,
        agencyId: agencyA,
        subscriptionId: created.subscription.id,
      }),
    ).toEqual([]);
    await expect(
      sendTestWebhookEvent({
        db,
        actor: operator,
        agencyId: agencyA,
        subscriptionId: created.subscription.id,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("sends a test event to one subscription on request, and nothing after it is disabled", async () => {
    const test = await sendTestWebhookEvent({
      db,
      actor: operator,
      agencyId: agencyA,
      subscriptionId: subscriptionA,
    });
    const waiting = await emit(agencyA, "application.submitted", { applicationId: "late" });
    const disabled = await disableWebhookSubscription({
      db,
      actor: operator,
      agencyId: agencyA,
      subscriptionId: subscriptionA,
    });
    expect(disabled).toMatchObject({ isActive: false });
    expect((await emit(agencyA, "application.submitted", {})).deliveryIds).toEqual([]);
    await runJobs();
    // Both were queued while the subscription was active; neither goes once it is disabled.
    expect(receiver.received).toHaveLength(0);
    for (const id of [test.deliveryId, waiting.deliveryIds[0]!]) {
      expect(await delivery(id)).toMatchObject({
        status: "failed",
        attempts: 0,
        last_error: "the subscription was disabled before the event could be delivered",
      });
    }
    const { rows } = await db.query<{ action: string }>(
      "select action from audit_log where target_id = $1 order by seq",
      [subscriptionA],
    );
    expect(rows.map((row) => row.action)).toEqual([
      "webhook.created",
      "webhook.test_sent",
      "webhook.disabled",
    ]);
    await expect(
      sendTestWebhookEvent({
        db,
        actor: operator,
        agencyId: agencyA,
        subscriptionId: subscriptionA,
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses to subscribe a loopback target unless the setting allows it", async () => {
    await expect(
      createWebhookSubscription({
        db,
        secrets,
        allowPrivateTargets: false,
        actor: operator,
        agencyId: agencyB,
        url: "http://127.0.0.1:8080/events",
        description: "",
        eventTypes: ["application.submitted"],
      }),
    ).rejects.toMatchObject({ code: "validation_failed", fields: [{ field: "url" }] });
  });

  it("marks a delivery to a private address failed at once when the setting forbids it", async () => {
    // Subscribed while allowed (a local demo), delivered after the setting was turned off.
    await subscribe(agencyB, "/b/amendments", ["application.amended"]);
    const { deliveryIds } = await emit(agencyB, "application.amended", { applicationId: "b-2" });
    await runJobs({ allowPrivateTargets: false });
    expect(receiver.received).toHaveLength(0);
    expect(await delivery(deliveryIds[0]!)).toMatchObject({
      status: "failed",
      attempts: 1,
      response_status: null,
      last_error: "127.0.0.1 is a loopback or private address, which webhooks may not reach",
    });
  });

  it.runIf(testDatabaseKind === "postgres")(
    "hides another agency's subscriptions and deliveries from a scoped query",
    async () => {
      const seen = await withinAgency(db, agencyB, async (scope) => {
        const subscriptions = await scope.tx.query<{ agency_id: string }>(
          "select agency_id from webhook_subscriptions",
        );
        const deliveries = await scope.tx.query<{ agency_id: string }>(
          "select agency_id from webhook_deliveries",
        );
        return [...subscriptions.rows, ...deliveries.rows];
      });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((row) => row.agency_id === agencyB)).toBe(true);
    },
  );
});
