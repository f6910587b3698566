import { createHash, randomBytes } from "node:crypto";

import { TEST_SECRET_KEY } from "@test/support/app";
import { createTestDatabase, testDatabaseKind } from "@test/support/database";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { isAppError } from "@/core/errors";

import { appendToTransparencyLog } from "./append-to-transparency-log";
import { checkLogInclusion } from "./check-inclusion";
import { entryLeafHash, type TransparencyLogEntry } from "./log-entry";
import {
  fromHex,
  hashLeaf,
  rootOfLeafHashes,
  toHex,
  verifyConsistencyProof,
  verifyInclusionProof,
} from "./merkle";
import { getConsistencyProof, getInclusionProof } from "./read-transparency-log";
import { currentSignedTreeHead, type SignedTreeHead } from "./signed-tree-head";
import { loadTestLog } from "./test-log";

const secrets = new SecretBox(TEST_SECRET_KEY);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let issued = 0;
function newEntry(): TransparencyLogEntry {
  issued += 1;
  return {
    documentId: newId(),
    documentSha256: sha256(randomBytes(16)),
    credentialSha256: sha256(randomBytes(16)),
    issuedAt: new Date(Date.UTC(2026, 10, 24, 9, 0, 0, issued)),
  };
}

describe("the transparency log", () => {
  let db: Database;
  let agency: TestAgency;
  let other: TestAgency;
  const entries: TransparencyLogEntry[] = [];
  const heads: SignedTreeHead[] = [];

  const append = (entry: TransparencyLogEntry, agencyId = agency.id) =>
    withinAgency(db, agencyId, (scope) => appendToTransparencyLog(scope, entry));

  beforeAll(async () => {
    db = await createTestDatabase();
    agency = await insertTestAgency(db, { code: "TLOG" });
    other = await insertTestAgency(db, { code: "TLOG-OTHER" });
  });
  afterAll(() => db.close());

  it("appends documents in order; the signed head's root is the Merkle tree hash of their entries", async () => {
    heads.push(await currentSignedTreeHead({ db, secrets, agencyId: agency.id }));
    expect(heads[0]).toMatchObject({ agency: "TLOG", treeSize: 0 });
    expect(heads[0]!.sha256RootHash).toBe(toHex(rootOfLeafHashes([])));
    for (let i = 0; i < 21; i++) {
      const entry = newEntry();
      entries.push(entry);
      expect(await append(entry)).toEqual({ leafIndex: i });
      if (i % 5 === 2)
        heads.push(await currentSignedTreeHead({ db, secrets, agencyId: agency.id }));
    }
    const head = await currentSignedTreeHead({ db, secrets, agencyId: agency.id });
    heads.push(head);
    expect(head.treeSize).toBe(21);
    expect(head.sha256RootHash).toBe(toHex(rootOfLeafHashes(entries.map(entryLeafHash))));
  });

  it("proves every entry's inclusion in every head that has it", async () => {
    const failures: string[] = [];
    for (const head of heads) {
      for (let leafIndex = 0; leafIndex < head.treeSize; leafIndex++) {
        const proof = await getInclusionProof({
          db,
          secrets,
          agencyId: agency.id,
          leaf: { leafIndex },
          treeSize: head.treeSize,
        });
        const isIncluded = verifyInclusionProof({
          leafIndex,
          treeSize: head.treeSize,
          leafHash: entryLeafHash(entries[leafIndex]!),
          proof: proof.inclusionPath.map(fromHex),
          rootHash: fromHex(head.sha256RootHash),
        });
        if (!isIncluded) failures.push(`${leafIndex} in ${head.treeSize}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("proves every head consistent with every earlier one", async () => {
    const failures: string[] = [];
    for (const older of heads) {
      for (const newer of heads.filter((head) => head.treeSize >= older.treeSize)) {
        const proof = await getConsistencyProof({
          db,
          agencyId: agency.id,
          first: older.treeSize,
          second: newer.treeSize,
        });
        const isConsistent = verifyConsistencyProof({
          firstSize: older.treeSize,
          secondSize: newer.treeSize,
          firstRootHash: fromHex(older.sha256RootHash),
          secondRootHash: fromHex(newer.sha256RootHash),
          proof: proof.consistencyPath.map(fromHex),
        });
        if (!isConsistent) failures.push(`${older.treeSize} to ${newer.treeSize}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("signs one head per size: the same head until the log grows", async () => {
    const again = await currentSignedTreeHead({ db, secrets, agencyId: agency.id });
    expect(again).toEqual(heads.at(-1));
    await append(newEntry());
    const grown = await currentSignedTreeHead({ db, secrets, agencyId: agency.id });
    expect(grown.treeSize).toBe(22);
    expect(grown.signature).not.toBe(again.signature);
  });

  it("answers a retried append with the leaf it has and refuses the same document with other hashes", async () => {
    const entry = entries[3]!;
    expect(await append({ ...entry, documentId: entry.documentId.toUpperCase() })).toEqual({
      leafIndex: 3,
    });
    const error = await append({ ...entry, documentSha256: sha256(Uint8Array.of(1)) }).catch(
      (caught: unknown) => caught,
    );
    expect(isAppError(error) && error.code).toBe("conflict");
    const head = await currentSignedTreeHead({ db, secrets, agencyId: agency.id });
    expect(head.treeSize).toBe(22);
  });

  it("refuses an entry whose hashes are not SHA-256 hex, and logs nothing", async () => {
    await expect(append({ ...newEntry(), documentSha256: "ABC" })).rejects.toThrow();
    expect((await currentSignedTreeHead({ db, secrets, agencyId: agency.id })).treeSize).toBe(22);
  });

  it("keeps each agency's log apart, each counting from zero", async () => {
    expect(await append(newEntry(), other.id)).toEqual({ leafIndex: 0 });
    const head = await currentSignedTreeHead({ db, secrets, agencyId: other.id });
    expect(head).toMatchObject({ agency: "TLOG-OTHER", treeSize: 1 });
    const leakedLeaves = await withinAgency(db, other.id, async (scope) => {
      const { rows } = await scope.tx.query<{ count: number }>(
        "select count(*)::int as count from transparency_log_leaves",
      );
      return rows[0]!.count;
    });
    // Row-level security applies to PostgreSQL's non-superuser role; PGlite runs as a superuser.
    if (testDatabaseKind === "postgres") expect(leakedLeaves).toBe(1);
  });

  it("gives concurrent appends distinct, gapless indexes", async () => {
    const fresh = await insertTestAgency(db, { code: "TLOG-BUSY" });
    const batch = Array.from({ length: 12 }, newEntry);
    const results = await Promise.all(batch.map((entry) => append(entry, fresh.id)));
    expect(results.map((result) => result.leafIndex).sort((a, b) => a - b)).toEqual(
      batch.map((_, i) => i),
    );
    // The root is over the entries in the order their indexes say.
    const ordered: Uint8Array[] = [];
    results.forEach((result, i) => (ordered[result.leafIndex] = entryLeafHash(batch[i]!)));
    const head = await currentSignedTreeHead({ db, secrets, agencyId: fresh.id });
    expect(head.sha256RootHash).toBe(toHex(rootOfLeafHashes(ordered)));
  });

  it.runIf(testDatabaseKind === "postgres")(
    "makes a second transaction wait for the first one's append, then gives it the next index",
    async () => {
      const fresh = await insertTestAgency(db, { code: "TLOG-RACE" });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let appended!: () => void;
      const firstAppended = new Promise<void>((resolve) => (appended = resolve));
      const first = withinAgency(db, fresh.id, async (scope) => {
        const result = await appendToTransparencyLog(scope, newEntry());
        appended();
        await held;
        return result;
      });
      await firstAppended;
      const second = append(newEntry(), fresh.id);
      // The second transaction is now blocked on the head row's lock.
      await vi.waitFor(
        async () => {
          const { rows } = await db.query<{ waiting: number }>(
            `select count(*)::int as waiting from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock'`,
          );
          expect(rows[0]!.waiting).toBe(1);
        },
        { timeout: 10_000, interval: 20 },
      );
      release();
      expect(await first).toEqual({ leafIndex: 0 });
      expect(await second).toEqual({ leafIndex: 1 });
    },
  );

  it("checks a document's inclusion as an auditor would, and notices a changed subtree", async () => {
    const entry = entries[17]!;
    const check = () =>
      checkLogInclusion({ db, secrets, agencyId: agency.id, sha256: entry.credentialSha256 });
    expect(await check()).toMatchObject({ isIncluded: true, leafIndex: 17 });
    expect(
      await checkLogInclusion({ db, secrets, agencyId: agency.id, sha256: "ab".repeat(32) }),
    ).toEqual({ isIncluded: false, reason: "not_logged" });
    // A stored subtree on leaf 17's path (leaves 0-15) quietly rewritten.
    await withinAgency(db, agency.id, (scope) =>
      scope.tx.query(
        `update transparency_log_nodes set hash = $2 where agency_id = $1 and level = 4 and node_index = 0`,
        [scope.agencyId, Buffer.alloc(32, 7)],
      ),
    );
    expect(await check()).toEqual({ isIncluded: false, reason: "proof_failed" });
  });

  it("cannot hide a replaced entry: the rewritten log is not consistent with the old head", async () => {
    const rewritten = await insertTestAgency(db, { code: "TLOG-REWRITE" });
    const original = Array.from({ length: 10 }, newEntry);
    await loadTestLog({ db, agencyId: rewritten.id, entries: original });
    const before = await currentSignedTreeHead({ db, secrets, agencyId: rewritten.id });
    // History rewritten in full (leaves, subtrees, head row): entry 3 replaced, one more added.
    await withinAgency(db, rewritten.id, async (scope) => {
      for (const table of [
        "transparency_log_leaves",
        "transparency_log_nodes",
        "transparency_logs",
        "transparency_tree_heads",
      ]) {
        await scope.tx.query(`delete from ${table} where agency_id = $1`, [scope.agencyId]);
      }
    });
    const replaced = original.map((entry, i) => (i === 3 ? newEntry() : entry));
    await loadTestLog({ db, agencyId: rewritten.id, entries: [...replaced, newEntry()] });
    const after = await currentSignedTreeHead({ db, secrets, agencyId: rewritten.id });
    const proof = await getConsistencyProof({
      db,
      agencyId: rewritten.id,
      first: before.treeSize,
      second: after.treeSize,
    });
    const isConsistent = (firstRootHash: string) =>
      verifyConsistencyProof({
        firstSize: before.treeSize,
        secondSize: after.treeSize,
        firstRootHash: fromHex(firstRootHash),
        secondRootHash: fromHex(after.sha256RootHash),
        proof: proof.consistencyPath.map(fromHex),
      });
    expect(isConsistent(before.sha256RootHash)).toBe(false);
    // The same proof does show the rewritten log consistent with its own past.
    expect(isConsistent(toHex(rootOfLeafHashes(replaced.map(entryLeafHash))))).toBe(true);
  });

  it("hashes a leaf as SHA-256 of 0x00 and the entry's JSON, keys in a fixed order", () => {
    const entry = entries[0]!;
    const json = `{"documentId":"${entry.documentId}","documentSha256":"${entry.documentSha256}","credentialSha256":"${entry.credentialSha256}","issuedAt":"${entry.issuedAt.toISOString()}"}`;
    const expected = createHash("sha256")
      .update(Buffer.concat([Buffer.of(0), Buffer.from(json)]))
      .digest("hex");
    expect(toHex(entryLeafHash(entry))).toBe(expected);
    expect(toHex(hashLeaf(new TextEncoder().encode(json)))).toBe(expected);
  });
});
