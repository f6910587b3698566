import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import PostalMime from "postal-mime";

import { startWorker } from "@/core/jobs";
import { seedDemo } from "@/demo/seed";
import { notifyChannelAdminsJob, sendEmailConfirmationJob } from "@/modules/channels";

import { createTestApp, type TestApp } from "./app";
import type { BrowserSession, Page } from "./browser-session";
import { type DnsServer, startDnsServer } from "./dns-server";
import { type MailServer, startMailServer } from "./mail-server";

/** A web server for well-known files, answering by Host header and path. */
export interface WebServer {
  port: number;
  pages: Map<string, { status: number; body: string }>;
  close(): Promise<void>;
}

async function startWebServer(): Promise<WebServer> {
  const pages = new Map<string, { status: number; body: string }>();
  const server: Server = createServer((request, response) => {
    const page = pages.get(`${request.headers.host}${request.url}`);
    response.writeHead(page?.status ?? 404).end(page?.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    pages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ChannelTestWorld {
  t: TestApp;
  dns: DnsServer;
  web: WebServer;
  mail: MailServer;
  /** Runs the channel lifecycle's mail jobs that are due. */
  runMailJobs(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real app on the demo data, with a DNS server, a web server and a mail
 * server of its own on loopback, configured as the channel checks' world.
 */
export async function startChannelTestWorld(): Promise<ChannelTestWorld> {
  const dns = await startDnsServer();
  const web = await startWebServer();
  const mail = await startMailServer();
  const t = await createTestApp({
    config: {
      security: { signInRateLimitPerMinute: 1000, rateLimitPerMinute: 100_000 },
      notify: { smtpUrl: mail.url },
      channels: {
        dnsServers: [dns.address],
        wellKnownScheme: "http",
        wellKnownPort: web.port,
        allowPrivateTargets: true,
      },
    },
  });
  await seedDemo({ db: t.db });
  return {
    t,
    dns,
    web,
    mail,
    async runMailJobs() {
      const worker = startWorker({
        db: t.db,
        logger: t.logger,
        config: t.config,
        secrets: t.secrets,
        handlers: [sendEmailConfirmationJob, notifyChannelAdminsJob],
        workerId: "channel-mailer",
        poll: false,
      });
      await worker.runOnce();
      await worker.stop();
    },
    async close() {
      await t.close();
      await Promise.all([dns.close(), web.close(), mail.close()]);
    },
  };
}

/** Adds a channel through the console form; resolves to its id. */
export async function addChannel(
  browser: BrowserSession,
  fields: { kind: string; value: string; owner?: string },
): Promise<string> {
  const page = await browser.post("/console/channels", { owner: "", ...fields });
  const id = /^\/console\/channels\/([0-9a-f-]{36})\?done=added$/.exec(page.location ?? "")?.[1];
  if (!id) throw new Error(`The channel was not added (${page.status}).`);
  return id;
}

/** The token or code the channel page shows, by the element id that holds it. */
export function shownToken(page: Page, elementId: string): string {
  const token = new RegExp(`id="${elementId}">([^<]+)<`).exec(page.html)?.[1];
  if (!token) throw new Error(`The page shows no ${elementId}.`);
  return token;
}

/** The text and the links of a received e-mail. */
export async function readMail(raw: Buffer): Promise<{ subject: string; text: string }> {
  const parsed = await PostalMime.parse(raw);
  return { subject: parsed.subject ?? "", text: parsed.text ?? "" };
}
