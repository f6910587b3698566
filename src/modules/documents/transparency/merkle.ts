import { createHash } from "node:crypto";

/**
 * Merkle tree hashing and proofs exactly as RFC 9162 (Certificate
 * Transparency 2.0, section 2.1) defines them, so that any CT tool agrees
 * with Pratu's roots and proofs. Pure functions: no database, no I/O.
 *
 * Sizes and indexes are plain numbers and are halved by division, never by
 * `>>`, which would cut them to 32 bits.
 */

export const HASH_SIZE = 32;

/** The root of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT_HASH: Uint8Array = bytesOf(createHash("sha256").digest());

/** A digest as a plain Uint8Array (a view, no copy), so hashes compare alike everywhere. */
function bytesOf(digest: Buffer): Uint8Array {
  return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
}

/** A leaf's hash: SHA-256(0x00 || entry). */
export function hashLeaf(entry: Uint8Array): Uint8Array {
  return bytesOf(createHash("sha256").update(Uint8Array.of(0)).update(entry).digest());
}

/** An interior node's hash: SHA-256(0x01 || left || right). */
export function hashChildren(left: Uint8Array, right: Uint8Array): Uint8Array {
  return bytesOf(createHash("sha256").update(Uint8Array.of(1)).update(left).update(right).digest());
}

/** The largest power of two smaller than `n` (n > 1): where RFC 9162 splits a tree. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH over leaf hashes, straight from the definition: the reference the rest is checked against. */
export function rootOfLeafHashes(leafHashes: readonly Uint8Array[]): Uint8Array {
  if (leafHashes.length === 0) return EMPTY_ROOT_HASH;
  if (leafHashes.length === 1) return leafHashes[0]!;
  const k = splitPoint(leafHashes.length);
  return hashChildren(
    rootOfLeafHashes(leafHashes.slice(0, k)),
    rootOfLeafHashes(leafHashes.slice(k)),
  );
}

/** Leaves [start, end) of the tree. */
export interface LeafRange {
  start: number;
  end: number;
}

/**
 * A complete subtree: the 2^level leaves from index * 2^level. Level 0 is a
 * leaf. Every node a log stores is one of these; they never change.
 */
export interface CompleteSubtree {
  level: number;
  index: number;
}

/**
 * The complete subtrees a range is made of, largest first. Every range a
 * proof names starts at a multiple of a power of two at least its own size,
 * so its binary decomposition lines up with stored subtrees.
 */
export function completeSubtreesOf({ start, end }: LeafRange): CompleteSubtree[] {
  const subtrees: CompleteSubtree[] = [];
  let at = start;
  while (at < end) {
    let size = 1;
    let level = 0;
    while (at % (size * 2) === 0 && at + size * 2 <= end) {
      size *= 2;
      level += 1;
    }
    subtrees.push({ level, index: at / size });
    at += size;
  }
  return subtrees;
}

/** Looks up a complete subtree's root; throws if it is not known. */
export type SubtreeHashes = (subtree: CompleteSubtree) => Uint8Array;

/**
 * MTH of a range from its complete subtrees: folded from the right, which
 * is what the RFC's recursive split gives for a right-edge range.
 */
export function hashOfRange(range: LeafRange, subtreeHash: SubtreeHashes): Uint8Array {
  const parts = completeSubtreesOf(range).map(subtreeHash);
  if (parts.length === 0) return EMPTY_ROOT_HASH;
  let hash = parts[parts.length - 1]!;
  for (let i = parts.length - 2; i >= 0; i--) hash = hashChildren(parts[i]!, hash);
  return hash;
}

/** The ranges whose roots make up PATH(m, D[n]) (RFC 9162 §2.1.3.1), bottom up. */
export function inclusionProofRanges(leafIndex: number, treeSize: number): LeafRange[] {
  if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= treeSize) {
    throw new RangeError(`Leaf ${leafIndex} is not in a tree of size ${treeSize}.`);
  }
  const ranges: LeafRange[] = [];
  let start = 0;
  let end = treeSize;
  let m = leafIndex;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (m < k) {
      ranges.push({ start: start + k, end });
      end = start + k;
    } else {
      ranges.push({ start, end: start + k });
      start += k;
      m -= k;
    }
  }
  return ranges.reverse();
}

/**
 * The ranges whose roots make up PROOF(m, D[n]) (RFC 9162 §2.1.4.1), in
 * the order the RFC lists them. Empty when m is 0 or m equals n.
 */
