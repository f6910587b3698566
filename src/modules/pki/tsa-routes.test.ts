import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createTestApp, type TestApp, testConfig } from "@test/support/app";
import { runPdfTool } from "@test/support/pdf-tools";
import { samplePermit } from "@test/support/sample-document";
import { insertTestAgency } from "@test/support/test-agencies";
import * as pkijs from "pkijs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import {
  agencyDocumentSigner,
  documentTimeStamper,
  ensureTimeStampingAuthority,
  readSignatureTimeStamp,
} from "@/core/crypto/x509";
import { createLogger } from "@/core/log/logger";
import { checkPdfSignature, renderDocumentPdf, signPdf } from "@/modules/documents";
import { type RunningServer, startWebServer } from "@/server";

import { MAX_TIME_STAMP_QUERY_BYTES } from "./limits";

const query = { "content-type": "application/timestamp-query" };

function statusOf(reply: ArrayBuffer) {
  const status = pkijs.TimeStampResp.fromBER(reply).status;
  return { status: status.status, hasToken: reply.byteLength > 0 };
}

/** An openssl-made request for the given data, and what the TSA answered, verified by openssl. */
function opensslRoundTrip(post: (request: Uint8Array) => Promise<Uint8Array>, rootPem: string) {
  const directory = mkdtempSync(join(tmpdir(), "pratu-tsa-route-"));
  const run = (args: string[]) => {
    const result = spawnSync("openssl", args, { cwd: directory, encoding: "utf8" });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  return {
    async verify() {
      try {
        writeFileSync(join(directory, "data.txt"), "เอกสารเลขที่ 123");
        writeFileSync(join(directory, "root.pem"), rootPem);
        run(["ts", "-query", "-data", "data.txt", "-sha256", "-cert", "-out", "request.tsq"]);
        const reply = await post(new Uint8Array(readFileSync(join(directory, "request.tsq"))));
        writeFileSync(join(directory, "reply.tsr"), reply);
        return run([
          "ts",
          "-verify",
          "-queryfile",
          "request.tsq",
          "-in",
          "reply.tsr",
          "-CAfile",
          "root.pem",
        ]);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  };
}

describe("the time-stamping authority over HTTP", () => {
  let t: TestApp;
  let server: RunningServer;

  beforeAll(async () => {
    t = await createTestApp({
      config: { timeStamping: { serveTsa: true, tsaRequestsPerMinute: 1000 } },
    });
    server = await startWebServer({
      ...t,
      config: testConfig({
        server: { host: "127.0.0.1", port: 0 },
        timeStamping: { serveTsa: true, tsaRequestsPerMinute: 1000 },
        logging: { level: "silent" },
      }),
      logger: createLogger("silent"),
    });
  });

  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  it("time-stamps a PDF signature through the external stamper pointed at the app's own /tsa", async () => {
    const agency = await insertTestAgency(t.db, { code: "TSA-HTTP", nameEn: "Stamped Agency" });
    const timeStamper = documentTimeStamper({
      config: testConfig({ timeStamping: { documents: `${server.url}/tsa` } }),
      db: t.db,
      secrets: t.secrets,
    });
    const pdf = await signPdf({
      pdf: await renderDocumentPdf(samplePermit()),
      signer: await agencyDocumentSigner({ db: t.db, secrets: t.secrets, agency }),
      ...(timeStamper ? { timeStamper } : {}),
    });
    expect(runPdfTool("pdfsig", pdf)).toContain("Signature Validation: Signature is Valid.");
    expect(await checkPdfSignature(pdf)).toMatchObject({ isValid: true, hasTimeStamp: true });
    const text = Buffer.from(pdf).toString("latin1");
    const [, firstLength, secondStart] = /\/ByteRange\s*\[\s*\d+\s+(\d+)\s+(\d+)/
      .exec(text)!
      .map(Number) as [number, number, number];
    const signature = Buffer.from(text.slice(firstLength + 1, secondStart - 1), "hex");
    const authority = await ensureTimeStampingAuthority({ db: t.db, secrets: t.secrets });
    expect(readSignatureTimeStamp(new Uint8Array(signature))?.signerCertificateDer).toEqual(
      authority.certificateDer,
    );
  });

  it("answers an openssl query over the network with a reply openssl verifies against /pki/root.pem", async () => {
    const rootPem = await (await fetch(`${server.url}/pki/root.pem`)).text();
    const outcome = await opensslRoundTrip(async (request) => {
      const response = await fetch(`${server.url}/tsa`, {
        method: "POST",
        headers: query,
        body: new Uint8Array(request),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/timestamp-reply");
      return new Uint8Array(await response.arrayBuffer());
    }, rootPem).verify();
    expect(outcome.output).toContain("Verification: OK");
  });

  it("answers junk with a rejection, another type with a problem and too much with 413", async () => {
    const junk = await t.app.request("/tsa", { method: "POST", headers: query, body: "junk" });
    expect(junk.status).toBe(200);
    expect(junk.headers.get("content-type")).toBe("application/timestamp-reply");
    expect(statusOf(await junk.arrayBuffer()).status).toBe(2);

    const empty = await t.app.request("/tsa", { method: "POST", headers: query });
    expect(statusOf(await empty.arrayBuffer()).status).toBe(2);

    // Another type of body is refused with a problem, whether or not the poster has a session.
    for (const contentType of ["application/json", "application/x-www-form-urlencoded"]) {
      const wrong = await t.app.request("/tsa", {
        method: "POST",
        headers: { "content-type": contentType },
        body: "{}",
      });
      expect([400, 403]).toContain(wrong.status);
      expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    }

    const large = await t.app.request("/tsa", {
      method: "POST",
      headers: query,
      body: new Uint8Array(MAX_TIME_STAMP_QUERY_BYTES + 1),
    });
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({ code: "payload_too_large" });
  });

  it("is not there unless the deployment offers it, and limits each client's rate", async () => {
    const closed = await createTestApp({ db: t.db });
    const response = await closed.app.request("/tsa", {
      method: "POST",
      headers: query,
      body: "junk",
    });
    expect(response.status).toBe(404);

    const limited = await createTestApp({
      db: t.db,
      config: { timeStamping: { serveTsa: true, tsaRequestsPerMinute: 2 } },
    });
    await t.db.query("delete from rate_limit_buckets where key like 'tsa:%'");
    // One instant for all three, so they fall in one window of the limiter.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-24T05:00:10Z"));
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const answer = await limited.app.request("/tsa", {
          method: "POST",
          headers: query,
          body: "junk",
        });
        statuses.push(answer.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      vi.useRealTimers();
    }
  });
});
