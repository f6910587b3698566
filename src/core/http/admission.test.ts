import { TEST_SECRET_KEY, testConfig } from "@test/support/app";
import { type Context, Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";

import type { SettingsInput } from "@/config/schema";
import { SecretBox } from "@/core/crypto/secrets";

import { createAdmission } from "./admission";
import type { AppEnv } from "./context";
import { signQueueTicket } from "./queue-ticket";
import { locale, requestId } from "./request-context";

const secrets = new SecretBox(TEST_SECRET_KEY);
const ticketKey = secrets.keyFor("queue-ticket/v1");

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** Lets every request that can move on do so. */
async function settle() {
  for (let round = 0; round < 20; round += 1) await new Promise((done) => setImmediate(done));
}

/**
 * A small app whose one handler waits until the test lets each named request
 * finish, so how many run at once is decided by the test, not by timing.
 */
function buildApp(admission: SettingsInput["admission"], clock: { now: number }) {
  const config = testConfig({
    admission: { maxWaitMilliseconds: 30_000, ...admission },
  });
  const gates = createAdmission({ config, secrets, now: () => clock.now });
  const entered: string[] = [];
  /** Requests that reached the checks standing between shedding and the gate (authentication, …). */
  const checked: string[] = [];
  const holds = new Map<string, Deferred>();
  const app = new Hono<AppEnv>();
  app.use("*", async (c, next) => {
    c.set("config", config);
    c.set("secrets", secrets);
    c.set("actor", { type: "anonymous" });
    c.set("session", null);
    await next();
  });
  app.use("*", requestId, locale);
  const work = async (c: Context<AppEnv>) => {
    const name = c.req.header("x-name") ?? "unnamed";
    entered.push(name);
    const hold = deferred();
    holds.set(name, hold);
    await hold.promise;
    return c.json({ done: name });
  };
  const costlyChecks = async (c: Context<AppEnv>, next: () => Promise<void>) => {
    checked.push(c.req.header("x-name") ?? "unnamed");
    await next();
  };
  const submit = gates.limit("submit");
  const verify = gates.limit("verify");
  app.post("/api/v1/work", submit.shed, costlyChecks, submit.admit, work);
  app.get("/v/:code", verify.shed, costlyChecks, verify.admit, work);
  const finish = (name: string) => holds.get(name)!.resolve();
  return { app, entered, checked, finish, gates };
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

async function send(
  app: Hono<AppEnv>,
  name: string,
  init: RequestInit = {},
  path = "/api/v1/work",
): Promise<Response> {
  return app.request(path, {
    method: path.startsWith("/api/") ? "POST" : "GET",
    ...init,
    headers: { "x-name": name, ...init.headers },
  });
}

function ticketCookie(response: Response, name: string): string | undefined {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
  return cookie?.split(";")[0];
}

describe("admission control", () => {
  it("runs N at once, queues up to M in order, and answers the API beyond that with 503", async () => {
    const clock = { now: 1_000 };
    const { app, entered, finish } = buildApp({ submitConcurrency: 2, queueLength: 1 }, clock);
    const first = send(app, "first");
    const second = send(app, "second");
    const third = send(app, "third");
    await settle();
    expect(entered).toEqual(["first", "second"]);

    const turnedAway = await send(app, "fourth");
    expect(turnedAway.status).toBe(503);
    expect(turnedAway.headers.get("retry-after")).toBe("3");
    expect(turnedAway.headers.get("content-type")).toContain("application/problem+json");
    expect(turnedAway.headers.get("queue-ticket")).toMatch(/^q1\.submit\.1000\./);
    const problem = (await turnedAway.json()) as {
      code: string;
      title: string;
      messages: { th: string; en: string };
    };
    expect(problem.code).toBe("unavailable");
    expect(problem.title).toBe(problem.messages.th);
    expect(problem.messages.th).toMatch(/[\u0E00-\u0E7F]/);
    expect(problem.messages.en).toMatch(/unavailable/);

    finish("first");
    await settle();
    expect(entered).toEqual(["first", "second", "third"]);
    finish("second");
    finish("third");
    const statuses = await Promise.all([first, second, third].map(async (r) => (await r).status));
    expect(statuses).toEqual([200, 200, 200]);
  });

  it("turns away before the costly checks while the gate is full, but not an older ticket", async () => {
    const clock = { now: 1_000 };
    const { app, entered, checked, finish } = buildApp(
      { submitConcurrency: 1, queueLength: 1 },
      clock,
    );
    const running = send(app, "running");
    const waiting = send(app, "waiting");
    await settle();
    expect(checked).toEqual(["running", "waiting"]);

    clock.now = 2_000;
    const newcomer = await send(app, "newcomer", { headers: { authorization: "Bearer x" } });
    expect(newcomer.status).toBe(503);
    expect(newcomer.headers.get("retry-after")).toBe("3");
    expect(newcomer.headers.get("queue-ticket")).toMatch(/^q1\.submit\.2000\./);
    expect(checked).toEqual(["running", "waiting"]);

    // A claim older than every waiter's still goes through the checks and takes a place.
    const olderTicket = signQueueTicket(ticketKey, { admissionClass: "submit", claimedAt: 500 });
    const returning = send(app, "returning", { headers: { "queue-ticket": olderTicket } });
    await settle();
    expect(checked).toEqual(["running", "waiting", "returning"]);
    expect((await waiting).status).toBe(503);
    finish("running");
    await settle();
    expect(entered).toEqual(["running", "returning"]);
    finish("returning");
    expect((await returning).status).toBe(200);
    await running;
  });

  it("shows a person the queue page that reloads itself and hands them a ticket", async () => {
    const clock = { now: 5_000 };
    const { app, finish } = buildApp({ verifyConcurrency: 1, queueLength: 0 }, clock);
    const running = send(app, "running", {}, "/v/ABC");
    await settle();
    const page = await send(app, "person", { headers: { accept: "text/html" } }, "/v/ABC");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("3");
    const html = await page.text();
    expect(html).toContain('<meta http-equiv="refresh" content="3"/>');
    expect(html).toContain("คุณอยู่ในคิว");
    expect(html).not.toMatch(/<script/);
    expect(ticketCookie(page, "pratu_queue_verify")).toMatch(
      /^pratu_queue_verify=q1\.verify\.5000\./,
    );

    const english = await send(
      app,
      "visitor",
      { headers: { accept: "text/html", cookie: "pratu_lang=en" } },
      "/v/ABC",
    );
    expect(await english.text()).toContain("You are in the queue");
    finish("running");
    await running;
  });

  it("admits a returning ticket holder ahead of a newer request, then spends the ticket", async () => {
    const clock = { now: 1_000 };
    const { app, entered, finish } = buildApp({ submitConcurrency: 1, queueLength: 2 }, clock);
    const earlier = ["running", "waiting", "also-waiting"].map((name) => send(app, name));
    await settle();
    const earlyVisitor = await send(app, "early");
    expect(earlyVisitor.status).toBe(503);
    const ticket = earlyVisitor.headers.get("queue-ticket")!;
    finish("running");
    await settle();
    finish("waiting");
    await settle();
    expect(entered).toEqual(["running", "waiting", "also-waiting"]);

    clock.now = 2_000;
    const newer = send(app, "newer");
    await settle();
    const returning = send(app, "returning", { headers: { "queue-ticket": ticket } });
    await settle();
    finish("also-waiting");
    await settle();
    expect(entered.at(-1)).toBe("returning");
    finish("returning");
    await settle();
    expect(entered.at(-1)).toBe("newer");
    expect((await returning).status).toBe(200);

    // Once admitted the ticket is spent: used again it waits behind an older newcomer.
    clock.now = 3_000;
    const plain = send(app, "plain");
    await settle();
    const reused = send(app, "reused", { headers: { "queue-ticket": ticket } });
    await settle();
    finish("newer");
    await settle();
    expect(entered.at(-1)).toBe("plain");
    finish("plain");
    await settle();
    expect(entered.at(-1)).toBe("reused");
    finish("reused");
    await Promise.all([...earlier, newer, plain, reused]);
  });

  it.each([
    ["forged", signQueueTicket("another-key", { admissionClass: "submit", claimedAt: 500 })],
    ["expired", signQueueTicket(ticketKey, { admissionClass: "submit", claimedAt: 500 })],
    ["for another class", signQueueTicket(ticketKey, { admissionClass: "verify", claimedAt: 500 })],
  ])("treats a %s ticket as a new request", async (kind, ticket) => {
    const clock = { now: kind === "expired" ? 500 + 11 * 60_000 : 1_000 };
    const { app, entered, finish } = buildApp({ submitConcurrency: 1, queueLength: 2 }, clock);
    const running = send(app, "running");
    const newer = send(app, "newer");
    await settle();
    clock.now += 1;
    const holder = send(app, "holder", { headers: { cookie: `pratu_queue_submit=${ticket}` } });
    await settle();
    finish("running");
    await settle();
    expect(entered).toEqual(["running", "newer"]);
    finish("newer");
    await settle();
    finish("holder");
    expect((await holder).status).toBe(200);
    await Promise.all([running, newer]);
  });

  it("has no effect when turned off", async () => {
    const clock = { now: 1_000 };
    const { app, entered, finish } = buildApp(
      { enabled: false, submitConcurrency: 1, queueLength: 0 },
      clock,
    );
    const names = ["a", "b", "c", "d"];
    const responses = names.map((name) => send(app, name));
    await settle();
    expect(entered).toEqual(names);
    for (const name of names) finish(name);
    expect((await Promise.all(responses)).map((response) => response.status)).toEqual([
      200, 200, 200, 200,
    ]);
  });
});
