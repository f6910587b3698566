import { createServer } from "node:net";
import { Writable } from "node:stream";

import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

import type { Config, SettingsInput } from "@/config/schema";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import type { Locale } from "@/core/i18n";
import { createLogger } from "@/core/log/logger";
import { seedDemo } from "@/demo/seed";
import { startWebServer } from "@/server";

import { TEST_SECRET_KEY, testConfig } from "./app";
import { createTestDatabase } from "./database";

/** Debian's Chromium (scripts/test.mjs installs it); never a browser a test tool downloads. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps trying to reach
// Google's hosts, which on a closed network only adds noise and delay.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * A browser test walks several pages and runs axe on each; on a busy CI
 * machine that takes far longer than an in-process request, so browser test
 * files raise their time limits with `vi.setConfig(BROWSER_TEST_LIMITS)`.
 */
export const BROWSER_TEST_LIMITS = { testTimeout: 120_000, hookTimeout: 120_000 };

export const PHONE_VIEWPORT = { width: 360, height: 740 };
export const DESKTOP_VIEWPORT = { width: 1280, height: 900 };

/**
 * Headless Chromium. Playwright gives each launch a fresh user-data directory
 * of its own and removes it on close, so no profile leaks between runs.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface RunningPratu {
  /** Where the server listens, e.g. http://127.0.0.1:41234 (also its public URL). */
  url: string;
  config: Config;
  db: Database;
  secrets: SecretBox;
  /** The server's log lines (warnings and worse), parsed, kept out of the test output. */
  logLines: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * The real web server on a fresh test database with the demo data (agencies,
 * officers with their published password and second factor, and the built-in
 * identity provider's citizens). The port
 * is chosen before the config is built so that the public URL (used for the
 * CSRF origin check and OIDC redirects) is the address the browser uses.
 */
export async function startPratu(options: { config?: SettingsInput } = {}): Promise<RunningPratu> {
  const host = "127.0.0.1";
  const port = await findFreePort(host);
  const url = `http://${host}:${port}`;
  const db = await createTestDatabase();
  const secrets = new SecretBox(TEST_SECRET_KEY);
  await seedDemo({ db, secrets });
  const config = testConfig({
    ...options.config,
    server: { ...options.config?.server, host, port, publicUrl: url },
    logging: { level: "warn", ...options.config?.logging },
  });
  const logLines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString("utf8").split("\n"))
        if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const server = await startWebServer({
    config,
    db,
    logger: createLogger(config.logging.level, sink),
    secrets,
  });
  return {
    url: server.url,
    config,
    db,
    secrets,
    logLines,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}

function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A fresh browser context (own cookies) whose pages resolve paths against the server. */
export function newContext(
  browser: Browser,
  server: RunningPratu,
  options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: server.url,
    viewport: options.viewport ?? DESKTOP_VIEWPORT,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: "th-TH",
  });
}

export interface PageWatch {
  /** Console errors (a CSP violation is one) and uncaught exceptions, in order. */
  problems(): string[];
}

/**
 * Records what a person would never see but should never happen: console
 * errors, CSP violations and uncaught exceptions. A page answered with an
 * error status on purpose (a 404 page, a refused sign-in) makes Chromium log
 * "Failed to load resource" for the document itself; `allowedDocumentStatuses`
 * allows exactly that message, for documents the page navigated to, and
 * nothing else.
 */
export function watchPageProblems(
  page: Page,
  options: { allowedDocumentStatuses?: readonly number[] } = {},
): PageWatch {
  const entries: { text: string; location: string }[] = [];
  const documents = new Set<string>();
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) documents.add(frame.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error")
      entries.push({ text: message.text(), location: message.location().url });
  });
  page.on("pageerror", (error) =>
    entries.push({ text: `uncaught: ${error.message}`, location: page.url() }),
  );
  const allowed = (options.allowedDocumentStatuses ?? []).map(
    (status) => `Failed to load resource: the server responded with a status of ${status} `,
  );
  const isAllowed = (entry: { text: string; location: string }) =>
    documents.has(entry.location) && allowed.some((prefix) => entry.text.startsWith(prefix));
  return {
    problems: () =>
      entries
        .filter((entry) => !isAllowed(entry))
        .map((entry) => `${entry.text} (${entry.location})`),
  };
}

/** Clicks the language link in the header, as a person would, and waits for the new page. */
export async function switchLanguage(page: Page, to: Locale): Promise<void> {
  const linkName = to === "en" ? "Switch to English" : "เปลี่ยนเป็นภาษาไทย";
  await page.getByRole("navigation").getByRole("link", { name: linkName, exact: true }).click();
  await page.locator(`html[lang="${to}"]`).waitFor({ state: "attached" });
  await page.waitForLoadState("load");
}

/** WCAG 1.4.10: at a phone's width the page reflows instead of scrolling sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe-core on the page as it is now and fails with every WCAG 2.1 AA violation listed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Legacy mode runs axe inside the page instead of opening a blank page to
  // merge frame results: Pratu's pages have no frames (the CSP forbids them).
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes
      .map((node) => `    at ${node.target.join(" ")}: ${node.failureSummary?.replace(/\n/g, " ")}`)
      .join("\n");
    return `- ${violation.id} (${violation.impact ?? "unknown"}): ${violation.help}\n${nodes}`;
  });
  expect(
    report.length,
    `axe found WCAG 2.1 AA violations on ${page.url()}:\n${report.join("\n")}`,
  ).toBe(0);
}

/**
 * What every page must pass as it stands: axe's WCAG 2.1 AA rules, and on a
 * phone-sized viewport, reflow without sideways scrolling.
 */
export async function expectAccessiblePage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  if ((page.viewportSize()?.width ?? DESKTOP_VIEWPORT.width) <= PHONE_VIEWPORT.width)
    await expectNoSidewaysScroll(page);
}

/** Errors the server logged (an unhandled exception is one); a page a person saw fine may still hide one. */
export function serverErrors(server: RunningPratu): Record<string, unknown>[] {
  return server.logLines.filter((line) => typeof line.level === "number" && line.level >= 50);
}
