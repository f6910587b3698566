import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { testConfig } from "@test/support/app";
import { createTestDatabase } from "@test/support/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";

import { SecretBox } from "../secrets";
import type { SignatureTimeStamper } from "./cades-signature";
import { PRATU_TIME_STAMP_POLICY } from "./time-stamp-protocol";
import { createTimeStampResponse } from "./time-stamp-response";
import { readTimeStampToken, TimeStampError } from "./time-stamp-token";
import { createHttpTimeStamper, documentTimeStamper } from "./time-stampers";
import { ensureTimeStampingAuthority } from "./time-stamping-authority";

type Behaviour = (request: Uint8Array, response: ServerResponse) => Promise<void> | void;

/** A stand-in TSA on loopback whose behaviour each test sets. */
async function startFakeTsa(): Promise<{
  url: string;
  behave: (behaviour: Behaviour) => void;
  requests: { contentType: string | undefined; body: Uint8Array }[];
  close: () => Promise<void>;
}> {
  let behaviour: Behaviour = (_request, response) => {
    response.end();
  };
  const requests: { contentType: string | undefined; body: Uint8Array }[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = new Uint8Array(Buffer.concat(chunks));
      requests.push({ contentType: request.headers["content-type"], body });
      void Promise.resolve(behaviour(body, response));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    behave: (next) => {
      behaviour = next;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const imprint = new Uint8Array(createHash("sha256").update("a signature value").digest());

async function refusalOf(stamper: SignatureTimeStamper): Promise<string> {
  try {
    await stamper.timeStamp(imprint);
    return "accepted";
  } catch (error) {
    return error instanceof TimeStampError ? error.reason : String(error);
  }
}

describe("time stampers for document signatures", () => {
  let db: Database;
  const secrets = new SecretBox("time-stampers-test-secret");
  let tsa: Awaited<ReturnType<typeof startFakeTsa>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    tsa = await startFakeTsa();
  });

  afterAll(async () => {
    await tsa.close();
    await db.close();
  });

  const reply = (body: Uint8Array, contentType = "application/timestamp-reply", status = 200) =>
    ((_request: Uint8Array, response: ServerResponse) => {
      response.writeHead(status, { "Content-Type": contentType });
      response.end(body);
    }) satisfies Behaviour;

  it("stamps with the built-in authority by default, in process, and not at all when off", async () => {
    const config = testConfig();
    expect(config.timeStamping.documents).toBe("built-in");
    const stamper = documentTimeStamper({ config, db, secrets });
    const token = await stamper!.timeStamp(imprint);
    const info = readTimeStampToken(token);
    expect(info.messageImprint).toEqual(imprint);
    expect(info.policy).toBe(PRATU_TIME_STAMP_POLICY);
    const authority = await ensureTimeStampingAuthority({ db, secrets });
    expect(info.signerCertificateDer).toEqual(authority.certificateDer);
    expect(tsa.requests).toHaveLength(0);

    const off = testConfig({ timeStamping: { documents: "off" } });
    expect(documentTimeStamper({ config: off, db, secrets })).toBeUndefined();
  });

  it("posts a time-stamp query to an external authority and takes its token", async () => {
    const authority = await ensureTimeStampingAuthority({ db, secrets });
    tsa.behave(async (request, response) => {
      const answer = await createTimeStampResponse({ authority, request });
      response.writeHead(200, { "Content-Type": "application/timestamp-reply" });
      response.end(answer);
    });
    const config = testConfig({ timeStamping: { documents: tsa.url, timeoutSeconds: 5 } });
    const token = await documentTimeStamper({ config, db, secrets })!.timeStamp(imprint);
    expect(readTimeStampToken(token).messageImprint).toEqual(imprint);
    expect(tsa.requests.at(-1)?.contentType).toBe("application/timestamp-query");
  });

  it("refuses an authority that answers junk, the wrong type, an error, too much, late or for another request", async () => {
    const authority = await ensureTimeStampingAuthority({ db, secrets });
    const stamper = createHttpTimeStamper({ url: tsa.url, timeoutMs: 2_000 });

    tsa.behave(reply(new TextEncoder().encode("<html>hello</html>")));
    expect(await refusalOf(stamper)).toBe("malformed");

    tsa.behave(async (request, response) => {
      const answer = await createTimeStampResponse({ authority, request });
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end(answer);
    });
    expect(await refusalOf(stamper)).toBe("wrong_content_type");

    tsa.behave(reply(new Uint8Array(), "application/timestamp-reply", 503));
    expect(await refusalOf(stamper)).toBe("unavailable");

    tsa.behave(reply(new Uint8Array(300 * 1024)));
    expect(await refusalOf(stamper)).toBe("too_large");

    // A replay: a genuine answer, but to an earlier request (another nonce).
    const earlier = tsa.requests.at(-1)!.body;
    const replayed = await createTimeStampResponse({ authority, request: earlier });
    tsa.behave(reply(replayed));
    expect(await refusalOf(stamper)).toBe("nonce_mismatch");

    tsa.behave(async (_request, response) => {
      const answer = await createTimeStampResponse({ authority, request: new Uint8Array([1]) });
      response.writeHead(200, { "Content-Type": "application/timestamp-reply" });
      response.end(answer);
    });
    expect(await refusalOf(stamper)).toBe("rejected");

    // An authority that never answers is given up on at the timeout.
    tsa.behave(() => undefined);
    const impatient = createHttpTimeStamper({ url: tsa.url, timeoutMs: 200 });
    expect(await refusalOf(impatient)).toBe("unavailable");

    const nobody = createHttpTimeStamper({ url: "http://127.0.0.1:9/tsa", timeoutMs: 2_000 });
    expect(await refusalOf(nobody)).toBe("unavailable");
  });
});
