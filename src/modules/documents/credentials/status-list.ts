import { gunzipSync, gzipSync } from "node:zlib";

/** The W3C minimum, so that one set bit does not single out a holder among few. */
export const MINIMUM_STATUS_LIST_BITS = 131_072;

/** A larger list than any agency could fill; a bigger one is a compression bomb. */
const MAXIMUM_STATUS_LIST_BYTES = 16 * 1024 * 1024;

/** Bits for a list holding `lastIndex`: the minimum, grown in steps of the minimum. */
export function statusListLength(lastIndex: number): number {
  const needed = Math.max(lastIndex + 1, 1);
  return Math.ceil(needed / MINIMUM_STATUS_LIST_BITS) * MINIMUM_STATUS_LIST_BITS;
}

/** A bitstring with the given places set; place 0 is the most significant bit of the first byte. */
export function buildBitstring(lengthInBits: number, setIndices: Iterable<number>): Uint8Array {
  const bits = new Uint8Array(Math.ceil(lengthInBits / 8));
  for (const index of setIndices) {
    if (!Number.isInteger(index) || index < 0 || index >= lengthInBits) {
      throw new RangeError(`Status index ${index} is outside a list of ${lengthInBits} bits.`);
    }
    bits[index >> 3]! |= 0x80 >> (index & 7);
  }
  return bits;
}

export function isBitSet(bits: Uint8Array, index: number): boolean {
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

/** The `encodedList` of a BitstringStatusList: GZIP, then multibase base64url (`u…`, no padding). */
export function encodeBitstring(bits: Uint8Array): string {
  return `u${gzipSync(bits).toString("base64url")}`;
}

/** The bits of an `encodedList`, or null when it is not one. */
export function decodeBitstring(encodedList: string): Uint8Array | null {
  if (!encodedList.startsWith("u") || !/^u[A-Za-z0-9_-]+$/.test(encodedList)) return null;
  try {
    return new Uint8Array(
      gunzipSync(Buffer.from(encodedList.slice(1), "base64url"), {
        maxOutputLength: MAXIMUM_STATUS_LIST_BYTES,
      }),
    );
  } catch {
    return null;
  }
}

export interface StatusListEntry {
  id?: string;
  type: "BitstringStatusListEntry";
  statusPurpose: string;
  statusListIndex: string;
  statusListCredential: string;
}

/** A credentialStatus entry read defensively: anything else is null. */
export function parseStatusListEntry(entry: unknown): (StatusListEntry & { index: number }) | null {
  if (typeof entry !== "object" || entry === null) return null;
  const candidate = entry as Record<string, unknown>;
  if (
    candidate.type !== "BitstringStatusListEntry" ||
    typeof candidate.statusPurpose !== "string" ||
    typeof candidate.statusListIndex !== "string" ||
    !/^(0|[1-9][0-9]{0,9})$/.test(candidate.statusListIndex) ||
    typeof candidate.statusListCredential !== "string"
  ) {
    return null;
  }
  return {
    ...(candidate as unknown as StatusListEntry),
    index: Number(candidate.statusListIndex),
  };
}

/**
 * Whether the entry's place is set in a list. An index past the end of the
 * list is an answer too (null): the entry does not belong to that list.
 */
export function checkStatusEntry(bits: Uint8Array, index: number): boolean | null {
  if (index >= bits.length * 8) return null;
  return isBitSet(bits, index);
}