export function consistencyProofRanges(firstSize: number, secondSize: number): LeafRange[] {
  if (
    !Number.isSafeInteger(firstSize) ||
    !Number.isSafeInteger(secondSize) ||
    firstSize < 0 ||
    firstSize > secondSize
  ) {
    throw new RangeError(`No consistency proof from size ${firstSize} to ${secondSize}.`);
  }
  if (firstSize === 0 || firstSize === secondSize) return [];
  const ranges: LeafRange[] = [];
  let start = 0;
  let end = secondSize;
  let m = firstSize;
  // SUBPROOF(m, D[n], b): b says whether D[m] is the whole first tree, whose root the verifier has.
  let isWholeFirstTree = true;
  while (m !== end - start) {
    const k = splitPoint(end - start);
    if (m <= k) {
      ranges.push({ start: start + k, end });
      end = start + k;
    } else {
      ranges.push({ start, end: start + k });
      start += k;
      m -= k;
      isWholeFirstTree = false;
    }
  }
  if (!isWholeFirstTree) ranges.push({ start, end });
  return ranges.reverse();
}

/** Each range's root, in order: a proof once its ranges are planned. */
export function proofFromRanges(
  ranges: readonly LeafRange[],
  subtreeHash: SubtreeHashes,
): Uint8Array[] {
  return ranges.map((range) => hashOfRange(range, subtreeHash));
}

/** Every complete subtree a set of ranges needs, once each: what to read before building proofs. */
export function subtreesNeededFor(ranges: readonly LeafRange[]): CompleteSubtree[] {
  const seen = new Map<string, CompleteSubtree>();
  for (const range of ranges) {
    for (const subtree of completeSubtreesOf(range)) {
      seen.set(`${subtree.level}:${subtree.index}`, subtree);
    }
  }
  return [...seen.values()];
}

function isHash(value: Uint8Array): boolean {
  return value.length === HASH_SIZE;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function isSize(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** RFC 9162 §2.1.3.2: does `proof` show the leaf at `leafIndex` in the tree with `rootHash`? */
export function verifyInclusionProof(options: {
  leafIndex: number;
  treeSize: number;
  leafHash: Uint8Array;
  proof: readonly Uint8Array[];
  rootHash: Uint8Array;
}): boolean {
  const { leafIndex, treeSize, leafHash, proof, rootHash } = options;
  if (!isSize(leafIndex) || !isSize(treeSize) || leafIndex >= treeSize) return false;
  if (!isHash(leafHash) || !isHash(rootHash) || !proof.every(isHash)) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = hashChildren(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      r = hashChildren(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(r, rootHash);
}

/**
 * RFC 9162 §2.1.4.2: does `proof` show that the tree of `secondSize` leaves
 * with `secondRootHash` extends the tree of `firstSize` with `firstRootHash`?
 * Equal sizes need an empty proof and equal roots; the empty tree is a
 * prefix of every tree.
 */
export function verifyConsistencyProof(options: {
  firstSize: number;
  secondSize: number;
  firstRootHash: Uint8Array;
  secondRootHash: Uint8Array;
  proof: readonly Uint8Array[];
}): boolean {
  const { firstSize, secondSize, firstRootHash, secondRootHash, proof } = options;
  if (!isSize(firstSize) || !isSize(secondSize) || firstSize > secondSize) return false;
  if (!isHash(firstRootHash) || !isHash(secondRootHash) || !proof.every(isHash)) return false;
  if (firstSize === secondSize)
    return proof.length === 0 && equalBytes(firstRootHash, secondRootHash);
  if (firstSize === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(firstSize) ? [firstRootHash, ...proof] : [...proof];
  let fn = firstSize - 1;
  let sn = secondSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(fr, firstRootHash) && equalBytes(sr, secondRootHash);
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}

/**
 * The frontier of a tree: the roots of the complete subtrees a tree of
 * `size` leaves is made of, largest first (one per bit set in `size`).
 * Appending a leaf merges equal-sized neighbours; the subtrees completed on
 * the way are returned so they can be kept.
 */
export function appendToFrontier(
  frontier: readonly Uint8Array[],
  size: number,
  leafHash: Uint8Array,
): { frontier: Uint8Array[]; completed: (CompleteSubtree & { hash: Uint8Array })[] } {
  const stack = [...frontier];
  const completed: (CompleteSubtree & { hash: Uint8Array })[] = [];
  let hash = leafHash;
  let level = 0;
  let index = size;
  while (index % 2 === 1) {
    const left = stack.pop();
    if (!left) throw new Error(`The frontier does not match a tree of size ${size}.`);
    hash = hashChildren(left, hash);
    level += 1;
    index = (index - 1) / 2;
    completed.push({ level, index, hash });
  }
  stack.push(hash);
  return { frontier: stack, completed };
}

/** The tree's root from its frontier, folded from the right. */
export function rootOfFrontier(frontier: readonly Uint8Array[]): Uint8Array {
  if (frontier.length === 0) return EMPTY_ROOT_HASH;
  let hash = frontier[frontier.length - 1]!;
  for (let i = frontier.length - 2; i >= 0; i--) hash = hashChildren(frontier[i]!, hash);
  return hash;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

/** Bytes of a hex string; throws on anything that is not hex of even length. */
export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) throw new TypeError("Not a hex string.");
  return Uint8Array.from(Buffer.from(hex, "hex"));
}
