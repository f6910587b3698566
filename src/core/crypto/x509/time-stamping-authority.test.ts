import { execFileSync, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createTestDatabase } from "@test/support/database";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";

import { SecretBox } from "../secrets";
import {
  derToPem,
  timeStampingKeyPurpose,
  toArrayBuffer,
  verifyCertificateChain,
} from "./certificates";
import { ensurePlatformRootCertificateAuthority } from "./platform-root-ca";
import {
  createTimeStampRequest,
  failureOf,
  PRATU_TIME_STAMP_POLICY,
  timeStampOids,
} from "./time-stamp-protocol";
import { createTimeStampResponse } from "./time-stamp-response";
import { readTimeStampResponse, readTimeStampToken, TimeStampError } from "./time-stamp-token";
import { ensureTimeStampingAuthority, type TimeStampingAuthority } from "./time-stamping-authority";

/** Runs openssl in a scratch directory holding the given files; answers its output and the files it wrote. */
function openssl(
  files: Record<string, Uint8Array | string>,
  args: string[],
  produces: string[] = [],
) {
  const directory = mkdtempSync(join(tmpdir(), "pratu-tsa-"));
  try {
    for (const [name, content] of Object.entries(files))
      writeFileSync(join(directory, name), content);
    const run = spawnSync("openssl", args, { cwd: directory, encoding: "utf8" });
    const produced = new Map(
      produces
        .filter((name) => existsSync(join(directory, name)))
        .map((name) => [name, new Uint8Array(readFileSync(join(directory, name)))]),
    );
    return { status: run.status, output: `${run.stdout}${run.stderr}`, produced };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function statusOf(response: Uint8Array) {
  const parsed = pkijs.TimeStampResp.fromBER(toArrayBuffer(response));
  return {
    status: parsed.status.status,
    failure: failureOf(parsed.status.failInfo),
    hasToken: parsed.timeStampToken !== undefined,
  };
}

/** A request written by hand, for the shapes openssl will not write. */
function handMadeRequest(options: {
  version?: number;
  algorithm?: string;
  digest?: Uint8Array;
  policy?: string;
  withExtension?: boolean;
}): Uint8Array {
  const request = new pkijs.TimeStampReq({
    version: options.version ?? 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: options.algorithm ?? timeStampOids.sha256,
      }),
      hashedMessage: new asn1js.OctetString({
        valueHex: toArrayBuffer(options.digest ?? randomBytes(32)),
      }),
    }),
    ...(options.policy ? { reqPolicy: options.policy } : {}),
    ...(options.withExtension
      ? {
          extensions: [
            new pkijs.Extension({
              extnID: "1.2.3.4",
              critical: false,
              extnValue: new asn1js.Null().toBER(false),
            }),
          ],
        }
      : {}),
  });
  return new Uint8Array(request.toSchema().toBER(false));
}

