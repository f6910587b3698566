import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  appendToFrontier,
  consistencyProofRanges,
  EMPTY_ROOT_HASH,
  fromHex,
  hashChildren,
  hashLeaf,
  inclusionProofRanges,
  proofFromRanges,
  rootOfFrontier,
  rootOfLeafHashes,
  splitPoint,
  type SubtreeHashes,
  toHex,
  verifyConsistencyProof,
  verifyInclusionProof,
} from "./merkle";
import {
  CONSISTENCY_VECTORS,
  INCLUSION_VECTORS,
  LEAF_INPUTS,
  NODE_HASHES,
  ROOTS,
  SOME_HASH,
} from "./rfc6962-test-vectors";

const LEAF_HASHES = LEAF_INPUTS.map(hashLeaf);
const referenceTree = rangeRootsOf(LEAF_HASHES);

/** MTH(D[start:end]) of a tree, by the definition, remembered: properties ask for the same ranges often. */
function rangeRootsOf(leafHashes: readonly Uint8Array[]): RangeRoot {
  const remembered = new Map<string, Uint8Array>();
  const root: RangeRoot = (start, end) => {
    const key = `${start}:${end}`;
    let hash = remembered.get(key);
    if (!hash) {
      if (end > leafHashes.length) throw new Error("past the end of the tree");
      if (end - start <= 1) hash = end === start ? EMPTY_ROOT_HASH : leafHashes[start]!;
      else {
        const k = splitPoint(end - start);
        hash = hashChildren(root(start, start + k), root(start + k, end));
      }
      remembered.set(key, hash);
    }
    return hash;
  };
  return root;
}

type RangeRoot = (start: number, end: number) => Uint8Array;

/** The complete subtrees of the first `size` leaves; asking for one past them is an error. */
function subtreesOf(root: RangeRoot, size: number): SubtreeHashes {
  return ({ level, index }) => {
    const start = index * 2 ** level;
    const end = start + 2 ** level;
    if (end > size) throw new Error("not a complete subtree of the tree");
    return root(start, end);
  };
}

/** PATH(m, D[start:end]) exactly as RFC 9162 §2.1.3.1 writes it, recursively. */
function referencePath(m: number, start: number, end: number, root: RangeRoot): Uint8Array[] {
  if (end - start <= 1) return [];
  const k = splitPoint(end - start);
  return m < k
    ? [...referencePath(m, start, start + k, root), root(start + k, end)]
    : [...referencePath(m - k, start + k, end, root), root(start, start + k)];
}

/** SUBPROOF(m, D[start:end], b) exactly as RFC 9162 §2.1.4.1 writes it. */
function referenceSubproof(
  m: number,
  start: number,
  end: number,
  b: boolean,
  root: RangeRoot,
): Uint8Array[] {
  if (m === end - start) return b ? [] : [root(start, end)];
  const k = splitPoint(end - start);
  return m <= k
    ? [...referenceSubproof(m, start, start + k, b, root), root(start + k, end)]
    : [...referenceSubproof(m - k, start + k, end, false, root), root(start, start + k)];
}

function inclusionProofOf(root: RangeRoot, leafIndex: number, treeSize: number) {
  return proofFromRanges(inclusionProofRanges(leafIndex, treeSize), subtreesOf(root, treeSize));
}

function consistencyProofOf(root: RangeRoot, first: number, second: number) {
  return proofFromRanges(consistencyProofRanges(first, second), subtreesOf(root, second));
}

function flipped(proof: readonly Uint8Array[], element: number, byte: number): Uint8Array[] {
  return proof.map((hash, i) => {
    if (i !== element) return hash;
    const copy = Uint8Array.from(hash);
    copy[byte] = copy[byte]! ^ 0x08;
    return copy;
  });
}

function swapped(proof: readonly Uint8Array[], at: number): Uint8Array[] {
  const copy = [...proof];
  [copy[at], copy[at + 1]] = [copy[at + 1]!, copy[at]!];
  return copy;
}

