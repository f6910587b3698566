import type { LookupFunction } from "node:net";

import { describe, expect, it } from "vitest";

import { checkWebhookUrl, type DnsLookup, guardedLookup, isPrivateAddress } from "./target-address";

describe("webhook targets", () => {
  it("refuses loopback, private and link-local addresses written in the URL", () => {
    for (const url of [
      "http://127.0.0.1:8080/events",
      "http://localhost/events",
      "http://pratu.localhost/events",
      "http://[::1]/events",
      "http://10.1.2.3/events",
      "http://172.20.0.5/events",
      "http://192.168.1.10/events",
      "http://169.254.169.254/latest/meta-data",
      "http://[::ffff:192.168.1.1]/events",
      "http://[fd00::1]/events",
      "http://2130706433/events",
    ]) {
      expect(checkWebhookUrl(url, { allowPrivateTargets: false }), url).toEqual({
        problem: "private_target",
      });
      expect(checkWebhookUrl(url, { allowPrivateTargets: true }).problem, url).toBeUndefined();
    }
    expect(isPrivateAddress("203.150.1.10")).toBe(false);
    expect(isPrivateAddress("2001:4860:4860::8888")).toBe(false);
  });

  it("accepts only complete http(s) URLs without credentials", () => {
    const check = (url: string) => checkWebhookUrl(url, { allowPrivateTargets: false }).problem;
    expect(check("https://records.example.go.th/pratu/events?source=pratu")).toBeUndefined();
    expect(check("ftp://files.example.go.th/in")).toBe("not_http");
    expect(check("https://user:pass@example.go.th/in")).toBe("credentials");
    expect(check("not a url")).toBe("invalid");
  });

  it("refuses, when connecting, a name that resolves to a private address", async () => {
    const resolvesTo =
      (address: string): DnsLookup =>
      (_hostname, _options, callback) =>
        callback(null, [{ address, family: 4 }]);
    const lookUp = (lookup: LookupFunction) =>
      new Promise<{ error: Error | null; addresses: unknown }>((resolve) =>
        lookup("records.internal.example", { all: true }, (error, addresses) =>
          resolve({ error, addresses }),
        ),
      );
    const inside = await lookUp(
      guardedLookup({ allowPrivateTargets: false, lookup: resolvesTo("10.0.0.7") }),
    );
    expect(inside.error?.message).toBe(
      "records.internal.example resolves to a loopback or private address, which webhooks may not reach",
    );
    const outside = await lookUp(
      guardedLookup({ allowPrivateTargets: false, lookup: resolvesTo("203.150.1.10") }),
    );
    expect(outside).toEqual({ error: null, addresses: [{ address: "203.150.1.10", family: 4 }] });
    const allowed = await lookUp(
      guardedLookup({ allowPrivateTargets: true, lookup: resolvesTo("10.0.0.7") }),
    );
    expect(allowed.error).toBeNull();
  });
});
