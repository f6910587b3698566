import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

import { createTestDatabase } from "@test/support/database";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { loadConfig } from "@/config/load";
import type { SettingsInput } from "@/config/schema";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { startWorker } from "@/core/jobs";
import { createLogger } from "@/core/log/logger";

import type { NotificationChannelKind } from "./channel";
import { deliverNotificationHandler } from "./deliver-notification";
import { enqueueNotification } from "./enqueue-notification";

const logger = createLogger("silent");
const LINE_USER = `U${"4af4980629".padEnd(32, "0")}`;
const LINE_TOKEN = "line-channel-access-token";
const SMS_TOKEN = "sms-gateway-token";

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface SeenRequest {
  method: string | undefined;
  path: string | undefined;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** A provider on a loopback port that answers each request with the next scripted answer. */
async function startProvider() {
  const seen: SeenRequest[] = [];
  const answers: Answer[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      seen.push({
        method: request.method,
        path: request.url,
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown,
      });
      const answer = answers.shift() ?? { status: 200, body: {} };
      response.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      response.end(JSON.stringify(answer.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("LINE and SMS notices over HTTP", () => {
  let db: Database;
  let provider: Awaited<ReturnType<typeof startProvider>>;
  const agencyId = newId();

  beforeAll(async () => {
    db = await createTestDatabase();
    provider = await startProvider();
    await db.query(
      `insert into agencies (id, code, kind, name_th, name_en)
       values ($1, 'IMM', 'department', 'สำนักงานตรวจคนเข้าเมือง', 'Immigration Bureau')`,
      [agencyId],
    );
  });
  afterAll(async () => {
    await provider.close();
    await db.close();
  });
  beforeEach(() => {
    provider.seen.length = 0;
    provider.answers.length = 0;
  });

  const settings = (): SettingsInput => ({
    notify: {
      lineApiUrl: provider.url,
      lineChannelAccessToken: LINE_TOKEN,
      smsGatewayUrl: `${provider.url}/sms/send`,
      smsGatewayToken: SMS_TOKEN,
      smsSender: "IMMIGRATION",
    },
  });

  const enqueue = (channel: NotificationChannelKind, to: string) =>
    db.transaction((tx) =>
      enqueueNotification(tx, {
        agencyId,
        channel,
        to,
        template: "application.decided",
        locale: "en",
        data: {
          referenceNumber: "IMM-2569-000042",
          serviceName: {
            th: "แจ้งที่พักคนต่างด้าว (ตม.30)",
            en: "Foreigner residence notification (TM30)",
          },
          outcome: "approved",
          decidedAt: "2026-11-23T02:00:00Z",
          applicationLink: "/me/applications/42",
        },
        subject: { kind: "application", id: "app-42" },
      }),
    );

  const runJobs = async (overrides: SettingsInput, rounds: number) => {
    const config = loadConfig({
      env: {},
      overrides: {
        server: { publicUrl: "http://localhost" },
        jobs: { maxAttempts: 3 },
        ...overrides,
      },
    });
    const worker = startWorker({
      db,
      logger,
      config,
      handlers: [deliverNotificationHandler],
      workerId: "notifier",
      poll: false,
    });
    for (let round = 0; round < rounds; round++) {
      await worker.runOnce();
      await db.query("update jobs set run_at = now() where status = 'queued'");
    }
    await worker.stop();
  };

  const delivery = async (id: string) => {
    const { rows } = await db.query<{
      status: string;
      attempts: number;
      last_error: string | null;
      provider_message_id: string | null;
    }>(
      "select status, attempts, last_error, provider_message_id from notification_deliveries where id = $1",
      [id],
    );
    return rows[0]!;
  };

  const jobStatus = async (deliveryId: string) => {
    const { rows } = await db.query<{ status: string; attempts: number }>(
      "select status, attempts from jobs where dedupe_key = $1",
      [`notify.deliver:${deliveryId}`],
    );
    return rows[0]!;
  };

  it("pushes a LINE message, retries after a 500 with the same retry key, and records it sent", async () => {
    provider.answers.push(
      { status: 500, body: { message: "Internal server error" } },
      { status: 200, body: { sentMessages: [{ id: "461230966842064897", quoteToken: "q" }] } },
    );
    const id = await enqueue("line", LINE_USER);
    await runJobs(settings(), 3);

    expect(provider.seen).toHaveLength(2);
    for (const request of provider.seen) {
      expect(request.method).toBe("POST");
      expect(request.path).toBe("/v2/bot/message/push");
      expect(request.headers.authorization).toBe(`Bearer ${LINE_TOKEN}`);
      expect(request.headers["x-line-retry-key"]).toBe(id);
      expect(request.headers["content-type"]).toContain("application/json");
    }
    const body = provider.seen[0]!.body as {
      to: string;
      messages: { type: string; text: string }[];
    };
    expect(body.to).toBe(LINE_USER);
    expect(body.messages).toHaveLength(1);
    expect(body.messages[0]!.type).toBe("text");
    expect(body.messages[0]!.text).toMatch(/^Your application IMM-2569-000042 is approved\n\n/);
    expect(body.messages[0]!.text).toContain("http://localhost/me/applications/42");

    expect(await delivery(id)).toMatchObject({
      status: "sent",
      attempts: 2,
      provider_message_id: "461230966842064897",
    });
    expect(await jobStatus(id)).toMatchObject({ status: "done", attempts: 2 });
  });

  it("takes LINE's 409 for a retry key it already accepted as sent", async () => {
    provider.answers.push({
      status: 409,
      body: { message: "The retry key is already accepted" },
      headers: { "x-line-accepted-request-id": "accepted-request-1" },
    });
    const id = await enqueue("line", LINE_USER);
    await runJobs(settings(), 1);
    expect(await delivery(id)).toMatchObject({
      status: "sent",
      provider_message_id: "accepted-request-1",
    });
  });

  it("marks a LINE message refused with 400 as failed at once, with LINE's reason", async () => {
    provider.answers.push({
      status: 400,
      body: { message: "The property, 'to', in the request body is invalid" },
    });
    const id = await enqueue("line", LINE_USER);
    await runJobs(settings(), 3);
    expect(provider.seen).toHaveLength(1);
    expect(await delivery(id)).toMatchObject({
      status: "failed",
      attempts: 1,
      last_error: "LINE answered 400: The property, 'to', in the request body is invalid",
    });
    expect(await jobStatus(id)).toMatchObject({ status: "dead", attempts: 1 });
  });

  it("sends an SMS through the gateway, retrying after a 503, with the short text and no link", async () => {
    provider.answers.push({ status: 503 }, { status: 202, body: { id: 98765 } });
    const id = await enqueue("sms", "+66 81-234-5678");
    await runJobs(settings(), 3);

    expect(provider.seen).toHaveLength(2);
    for (const request of provider.seen) {
      expect(request.path).toBe("/sms/send");
      expect(request.headers.authorization).toBe(`Bearer ${SMS_TOKEN}`);
      expect(request.headers["idempotency-key"]).toBe(id);
      expect(request.body).toEqual({
        to: "+66812345678",
        message: "Pratu: application IMM-2569-000042 is approved.",
        sender: "IMMIGRATION",
      });
    }
    expect(await delivery(id)).toMatchObject({
      status: "sent",
      attempts: 2,
      provider_message_id: "98765",
    });
  });

  it("marks an SMS the gateway refuses with 422 as failed, with the number masked", async () => {
    provider.answers.push({ status: 422, body: { message: "Number +66812345678 is not valid" } });
    const id = await enqueue("sms", "+66812345678");
    await runJobs(settings(), 2);
    const row = await delivery(id);
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.last_error).toBe("The SMS gateway answered 422: Number ***678 is not valid");
  });

  it("records LINE and SMS notices as skipped when neither is configured", async () => {
    const line = await enqueue("line", LINE_USER);
    const sms = await enqueue("sms", "0812345678");
    await runJobs({}, 1);
    expect(provider.seen).toHaveLength(0);
    expect(await delivery(line)).toMatchObject({
      status: "skipped",
      last_error: "no LINE channel configured (LINE_CHANNEL_ACCESS_TOKEN)",
    });
    expect(await delivery(sms)).toMatchObject({
      status: "skipped",
      last_error: "no SMS gateway configured (SMS_GATEWAY_URL)",
    });
  });
});
