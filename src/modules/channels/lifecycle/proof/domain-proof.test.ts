import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { testConfig } from "@test/support/app";
import { type DnsServer, startDnsServer } from "@test/support/dns-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { sha256Hex } from "@/core/crypto/tokens";

import { checkDomainProof } from "./domain-proof";
import { createProofResolver, type ProofSettings } from "./proof-settings";

const TOKEN = "tok3n-for-the-test-0123456789abcdef";

describe("domain proof of control", () => {
  let dns: DnsServer;
  let web: Server;
  let settings: ProofSettings;
  /** What the local web server answers, by Host header and path. */
  const pages = new Map<string, { status: number; body?: string; location?: string }>();
  const hostsSeen: string[] = [];

  beforeAll(async () => {
    dns = await startDnsServer();
    web = createServer((request, response) => {
      hostsSeen.push(request.headers.host ?? "");
      const page = pages.get(`${request.headers.host}${request.url}`);
      if (!page) return response.writeHead(404).end("not here");
      response.writeHead(page.status, page.location ? { location: page.location } : {});
      response.end(page.body ?? "");
    });
    await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
    settings = testConfig({
      channels: {
        dnsServers: [dns.address],
        wellKnownScheme: "http",
        wellKnownPort: (web.address() as AddressInfo).port,
        allowPrivateTargets: true,
      },
    }).channels;
  });
  afterAll(async () => {
    await dns.close();
    await new Promise((resolve) => web.close(resolve));
  });
  beforeEach(() => {
    dns.records.txt.clear();
    dns.records.a.clear();
    dns.failing.clear();
    pages.clear();
    hostsSeen.length = 0;
  });

  const check = (domain: string, overrides: Partial<ProofSettings> = {}) => {
    const merged = { ...settings, ...overrides };
    return checkDomainProof({
      domain,
      tokenHash: sha256Hex(TOKEN),
      resolver: createProofResolver(merged),
      settings: merged,
    });
  };

  it("finds the token in a TXT record at the domain, even split into several strings", async () => {
    dns.records.txt.set("agency.example", [
      ["v=spf1 -all"],
      ["pratu-verification=tok3n-for-the-", "test-0123456789abcdef"],
    ]);
    expect(await check("agency.example")).toEqual({ isProved: true, method: "dns_txt" });
  });

  it("finds the token under _pratu. as well", async () => {
    dns.records.txt.set("_pratu.agency.example", [[`pratu-verification=${TOKEN}`]]);
    expect(await check("agency.example")).toEqual({ isProved: true, method: "dns_txt" });
  });

  it("does not accept another token, and says so", async () => {
    dns.records.txt.set("agency.example", [["pratu-verification=someone-else"]]);
    expect(await check("agency.example")).toMatchObject({
      isProved: false,
      dns: "other_token",
      wellKnown: "no_address",
    });
  });

  it("reports a failing DNS server apart from a missing record", async () => {
    dns.failing.add("agency.example");
    expect(await check("agency.example")).toMatchObject({
      isProved: false,
      dns: "dns_error:ESERVFAIL",
    });
  });

  it("reads the well-known file from the domain's address with the domain as Host", async () => {
    dns.records.a.set("agency.example", ["127.0.0.1"]);
    pages.set("agency.example/.well-known/pratu-verification.txt", {
      status: 200,
      body: `# Pratu\n${TOKEN}\n`,
    });
    expect(await check("agency.example")).toEqual({ isProved: true, method: "well_known" });
    expect(hostsSeen).toEqual(["agency.example"]);
  });

  it("follows a redirect within the domain but not to another host", async () => {
    dns.records.a.set("agency.example", ["127.0.0.1"]);
    pages.set("agency.example/.well-known/pratu-verification.txt", {
      status: 301,
      location: "/.well-known/pratu-verification.txt?v=2",
    });
    pages.set("agency.example/.well-known/pratu-verification.txt?v=2", {
      status: 200,
      body: `pratu-verification=${TOKEN}`,
    });
    expect(await check("agency.example")).toEqual({ isProved: true, method: "well_known" });

    pages.set("agency.example/.well-known/pratu-verification.txt", {
      status: 302,
      location: "http://attacker.example/.well-known/pratu-verification.txt",
    });
    pages.set("attacker.example/.well-known/pratu-verification.txt", { status: 200, body: TOKEN });
    expect(await check("agency.example")).toMatchObject({
      isProved: false,
      wellKnown: "redirect_elsewhere",
    });
  });

  it("refuses a file over the size cap", async () => {
    dns.records.a.set("agency.example", ["127.0.0.1"]);
    pages.set("agency.example/.well-known/pratu-verification.txt", {
      status: 200,
      body: `${TOKEN}\n${"x".repeat(10_000)}`,
    });
    expect(await check("agency.example")).toMatchObject({
      isProved: false,
      wellKnown: "too_large",
    });
  });

  it("will not connect to a private address unless allowed", async () => {
    dns.records.a.set("agency.example", ["127.0.0.1"]);
    pages.set("agency.example/.well-known/pratu-verification.txt", { status: 200, body: TOKEN });
    expect(await check("agency.example", { allowPrivateTargets: false })).toMatchObject({
      isProved: false,
      wellKnown: "private_address",
    });
    expect(hostsSeen).toEqual([]);
  });
});
