import type { AddressInfo } from "node:net";
import { createServer } from "node:net";

import { createTestDatabase } from "@test/support/database";
import { startMailServer } from "@test/support/mail-server";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { loadConfig } from "@/config/load";
import type { SettingsInput } from "@/config/schema";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { startWorker } from "@/core/jobs";
import { createLogger } from "@/core/log/logger";

import { deliverNotificationHandler } from "./deliver-notification";
import { enqueueNotification } from "./enqueue-notification";
import { listDeliveries } from "./list-deliveries";
import type { ApplicationReceivedData } from "./template-data";

const logger = createLogger("silent");

/** A loopback port nothing listens on: a mail server that is down. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const receivedData: ApplicationReceivedData = {
  referenceNumber: "NBM-2569-000123",
  serviceName: {
    th: "ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ <ปี 2570>",
    en: "Elderly living allowance registration <2027>",
  },
  receivedAt: new Date("2026-11-22T03:15:00Z"),
  receiptLink: "/me/applications/123/receipt",
  statusCode: "K7Q2-9XWM",
};

describe("e-mail notices over SMTP", () => {
  let db: Database;
  let mail: Awaited<ReturnType<typeof startMailServer>>;
  const agencyId = newId();

  beforeAll(async () => {
    db = await createTestDatabase();
    mail = await startMailServer();
    await db.query(
      `insert into agencies (id, code, kind, name_th, name_en)
       values ($1, 'NBM', 'municipality', 'เทศบาลนครนนทบุรี', 'Nonthaburi City Municipality')`,
      [agencyId],
    );
  });
  afterAll(async () => {
    await mail.close();
    await db.close();
  });
  beforeEach(() => {
    mail.received.length = 0;
  });

  const enqueue = (to: string, locale: "th" | "en" = "th") =>
    db.transaction((tx) =>
      enqueueNotification(tx, {
        agencyId,
        channel: "email",
        to,
        template: "application.received",
        locale,
        data: receivedData,
        subject: { kind: "application", id: "app-1" },
      }),
    );

  /** Runs every due job once per round, making retries due at once, until none is left. */
  const runJobs = async (settings: SettingsInput, { rounds = 1 } = {}) => {
    const config = loadConfig({
      env: {},
      overrides: {
        server: { publicUrl: "http://localhost" },
        jobs: { maxAttempts: 2 },
        ...settings,
      },
    });
    const worker = startWorker({
      db,
      logger,
      config,
      handlers: [deliverNotificationHandler],
      workerId: "mailer",
      poll: false,
    });
    for (let round = 0; round < rounds; round++) {
      await worker.runOnce();
      await db.query("update jobs set run_at = now() where status = 'queued'");
    }
    await worker.stop();
  };

  const deliveryRow = async (id: string) => {
    const { rows } = await db.query<{
      status: string;
      attempts: number;
      last_error: string | null;
      sent_at: Date | null;
      provider_message_id: string | null;
    }>(
      `select status, attempts, last_error, sent_at, provider_message_id
         from notification_deliveries where id = $1`,
      [id],
    );
    return rows[0]!;
  };

  const jobOf = async (deliveryId: string) => {
    const { rows } = await db.query<{
      status: string;
      attempts: number;
      last_error: string | null;
    }>("select status, attempts, last_error from jobs where dedupe_key = $1", [
      `notify.deliver:${deliveryId}`,
    ]);
    return rows[0]!;
  };

  it("sends the receipt notice in Thai, UTF-8 encoded, from the configured sender", async () => {
    const id = await enqueue("somchai@example.com");
    await runJobs({ notify: { smtpUrl: mail.url } });

    expect(mail.received).toHaveLength(1);
    const [message] = mail.received;
    expect(message!.to).toEqual(["somchai@example.com"]);
    expect(message!.from).toBe("no-reply@pratu.localhost");
    const parsed = await PostalMime.parse(message!.raw);
    expect(parsed.subject).toBe("ได้รับคำขอ NBM-2569-000123 แล้ว");
    expect(parsed.from).toEqual({ name: "ประตู Pratu", address: "no-reply@pratu.localhost" });
    expect(parsed.to).toEqual([{ name: "", address: "somchai@example.com" }]);
    expect(parsed.text).toContain(
      "เทศบาลนครนนทบุรีได้รับคำขอ “ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ <ปี 2570>” ของคุณแล้ว เมื่อ 22 พฤศจิกายน 2569 เวลา 10:15 น.",
    );
    expect(parsed.text).toContain("รหัสติดตามสถานะ: K7Q2-9XWM");
    expect(parsed.text).toContain("ดูใบรับคำขอ: http://localhost/me/applications/123/receipt");
    // The HTML part escapes the data and links to the receipt.
    expect(parsed.html).toContain('<html lang="th">');
    expect(parsed.html).toContain("ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ &lt;ปี 2570&gt;");
    expect(parsed.html).not.toContain("<ปี 2570>");
    expect(parsed.html).toContain('<a href="http://localhost/me/applications/123/receipt">');

    const row = await deliveryRow(id);
    expect(row).toMatchObject({ status: "sent", attempts: 1, last_error: null });
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.provider_message_id).toBe(`<${id}@pratu.localhost>`);
    expect(await jobOf(id)).toMatchObject({ status: "done", attempts: 1 });
  });

  it("writes the same notice in English for a person who reads English", async () => {
    await enqueue("jane@example.com", "en");
    await runJobs({ notify: { smtpUrl: mail.url } });
    const parsed = await PostalMime.parse(mail.received[0]!.raw);
    expect(parsed.subject).toBe("We have received your application NBM-2569-000123");
    expect(parsed.text).toContain(
      "Nonthaburi City Municipality received your application for “Elderly living allowance registration <2027>” on 22 November 2026",
    );
    expect(parsed.text).toContain("Status code: K7Q2-9XWM");
  });

  it("marks a notice the mail server refuses (550) as failed at once, without retrying", async () => {
    const id = await enqueue("nobody@example.com");
    await runJobs({ notify: { smtpUrl: mail.url } }, { rounds: 2 });
    expect(mail.received).toHaveLength(0);
    const row = await deliveryRow(id);
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.last_error).toContain("SMTP 550");
    // The address is masked wherever the error is kept.
    expect(row.last_error).not.toContain("nobody@example.com");
    const job = await jobOf(id);
    expect(job).toMatchObject({ status: "dead", attempts: 1 });
    expect(job.last_error).not.toContain("nobody@example.com");
  });

  it("retries while the mail server is down, then marks the notice failed with the last error", async () => {
    const id = await enqueue("somsri@example.com");
    const down = { notify: { smtpUrl: `smtp://127.0.0.1:${await closedPort()}` } };

    await runJobs(down);
    expect(await deliveryRow(id)).toMatchObject({ status: "pending", attempts: 1 });
    expect((await deliveryRow(id)).last_error).toContain("ECONNREFUSED");
    expect(await jobOf(id)).toMatchObject({ status: "queued", attempts: 1 });

    await runJobs(down);
    const row = await deliveryRow(id);
    expect(row).toMatchObject({ status: "failed", attempts: 2 });
    expect(row.last_error).toContain("ECONNREFUSED");
    expect(await jobOf(id)).toMatchObject({ status: "dead", attempts: 2 });

    const [listed] = await withinAgency(db, agencyId, (scope) =>
      listDeliveries(scope, { subjectId: "app-1" }),
    );
    expect(listed).toMatchObject({
      id,
      status: "failed",
      attempts: 2,
      recipient: "s***@example.com",
    });
  });

  it("records a notice as skipped, with the reason, when no mail server is configured", async () => {
    const id = await enqueue("somchai@example.com");
    await runJobs({});
    expect(await deliveryRow(id)).toMatchObject({
      status: "skipped",
      attempts: 0,
      last_error: "no mail server configured (SMTP_URL)",
    });
    expect(await jobOf(id)).toMatchObject({ status: "done", attempts: 1 });
  });
});