describe("RFC 9162 Merkle tree hashing", () => {
  it("gives the reference root for every size of the reference tree", () => {
    expect(toHex(EMPTY_ROOT_HASH)).toBe(ROOTS[0]);
    for (let size = 0; size <= 8; size++) {
      expect(toHex(rootOfLeafHashes(LEAF_HASHES.slice(0, size)))).toBe(ROOTS[size]);
    }
  });

  it("grows the frontier to the reference roots and keeps exactly the reference subtrees", () => {
    let frontier: Uint8Array[] = [];
    const kept: string[][] = [[], [], [], []];
    for (let size = 0; size < 8; size++) {
      const appended = appendToFrontier(frontier, size, LEAF_HASHES[size]!);
      frontier = appended.frontier;
      kept[0]!.push(toHex(LEAF_HASHES[size]!));
      for (const node of appended.completed) kept[node.level]![node.index] = toHex(node.hash);
      expect(toHex(rootOfFrontier(frontier))).toBe(ROOTS[size + 1]);
    }
    expect(kept).toEqual(NODE_HASHES);
  });

  it("builds the reference inclusion proofs, which verify, and rejects every altered one", () => {
    for (const vector of INCLUSION_VECTORS) {
      const { leafIndex, treeSize } = vector;
      const proof = inclusionProofOf(referenceTree, leafIndex, treeSize);
      expect(proof.map(toHex)).toEqual(vector.proof);
      const rootHash = fromHex(ROOTS[treeSize]!);
      const leafHash = LEAF_HASHES[leafIndex]!;
      const check = (changes: Partial<Parameters<typeof verifyInclusionProof>[0]>) =>
        verifyInclusionProof({ leafIndex, treeSize, leafHash, proof, rootHash, ...changes });
      expect(check({})).toBe(true);
      const wrong = {
        "index - 1": check({ leafIndex: leafIndex - 1 }),
        "index + 1": check({ leafIndex: leafIndex + 1 }),
        "index ^ 2": check({ leafIndex: leafIndex ^ 2 }),
        "size * 2": check({ treeSize: treeSize * 2 }),
        "size / 2": check({ treeSize: Math.floor(treeSize / 2) }),
        "wrong leaf": check({ leafHash: SOME_HASH }),
        "empty root": check({ rootHash: EMPTY_ROOT_HASH }),
        "random root": check({ rootHash: SOME_HASH }),
        "trailing root": check({ proof: [...proof, rootHash] }),
        "preceding root": check({ proof: [rootHash, ...proof] }),
        "short hash": check({ proof: [...proof, new Uint8Array(0)] }),
        "removed component": proof.length > 0 && check({ proof: proof.slice(0, -1) }),
        "inserted component":
          proof.length > 1 && check({ proof: [proof[0]!, SOME_HASH, ...proof.slice(1)] }),
        ...Object.fromEntries(
          proof.map((_, i) => [`flipped proof[${i}]`, check({ proof: flipped(proof, i, 0) })]),
        ),
      };
      expect(wrong, `leaf ${leafIndex} of ${treeSize}`).toEqual(
        Object.fromEntries(Object.keys(wrong).map((key) => [key, false])),
      );
    }
  });

  it("builds the reference consistency proofs, which verify, and rejects every altered one", () => {
    for (const vector of CONSISTENCY_VECTORS) {
      const { first, second } = vector;
      const proof = consistencyProofOf(referenceTree, first, second);
      expect(proof.map(toHex)).toEqual(vector.proof);
      const firstRootHash = fromHex(ROOTS[first]!);
      const secondRootHash = fromHex(ROOTS[second]!);
      const check = (changes: Partial<Parameters<typeof verifyConsistencyProof>[0]>) =>
        verifyConsistencyProof({
          firstSize: first,
          secondSize: second,
          firstRootHash,
          secondRootHash,
          proof,
          ...changes,
        });
      expect(check({})).toBe(true);
      if (proof.length === 0) continue;
      const wrong = {
        "first - 1": check({ firstSize: first - 1 }),
        "first + 1": check({ firstSize: first + 1 }),
        "first ^ 2": check({ firstSize: first ^ 2 }),
        "second * 2": check({ secondSize: second * 2 }),
        "second / 2": check({ secondSize: Math.floor(second / 2) }),
        "wrong first root": check({ firstRootHash: SOME_HASH }),
        "wrong second root": check({ secondRootHash: SOME_HASH }),
        "swapped roots": check({ firstRootHash: secondRootHash, secondRootHash: firstRootHash }),
        "empty proof": check({ proof: [] }),
        "trailing first root": check({ proof: [...proof, firstRootHash] }),
        "trailing second root": check({ proof: [...proof, secondRootHash] }),
        "preceding first root": check({ proof: [firstRootHash, ...proof] }),
        "preceding second root": check({ proof: [secondRootHash, ...proof] }),
        "preceding proof[0]": check({ proof: [proof[0]!, ...proof] }),
        "truncated proof": check({ proof: proof.slice(0, -1) }),
        ...Object.fromEntries(
          proof.map((_, i) => [`flipped proof[${i}]`, check({ proof: flipped(proof, i, 0) })]),
        ),
      };
      expect(wrong, `${first} to ${second}`).toEqual(
        Object.fromEntries(Object.keys(wrong).map((key) => [key, false])),
      );
    }
  });

  it("answers the edge cases as RFC 9162 verifiers do", () => {
    const root = fromHex(ROOTS[3]!);
    const other = fromHex(ROOTS[4]!);
    const consistent = (firstSize: number, secondSize: number, a: Uint8Array, b: Uint8Array) =>
      verifyConsistencyProof({
        firstSize,
        secondSize,
        firstRootHash: a,
        secondRootHash: b,
        proof: [],
      });
    // The empty tree is a prefix of every tree; a tree is consistent with itself only.
    expect(consistent(0, 3, EMPTY_ROOT_HASH, root)).toBe(true);
    expect(consistent(3, 3, root, root)).toBe(true);
    expect(consistent(3, 3, root, other)).toBe(false);
    expect(consistent(4, 3, other, root)).toBe(false);
    expect(consistent(3, 4, root, other)).toBe(false);
    for (const [leafIndex, treeSize] of [
      [0, 0],
      [1, 0],
      [2, 1],
      [-1, 4],
      [0.5, 4],
    ] as const) {
      expect(
        verifyInclusionProof({ leafIndex, treeSize, leafHash: root, proof: [], rootHash: root }),
      ).toBe(false);
    }
    expect(() => inclusionProofRanges(3, 3)).toThrow(RangeError);
    expect(() => consistencyProofRanges(4, 3)).toThrow(RangeError);
    expect(hashChildren(LEAF_HASHES[0]!, LEAF_HASHES[1]!)).toEqual(fromHex(ROOTS[2]!));
  });
});

