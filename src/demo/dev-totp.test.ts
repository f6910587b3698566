import { createTestApp, type TestApp, testConfig } from "@test/support/app";
import { BrowserSession } from "@test/support/browser-session";
import { totpCodeFor } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

import { runDevTotpCommand } from "./dev-totp";
import { demoOfficerSignIn } from "./officers";

function run(args: string[], { isDemo = true, now = Date.now() } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runDevTotpCommand({
    args,
    config: testConfig({ auth: { devIdentityProvider: isDemo } }),
    now,
    print: (line) => out.push(line),
    printError: (line) => err.push(line),
  });
  return { code, out, err };
}

describe("pratu dev totp", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db, secrets: t.secrets });
  });
  afterAll(() => t.close());

  it("prints the code that signs a seeded demo officer in now", async () => {
    const at = Date.UTC(2026, 10, 22, 3, 0, 0);
    const printed = run(["totp", "Kittipong@DGA.example"], { now: at });
    expect(printed.code).toBe(0);
    expect(printed.out).toEqual([totpCodeFor(demoOfficerSignIn.totpSecret, at)]);
    expect(printed.err.join("\n")).toContain("kittipong@dga.example");

    const browser = new BrowserSession(t.app);
    await browser.post("/officer/sign-in", {
      email: "kittipong@dga.example",
      password: demoOfficerSignIn.password,
    });
    const code = run(["totp", "kittipong@dga.example"]).out[0]!;
    const signedIn = await browser.post("/officer/sign-in/verify", { code });
    expect(signedIn.location).toBe("/console");
  });

  it("refuses outside demonstration mode", () => {
    const refused = run(["totp", "somsri@dopa.example"], { isDemo: false });
    expect(refused.code).toBe(2);
    expect(refused.out).toEqual([]);
    expect(refused.err.join("\n")).toContain("demonstration mode");
  });

  it("names the demo officers for an address that is not one, and shows usage for a bad command", () => {
    const unknown = run(["totp", "nobody@nowhere.example"]);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toEqual([]);
    expect(unknown.err.join("\n")).toContain("somsri@dopa.example");
    const usage = run(["totp"]);
    expect(usage.code).toBe(2);
    expect(usage.err).toEqual(["Usage: pratu dev totp <demo officer email>"]);
  });
});
