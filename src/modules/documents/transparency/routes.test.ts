import { createHash, createPublicKey, randomBytes, verify } from "node:crypto";

import { createTestApp, type TestApp } from "@test/support/app";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import type { JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";

import { appendToTransparencyLog } from "./append-to-transparency-log";
import type { TransparencyLogEntry } from "./log-entry";
import { fromHex, verifyConsistencyProof, verifyInclusionProof } from "./merkle";
import { MAX_ENTRIES_PER_PAGE, type PublishedEntry } from "./read-transparency-log";
import { type SignedTreeHead, verifySignedTreeHead } from "./signed-tree-head";
import { loadTestLog } from "./test-log";

type ServedHead = SignedTreeHead & { keys: string };
interface Problem {
  status: number;
  code: string;
  messages: { th: string; en: string };
  errors?: { field: string; code: string; messages: { th: string; en: string } }[];
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const newEntry = (_: unknown, i: number): TransparencyLogEntry => ({
  documentId: newId(),
  documentSha256: sha256(randomBytes(8)),
  credentialSha256: sha256(randomBytes(8)),
  issuedAt: new Date(Date.UTC(2026, 10, 24, 10, 0, 0, i)),
});

describe("the public transparency endpoints", () => {
  let t: TestApp;
  let agency: TestAgency;
  const entries: TransparencyLogEntry[] = [];

  const get = async <Body>(path: string): Promise<{ status: number; body: Body }> => {
    const response = await t.app.request(path);
    return { status: response.status, body: (await response.json()) as Body };
  };
  const base = () => `/api/v1/agencies/${agency.code}/transparency`;
  const treeHead = async () => (await get<ServedHead>(`${base()}/tree-head`)).body;
  const publishedKeys = async () =>
    (await get<{ keys: JWK[] }>(`/api/v1/agencies/${agency.code}/signing-keys`)).body.keys;

  async function appendMany(count: number): Promise<void> {
    await withinAgency(t.db, agency.id, async (scope) => {
      for (let i = 0; i < count; i++) {
        const entry = newEntry(null, entries.length);
        entries.push(entry);
        await appendToTransparencyLog(scope, entry);
      }
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    agency = await insertTestAgency(t.db, { code: "TLOG-API" });
    await appendMany(13);
  });
  afterAll(() => t.close());

  it("serves a tree head that verifies with the agency's published key and fails when altered", async () => {
    const head = await treeHead();
    expect(head).toMatchObject({
      agency: "TLOG-API",
      treeSize: 13,
      keys: "/api/v1/agencies/TLOG-API/signing-keys",
    });
    const keys = await publishedKeys();
    expect(await verifySignedTreeHead({ treeHead: head, keys })).toMatchObject({ isValid: true });

    const [header, payload, signature] = head.signature.split(".") as [string, string, string];
    const flippedSignature = Buffer.from(signature, "base64url");
    flippedSignature[5] = flippedSignature[5]! ^ 0x01;
    const otherRoot = "0".repeat(64);
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), treeSize: 14 }),
    ).toString("base64url");
    const reasons = await Promise.all(
      [
        { ...head, sha256RootHash: otherRoot },
        { ...head, treeSize: 12 },
        { ...head, signature: `${header}.${payload}.${flippedSignature.toString("base64url")}` },
        { ...head, treeSize: 14, signature: `${header}.${forgedPayload}.${signature}` },
        { ...head, signature: "not a jws" },
      ].map(async (treeHead) => {
        const result = await verifySignedTreeHead({ treeHead, keys });
        return result.isValid ? "valid" : result.reason;
      }),
    );
    expect(reasons).toEqual([
      "fields_differ",
      "fields_differ",
      "bad_signature",
      "bad_signature",
      "malformed",
    ]);
    expect(await verifySignedTreeHead({ treeHead: head, keys: [] })).toEqual({
      isValid: false,
      reason: "unknown_key",
    });
  });

  it("can be audited with nothing but SHA-256 and ECDSA: entries, root and signature", async () => {
    const head = await treeHead();
    // Every entry, page by page, rehashed from its published fields.
    const leafHashes: Buffer[] = [];
    for (let start = 0; start < head.treeSize; start += 5) {
      const page = await get<{ entries: PublishedEntry[] }>(
        `${base()}/entries?start=${start}&end=${start + 4}`,
      );
      for (const entry of page.body.entries) {
        const json = JSON.stringify({
          documentId: entry.documentId,
          documentSha256: entry.documentSha256,
          credentialSha256: entry.credentialSha256,
          issuedAt: entry.issuedAt,
        });
        const leafHash = createHash("sha256").update(Buffer.of(0)).update(json).digest();
        expect(leafHash.toString("hex")).toBe(entry.leafHash);
        leafHashes.push(leafHash);
      }
    }
    expect(leafHashes).toHaveLength(13);
    const mth = (leaves: Buffer[]): Buffer => {
      if (leaves.length === 1) return leaves[0]!;
      let k = 1;
      while (k * 2 < leaves.length) k *= 2;
      return createHash("sha256")
        .update(Buffer.of(1))
        .update(mth(leaves.slice(0, k)))
        .update(mth(leaves.slice(k)))
        .digest();
    };
    expect(mth(leafHashes).toString("hex")).toBe(head.sha256RootHash);

    // The signature, checked with node:crypto and the published JWK alone.
    const [header, payload, signature] = head.signature.split(".") as [string, string, string];
    expect(JSON.parse(Buffer.from(header, "base64url").toString())).toMatchObject({
      alg: "ES256",
      typ: "pratu-tree-head+jws",
      kid: head.kid,
    });
    expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toEqual({
      agency: head.agency,
      treeSize: head.treeSize,
      timestamp: head.timestamp,
      sha256RootHash: head.sha256RootHash,
    });
    const jwk = (await publishedKeys()).find((key) => key.kid === head.kid)!;
    const key = createPublicKey({ key: jwk, format: "jwk" });
    const signed = Buffer.from(`${header}.${payload}`);
    const isValid = (bytes: Buffer) =>
      verify("sha256", signed, { key, dsaEncoding: "ieee-p1363" }, bytes);
    expect(isValid(Buffer.from(signature, "base64url"))).toBe(true);
    expect(
      isValid(
        Buffer.from(
          signature.replace(/^./, (c) => (c === "A" ? "B" : "A")),
          "base64url",
        ),
      ),
    ).toBe(false);
  });

  it("proves a document's inclusion by its hash against the current head", async () => {
    const entry = entries[9]!;
    for (const hash of [entry.documentSha256, entry.credentialSha256.toUpperCase()]) {
      const { status, body } = await get<{
        leafIndex: number;
        treeSize: number;
        inclusionPath: string[];
        entry: PublishedEntry;
        treeHead: ServedHead;
      }>(`${base()}/inclusion-proof?hash=${hash}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ leafIndex: 9, treeSize: 13 });
      expect(body.entry.documentId).toBe(entry.documentId);
      expect(
        await verifySignedTreeHead({ treeHead: body.treeHead, keys: await publishedKeys() }),
      ).toMatchObject({ isValid: true });
      const check = (path: string[]) =>
        verifyInclusionProof({
          leafIndex: body.leafIndex,
          treeSize: body.treeSize,
          leafHash: fromHex(body.entry.leafHash),
          proof: path.map(fromHex),
          rootHash: fromHex(body.treeHead.sha256RootHash),
        });
      expect(check(body.inclusionPath)).toBe(true);
      expect(check([...body.inclusionPath].reverse())).toBe(false);
    }
  });

  it("proves inclusion by index in an older head, and that the newer head extends it", async () => {
    const older = await treeHead();
    await appendMany(6);
    const newer = await treeHead();
    expect(newer.treeSize).toBe(older.treeSize + 6);

    const inclusion = await get<{ inclusionPath: string[]; entry: PublishedEntry }>(
      `${base()}/inclusion-proof?leafIndex=4&treeSize=${older.treeSize}`,
    );
    expect(inclusion.status).toBe(200);
    expect(inclusion.body).not.toHaveProperty("treeHead");
    expect(
      verifyInclusionProof({
        leafIndex: 4,
        treeSize: older.treeSize,
        leafHash: fromHex(inclusion.body.entry.leafHash),
        proof: inclusion.body.inclusionPath.map(fromHex),
        rootHash: fromHex(older.sha256RootHash),
      }),
    ).toBe(true);

    const consistency = await get<{ consistencyPath: string[] }>(
      `${base()}/consistency-proof?first=${older.treeSize}&second=${newer.treeSize}`,
    );
    expect(consistency.status).toBe(200);
    const check = (firstRootHash: string, secondRootHash: string) =>
      verifyConsistencyProof({
        firstSize: older.treeSize,
        secondSize: newer.treeSize,
        firstRootHash: fromHex(firstRootHash),
        secondRootHash: fromHex(secondRootHash),
        proof: consistency.body.consistencyPath.map(fromHex),
      });
    expect(check(older.sha256RootHash, newer.sha256RootHash)).toBe(true);
    expect(check(newer.sha256RootHash, older.sha256RootHash)).toBe(false);
  });

  it("pages entries: cut to the log's end and to at most 1000 at a time", async () => {
    const tail = await get<{ treeSize: number; entries: PublishedEntry[] }>(
      `${base()}/entries?start=15&end=500`,
    );
    expect(tail.status).toBe(200);
    expect(tail.body.entries.map((entry) => entry.leafIndex)).toEqual([15, 16, 17, 18]);
    expect(tail.body.entries[0]!.documentId).toBe(entries[15]!.documentId);

    const big = await insertTestAgency(t.db, { code: "TLOG-BIG" });
    const many = Array.from({ length: MAX_ENTRIES_PER_PAGE + 5 }, newEntry);
    await loadTestLog({ db: t.db, agencyId: big.id, entries: many });
    const full = await get<{ entries: PublishedEntry[] }>(
      `/api/v1/agencies/TLOG-BIG/transparency/entries?start=2&end=5000`,
    );
    expect(full.body.entries).toHaveLength(MAX_ENTRIES_PER_PAGE);
    expect(full.body.entries.at(-1)).toMatchObject({
      leafIndex: MAX_ENTRIES_PER_PAGE + 1,
      documentId: many[MAX_ENTRIES_PER_PAGE + 1]!.documentId,
    });
  });

  it("refuses bad parameters with a 400 problem in Thai and English", async () => {
    const known = entries[0]!.documentSha256;
    const cases: [string, string, string][] = [
      ["inclusion-proof?hash=xyz", "hash", "invalid"],
      ["inclusion-proof", "hash", "hash_or_leaf_index"],
      [`inclusion-proof?hash=${known}&leafIndex=0`, "hash", "hash_or_leaf_index"],
      ["inclusion-proof?leafIndex=-1", "leafIndex", "invalid"],
      ["inclusion-proof?leafIndex=0&treeSize=0", "treeSize", "too_small"],
      ["inclusion-proof?leafIndex=0&treeSize=999999", "treeSize", "beyond_log"],
      ["inclusion-proof?leafIndex=999999", "leafIndex", "not_found"],
      ["inclusion-proof?leafIndex=5&treeSize=3", "treeSize", "leaf_after_tree_size"],
      ["consistency-proof?first=1", "second", "invalid"],
      ["consistency-proof?first=1e3&second=5", "first", "invalid"],
      ["consistency-proof?first=5&second=3", "first", "after_second"],
      ["consistency-proof?first=1&second=999999", "second", "beyond_log"],
      ["entries?start=5&end=2", "start", "after_end"],
      ["entries?start=999999&end=1000000", "start", "beyond_log"],
      ["entries?start=0x1&end=3", "start", "invalid"],
    ];
    for (const [query, field, code] of cases) {
      const { status, body } = await get<Problem>(`${base()}/${query}`);
      expect({ query, status }).toEqual({ query, status: 400 });
      expect(body.code).toBe("validation_failed");
      const problem = body.errors?.find((error) => error.field === field);
      expect({ query, code: problem?.code }).toEqual({ query, code });
      expect(problem?.messages.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(problem?.messages.en).toMatch(/[a-z]/);
    }
  });

  it("describes the four endpoints in the OpenAPI document", async () => {
    const { body } = await get<{ paths: Record<string, { get?: { parameters?: unknown[] } }> }>(
      "/api/openapi.json",
    );
    for (const endpoint of ["tree-head", "inclusion-proof", "consistency-proof", "entries"]) {
      expect(body.paths[`/api/v1/agencies/{code}/transparency/${endpoint}`]?.get).toBeDefined();
    }
  });

  it("answers 404 for an unknown agency and for a hash the log does not hold", async () => {
    for (const path of [
      "tree-head",
      "inclusion-proof?leafIndex=0",
      "consistency-proof?first=0&second=0",
      "entries?start=0&end=1",
    ]) {
      const { status } = await get<Problem>(`/api/v1/agencies/NOPE-NONE/transparency/${path}`);
      expect({ path, status }).toEqual({ path, status: 404 });
    }
    const missing = await get<Problem>(`${base()}/inclusion-proof?hash=${"ab".repeat(32)}`);
    expect(missing.status).toBe(404);
    expect(missing.body.messages.th).toMatch(/[\u0E00-\u0E7F]/);
  });
});