const MAX_SIZE = 300;
/** Distinct leaves shared by every random tree: a tree of n leaves is the first n. */
const LEAVES = Array.from({ length: MAX_SIZE + 1 }, (_, i) =>
  hashLeaf(new TextEncoder().encode(`leaf ${i}`)),
);
const mth = rangeRootsOf(LEAVES);

/** A tree size with a leaf index and a smaller or equal size in it. */
const trees = fc.integer({ min: 1, max: MAX_SIZE - 1 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    a: fc.integer({ min: 0, max: size - 1 }),
    b: fc.integer({ min: 1, max: size }),
  }),
);

describe("RFC 9162 proofs for random tree sizes", () => {
  it("every inclusion proof is RFC 9162's PATH and verifies; altered ones fail", () => {
    fc.assert(
      fc.property(
        trees,
        fc.nat(),
        fc.nat({ max: 31 }),
        ({ size: treeSize, a: leafIndex }, e, byte) => {
          const proof = inclusionProofOf(mth, leafIndex, treeSize);
          expect(proof).toEqual(referencePath(leafIndex, 0, treeSize, mth));
          const rootHash = mth(0, treeSize);
          const leafHash = LEAVES[leafIndex]!;
          const check = (changes: Partial<Parameters<typeof verifyInclusionProof>[0]>) =>
            verifyInclusionProof({ leafIndex, treeSize, leafHash, proof, rootHash, ...changes });
          expect(check({})).toBe(true);
          if (proof.length > 0)
            expect(check({ proof: flipped(proof, e % proof.length, byte) })).toBe(false);
          if (proof.length > 1) {
            expect(check({ proof: swapped(proof, e % (proof.length - 1)) })).toBe(false);
          }
          // Another leaf's place, or the same leaf against another size's real head.
          for (const other of [leafIndex - 1, leafIndex + 1].filter(
            (i) => i >= 0 && i < treeSize,
          )) {
            expect(check({ leafIndex: other })).toBe(false);
            expect(check({ leafIndex: other, leafHash: LEAVES[other]! })).toBe(false);
          }
          for (const size of [treeSize - 1, treeSize + 1].filter((n) => n > leafIndex)) {
            expect(check({ treeSize: size, rootHash: mth(0, size) })).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("every consistency proof is RFC 9162's PROOF and verifies; altered ones fail", () => {
    fc.assert(
      fc.property(trees, fc.nat(), fc.nat({ max: 31 }), ({ size: second, b: first }, e, byte) => {
        const proof = consistencyProofOf(mth, first, second);
        expect(proof).toEqual(
          first === second ? [] : referenceSubproof(first, 0, second, true, mth),
        );
        const rootAt = (size: number) => mth(0, size);
        const check = (changes: Partial<Parameters<typeof verifyConsistencyProof>[0]>) =>
          verifyConsistencyProof({
            firstSize: first,
            secondSize: second,
            firstRootHash: rootAt(first),
            secondRootHash: rootAt(second),
            proof,
            ...changes,
          });
        expect(check({})).toBe(true);
        if (first === second) return;
        expect(check({ proof: flipped(proof, e % proof.length, byte) })).toBe(false);
        if (proof.length > 1) {
          expect(check({ proof: swapped(proof, e % (proof.length - 1)) })).toBe(false);
        }
        expect(check({ firstRootHash: rootAt(second), secondRootHash: rootAt(first) })).toBe(false);
        // The proof names its two sizes: against the real heads of others it fails.
        for (const size of [first - 1, first + 1].filter((n) => n >= 1 && n < second)) {
          expect(check({ firstSize: size, firstRootHash: rootAt(size) })).toBe(false);
        }
        for (const size of [second - 1, second + 1].filter((n) => n > first)) {
          expect(check({ secondSize: size, secondRootHash: rootAt(size) })).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the frontier's root is MTH at every size, and it keeps every complete subtree once", () => {
    let frontier: Uint8Array[] = [];
    const kept = new Map<string, Uint8Array>();
    const wrongRoots: number[] = [];
    const keptTwice: string[] = [];
    for (let size = 1; size <= MAX_SIZE; size++) {
      const appended = appendToFrontier(frontier, size - 1, LEAVES[size - 1]!);
      frontier = appended.frontier;
      for (const node of appended.completed) {
        const key = `${node.level}:${node.index}`;
        if (kept.has(key)) keptTwice.push(key);
        kept.set(key, node.hash);
      }
      const root = rootOfFrontier(frontier);
      if (toHex(root) !== toHex(mth(0, size))) wrongRoots.push(size);
      if (toHex(rootOfLeafHashes(LEAVES.slice(0, size))) !== toHex(root)) wrongRoots.push(-size);
    }
    expect({ wrongRoots, keptTwice }).toEqual({ wrongRoots: [], keptTwice: [] });
    const wrongNodes = [...kept].filter(([key, hash]) => {
      const [level, index] = key.split(":").map(Number) as [number, number];
      return toHex(hash) !== toHex(mth(index * 2 ** level, (index + 1) * 2 ** level));
    });
    expect(wrongNodes).toEqual([]);
    // A tree of n leaves has n - popcount(n) complete subtrees above its leaves.
    expect(kept.size).toBe(MAX_SIZE - MAX_SIZE.toString(2).replaceAll("0", "").length);
  });
});
