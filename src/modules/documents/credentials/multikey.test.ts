import { generateKeyPairSync } from "node:crypto";

import * as EcdsaMultikey from "@digitalbazaar/ecdsa-multikey";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import type { JWK } from "jose";
import { describe, expect, it } from "vitest";

import { decodeMultikey, encodeBase58Multibase, multikeyOfJwk } from "./multikey";

describe("Multikey", () => {
  it("encodes P-256 keys as zDn… and Ed25519 keys as z6Mk…, and reads them back", () => {
    for (const [type, options, prefix] of [
      ["ec", { namedCurve: "P-256" }, "zDn"],
      ["ec", { namedCurve: "P-384" }, "z82"],
      ["ed25519", {}, "z6Mk"],
    ] as const) {
      const { publicKey } = generateKeyPairSync(type as "ec", options as { namedCurve: string });
      const jwk = publicKey.export({ format: "jwk" }) as JWK;
      const multikey = multikeyOfJwk(jwk);
      expect(multikey.startsWith(prefix), multikey).toBe(true);
      const decoded = decodeMultikey(multikey)!;
      expect(decoded.publicKey.export({ format: "jwk" })).toEqual(jwk);
    }
  });

  it("reads the keys Digital Bazaar's libraries make", async () => {
    const p256 = await EcdsaMultikey.generate({ curve: "P-256" });
    const p384 = await EcdsaMultikey.generate({ curve: "P-384" });
    const ed = await Ed25519Multikey.generate();
    expect(decodeMultikey(p256.publicKeyMultibase)?.curve).toBe("P-256");
    expect(decodeMultikey(p384.publicKeyMultibase)?.curve).toBe("P-384");
    expect(decodeMultikey(ed.publicKeyMultibase)?.curve).toBe("Ed25519");
    // And encodes them the same way back.
    const jwk = decodeMultikey(p256.publicKeyMultibase)!.publicKey.export({ format: "jwk" }) as JWK;
    expect(multikeyOfJwk(jwk)).toBe(p256.publicKeyMultibase);
  });

  it("answers null for what is not a key it reads", () => {
    expect(decodeMultikey("")).toBeNull();
    expect(decodeMultikey("zDn0OIl")).toBeNull();
    expect(decodeMultikey("z6MkTooShort")).toBeNull();
    // A P-256 prefix with an x beyond the field: no point on the curve.
    const offCurve = Uint8Array.from([0x80, 0x24, 0x02, ...new Array<number>(32).fill(0xff)]);
    expect(decodeMultikey(encodeBase58Multibase(offCurve))).toBeNull();
  });
});
