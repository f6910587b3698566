import { gunzipSync } from "node:zlib";

import { describe, expect, it } from "vitest";

import {
  buildBitstring,
  checkStatusEntry,
  decodeBitstring,
  encodeBitstring,
  MINIMUM_STATUS_LIST_BITS,
  parseStatusListEntry,
  statusListLength,
} from "./status-list";

describe("Bitstring Status List", () => {
  it("numbers places from the most significant bit of the first byte, as the W3C list does", () => {
    const bits = buildBitstring(16, [0, 9, 15]);
    expect([...bits]).toEqual([0b1000_0000, 0b0100_0001]);
  });

  it("encodes as GZIP in multibase base64url and decodes to the same places", () => {
    const set = [0, 7, 8, 4242, MINIMUM_STATUS_LIST_BITS - 1];
    const encoded = encodeBitstring(buildBitstring(MINIMUM_STATUS_LIST_BITS, set));
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    // Readable with nothing but zlib, as any verifier would.
    expect(gunzipSync(Buffer.from(encoded.slice(1), "base64url")).length).toBe(16_384);
    const decoded = decodeBitstring(encoded)!;
    const found = [];
    for (let index = 0; index < MINIMUM_STATUS_LIST_BITS; index += 1) {
      if (checkStatusEntry(decoded, index)) found.push(index);
    }
    expect(found).toEqual(set);
    expect(checkStatusEntry(decoded, MINIMUM_STATUS_LIST_BITS)).toBeNull();
  });

  it("never lists fewer than 131,072 places, and grows in steps of that", () => {
    expect(statusListLength(-1)).toBe(131_072);
    expect(statusListLength(131_071)).toBe(131_072);
    expect(statusListLength(131_072)).toBe(262_144);
  });

  it("answers null for what is not an encoded list, a compression bomb included", () => {
    expect(decodeBitstring("zabc")).toBeNull();
    expect(decodeBitstring("u!!")).toBeNull();
    expect(decodeBitstring(`u${Buffer.from("not gzip").toString("base64url")}`)).toBeNull();
    const bomb = encodeBitstring(new Uint8Array(32 * 1024 * 1024));
    expect(decodeBitstring(bomb)).toBeNull();
  });

  it("reads a status entry only when every member is in its place", () => {
    const entry = {
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: "94567",
      statusListCredential: "http://localhost/agencies/DOPA/credentials/status/revocation",
    };
    expect(parseStatusListEntry(entry)?.index).toBe(94_567);
    expect(parseStatusListEntry({ ...entry, statusListIndex: 94_567 })).toBeNull();
    expect(parseStatusListEntry({ ...entry, statusListIndex: "-1" })).toBeNull();
    expect(parseStatusListEntry({ ...entry, type: "StatusList2021Entry" })).toBeNull();
    expect(parseStatusListEntry("revoked")).toBeNull();
  });
});