describe("the built-in time-stamping authority", () => {
  let db: Database;
  const secrets = new SecretBox("time-stamping-test-secret");
  let authority: TimeStampingAuthority;
  let rootPem: string;
  let scratch: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    authority = await ensureTimeStampingAuthority({ db, secrets });
    rootPem = (await ensurePlatformRootCertificateAuthority({ db, secrets })).certificatePem;
    scratch = mkdtempSync(join(tmpdir(), "pratu-tsa-"));
  });

  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await db.close();
  });

  it("has a certificate from the platform root for time-stamping only, critical, and a sealed key", async () => {
    const again = await ensureTimeStampingAuthority({ db, secrets });
    expect(again.id).toBe(authority.id);
    const root = await ensurePlatformRootCertificateAuthority({ db, secrets });
    expect(authority.chainDers).toEqual([root.certificateDer]);
    expect(
      await verifyCertificateChain({
        certificate: authority.certificateDer,
        trustedRoots: [root.certificateDer],
      }),
    ).toEqual({ isValid: true });
    const printed = openssl({ "tsa.pem": derToPem(authority.certificateDer, "CERTIFICATE") }, [
      "x509",
      "-in",
      "tsa.pem",
      "-noout",
      "-text",
    ]).output;
    expect(printed).toMatch(/X509v3 Extended Key Usage: critical\s+Time Stamping\s*\n/);
    expect(printed).toContain("CN = Pratu Time-Stamping Authority");
    expect(timeStampingKeyPurpose).toBe("1.3.6.1.5.5.7.3.8");

    const { rows } = await db.query<{ private_key_sealed: string }>(
      "select private_key_sealed from time_stamping_authorities",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.private_key_sealed).not.toContain("PRIVATE KEY");
    expect(secrets.open(rows[0]!.private_key_sealed)).toContain("BEGIN PRIVATE KEY");
    const { rows: audit } = await db.query<{ action: string }>(
      "select action from audit_log where target_id = $1",
      [authority.id],
    );
    expect(audit.map((row) => row.action)).toEqual(["time_stamping_authority.created"]);
  });

  it("answers an openssl request with a token openssl verifies against the platform root", async () => {
    const data = "ใบอนุญาตเลขที่ PTW-2569-000123";
    const query = openssl(
      { "data.txt": data },
      ["ts", "-query", "-data", "data.txt", "-sha256", "-cert", "-out", "request.tsq"],
      ["request.tsq"],
    );
    expect(query.status).toBe(0);
    const request = query.produced.get("request.tsq")!;
    const genTime = new Date("2026-11-24T04:05:06.789Z");
    const response = await createTimeStampResponse({ authority, request, now: genTime });

    const files = {
      "request.tsq": request,
      "reply.tsr": response,
      "root.pem": rootPem,
      "data.txt": data,
    };
    const verified = openssl(files, [
      "ts",
      "-verify",
      "-queryfile",
      "request.tsq",
      "-in",
      "reply.tsr",
      "-CAfile",
      "root.pem",
    ]);
    expect(verified.output).toContain("Verification: OK");
    expect(verified.status).toBe(0);
    const againstData = openssl(files, [
      "ts",
      "-verify",
      "-data",
      "data.txt",
      "-in",
      "reply.tsr",
      "-CAfile",
      "root.pem",
    ]);
    expect(againstData.output).toContain("Verification: OK");

    const printed = openssl(files, ["ts", "-reply", "-in", "reply.tsr", "-text"]).output;
    expect(printed).toContain("Status: Granted.");
    expect(printed).toContain(`Policy OID: ${PRATU_TIME_STAMP_POLICY}`);
    expect(printed).toContain("Time stamp: Nov 24 04:05:06.789 2026 GMT");
    expect(printed).toContain("Accuracy: 0x01 seconds, unspecified millis, unspecified micros");
    expect(printed).toMatch(
      /TSA: DirName:\/C=TH\/O=Pratu\/serialNumber=[0-9a-f]{16}\/CN=Pratu Time-Stamping Authority/,
    );
    const requestText = openssl(files, ["ts", "-query", "-in", "request.tsq", "-text"]).output;
    const nonce = /Nonce: (0x[0-9A-F]+)/.exec(requestText)?.[1];
    expect(nonce).toBeDefined();
    expect(printed).toContain(`Nonce: ${nonce}`);

    const otherData = openssl({ ...files, "data.txt": `${data}!` }, [
      "ts",
      "-verify",
      "-data",
      "data.txt",
      "-in",
      "reply.tsr",
      "-CAfile",
      "root.pem",
    ]);
    expect(otherData.status).not.toBe(0);
    expect(otherData.output).toContain("message imprint mismatch");
  });

  it("carries its certificates only when the request asks for them (certReq)", async () => {
    const imprint = createHash("sha256").update("without certificates").digest();
    const withoutCertificates = handMadeRequest({ digest: imprint });
    const response = await createTimeStampResponse({ authority, request: withoutCertificates });
    expect(statusOf(response)).toMatchObject({ status: 0, hasToken: true });
    const token = pkijs.TimeStampResp.fromBER(toArrayBuffer(response)).timeStampToken!;
    expect(new pkijs.SignedData({ schema: token.content }).certificates).toBeUndefined();
    const verified = openssl(
      {
        "reply.tsr": response,
        "root.pem": rootPem,
        "tsa.pem": derToPem(authority.certificateDer, "CERTIFICATE"),
      },
      [
        "ts",
        "-verify",
        "-digest",
        imprint.toString("hex"),
        "-in",
        "reply.tsr",
        "-CAfile",
        "root.pem",
        "-untrusted",
        "tsa.pem",
      ],
    );
    expect(verified.output).toContain("Verification: OK");

    const { der, nonce } = createTimeStampRequest({ messageImprint: new Uint8Array(imprint) });
    const withCertificates = await createTimeStampResponse({ authority, request: der });
    const { info } = readTimeStampResponse({
      response: withCertificates,
      messageImprint: new Uint8Array(imprint),
      nonce,
    });
    expect(info.certificateDers).toEqual([authority.certificateDer, ...authority.chainDers]);
    expect(info.signerCertificateDer).toEqual(authority.certificateDer);
    expect(info.policy).toBe(PRATU_TIME_STAMP_POLICY);
  });

  it("rejects what it cannot stamp with status rejection and the reason, never an exception", async () => {
    const cases: [string, Uint8Array, string][] = [
      ["no bytes", new Uint8Array(), "badDataFormat"],
      ["junk", new TextEncoder().encode("not a time-stamp request"), "badDataFormat"],
      [
        "a request with trailing bytes",
        new Uint8Array([...handMadeRequest({}), 0, 0]),
        "badDataFormat",
      ],
      [
        "another DER structure",
        new Uint8Array(new asn1js.Sequence().toBER(false)),
        "badDataFormat",
      ],
      ["version 2", handMadeRequest({ version: 2 }), "badRequest"],
      ["SHA-1", handMadeRequest({ algorithm: "1.3.14.3.2.26", digest: randomBytes(20) }), "badAlg"],
      [
        "a digest of the wrong length",
        handMadeRequest({ digest: randomBytes(20) }),
        "badDataFormat",
      ],
      ["another policy", handMadeRequest({ policy: "1.2.3.4.5" }), "unacceptedPolicy"],
      ["an extension", handMadeRequest({ withExtension: true }), "unacceptedExtension"],
    ];
    for (const [label, request, failure] of cases) {
      const response = await createTimeStampResponse({ authority, request });
      expect({ label, ...statusOf(response) }).toEqual({
        label,
        status: 2,
        failure,
        hasToken: false,
      });
    }
    const accepted = await createTimeStampResponse({
      authority,
      request: handMadeRequest({ policy: PRATU_TIME_STAMP_POLICY }),
    });
    expect(statusOf(accepted).status).toBe(0);
    writeFileSync(
      join(scratch, "rejected.tsr"),
      await createTimeStampResponse({ authority, request: new Uint8Array([1, 2, 3]) }),
    );
    const printed = execFileSync(
      "openssl",
      ["ts", "-reply", "-in", join(scratch, "rejected.tsr"), "-text"],
      {
        encoding: "utf8",
      },
    );
    expect(printed).toContain("Status: Rejected.");
    // openssl reads the failInfo bit itself: bit 5, badDataFormat.
    expect(printed).toContain("Failure info: the data submitted has the wrong format");
  });

  it("refuses, as a client, an answer for another digest or nonce, or with a broken signature", async () => {
    const imprint = new Uint8Array(createHash("sha256").update("the signature").digest());
    const asked = createTimeStampRequest({ messageImprint: imprint });
    const response = await createTimeStampResponse({ authority, request: asked.der });
    const refusal = (run: () => unknown) => {
      try {
        run();
        return "accepted";
      } catch (error) {
        return error instanceof TimeStampError ? error.reason : String(error);
      }
    };
    expect(
      refusal(() =>
        readTimeStampResponse({ response, messageImprint: imprint, nonce: asked.nonce }),
      ),
    ).toBe("accepted");
    const otherImprint = imprint.slice();
    otherImprint[0]! ^= 1;
    expect(
      refusal(() =>
        readTimeStampResponse({ response, messageImprint: otherImprint, nonce: asked.nonce }),
      ),
    ).toBe("imprint_mismatch");
    expect(
      refusal(() =>
        readTimeStampResponse({
          response,
          messageImprint: imprint,
          nonce: createTimeStampRequest({ messageImprint: imprint }).nonce,
        }),
      ),
    ).toBe("nonce_mismatch");
    const { token } = readTimeStampResponse({
      response,
      messageImprint: imprint,
      nonce: asked.nonce,
    });
    const tampered = token.slice();
    // The last bytes are the signature value.
    tampered[tampered.length - 3]! ^= 1;
    expect(refusal(() => readTimeStampToken(tampered))).toBe("bad_signature");
    expect(refusal(() => readTimeStampToken(new Uint8Array([0x30, 0x00])))).toBe("malformed");
    const rejected = await createTimeStampResponse({ authority, request: new Uint8Array([5]) });
    expect(
      refusal(() =>
        readTimeStampResponse({ response: rejected, messageImprint: imprint, nonce: asked.nonce }),
      ),
    ).toBe("rejected");
  });
});
