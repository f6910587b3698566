import { generateKeyPairSync, sign } from "node:crypto";

import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import * as EcdsaMultikey from "@digitalbazaar/ecdsa-multikey";
import { cryptosuite as ecdsaRdfc2019 } from "@digitalbazaar/ecdsa-rdfc-2019-cryptosuite";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { independentDocumentLoader, verifyIndependently } from "@test/support/vc-verifier";
import { describe, expect, it } from "vitest";

import type { Signer } from "@/core/crypto/signing-keys";

import { documentsContextUrl, VC_V2_CONTEXT_URL } from "./contexts";
import { checkProof, checkProofShape } from "./data-integrity";
import { decodeMultikey, multikeyOfJwk } from "./multikey";
import { signCredential } from "./sign-credential";

function testSigner(): { signer: Signer; did: string; method: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const multikey = multikeyOfJwk(publicKey.export({ format: "jwk" }));
  const did = `did:key:${multikey}`;
  return {
    did,
    method: `${did}#${multikey}`,
    signer: {
      kid: "test",
      algorithm: "ES256",
      sign: (data) =>
        Promise.resolve(sign("sha256", data, { key: privateKey, dsaEncoding: "ieee-p1363" })),
    },
  };
}

function permit(issuer: string): Record<string, unknown> {
  return {
    "@context": [VC_V2_CONTEXT_URL, documentsContextUrl],
    id: "urn:uuid:01950000-0000-7000-8000-000000000001",
    type: ["VerifiableCredential", "DocumentCredential", "PermitCredential"],
    name: "ใบอนุญาตประกอบกิจการร้านค้า",
    issuer: { id: issuer, name: "เทศบาลทดสอบ" },
    validFrom: "2026-01-15T03:00:00.000Z",
    validUntil: "2027-01-15T03:00:00.000Z",
    credentialSubject: {
      type: "DocumentHolder",
      name: "ร้านป้าสมศรี",
      document: {
        type: "IssuedDocument",
        documentKind: "permit",
        documentNumber: "TEST-2569-000001",
        title: "ใบอนุญาตประกอบกิจการร้านค้า",
        verificationUrl: "http://localhost/v/0123456789",
        fields: [
          { type: "DocumentField", key: "shopName", label: "ชื่อร้าน", value: "ร้านก๋วยเตี๋ยว" },
          { type: "DocumentField", key: "openedOn", label: "วันที่เปิด", value: "2026-01-15" },
        ],
      },
    },
  };
}

describe("Data Integrity proofs", () => {
  it("signs with ecdsa-rdfc-2019 so that Digital Bazaar's verifier accepts it", async () => {
    const { signer, did, method } = testSigner();
    const signed = await signCredential({
      credential: permit(did),
      signer,
      verificationMethod: method,
      created: new Date("2026-01-15T03:00:00Z"),
    });
    expect(signed.proof).toMatchObject({
      type: "DataIntegrityProof",
      cryptosuite: "ecdsa-rdfc-2019",
      created: "2026-01-15T03:00:00Z",
      proofPurpose: "assertionMethod",
      verificationMethod: method,
    });
    const result = await verifyIndependently({ credential: signed });
    expect(result.error?.errors ?? result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it("verifies eddsa-rdfc-2022 and ecdsa-rdfc-2019 (P-256, P-384) proofs made by Digital Bazaar", async () => {
    const ed = await Ed25519Multikey.generate();
    const p256 = await EcdsaMultikey.generate({ curve: "P-256" });
    const p384 = await EcdsaMultikey.generate({ curve: "P-384" });
    for (const [keyPair, cryptosuite, name] of [
      [ed, eddsaRdfc2022, "eddsa-rdfc-2022"],
      [p256, ecdsaRdfc2019, "ecdsa-rdfc-2019"],
      [p384, ecdsaRdfc2019, "ecdsa-rdfc-2019"],
    ] as const) {
      const did = `did:key:${keyPair.publicKeyMultibase}`;
      keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
      keyPair.controller = did;
      const signed = await vc.issue({
        credential: permit(did),
        suite: new DataIntegrityProof({ cryptosuite, signer: keyPair.signer() }),
        documentLoader: independentDocumentLoader(),
      });
      const proof = signed.proof as Record<string, unknown>;
      expect(proof.cryptosuite).toBe(name);
      const shape = checkProofShape(proof, "assertionMethod");
      expect(shape.isValid).toBe(true);
      const key = decodeMultikey(keyPair.publicKeyMultibase)!;
      const now = new Date();
      await expect(checkProof({ document: signed, proof, key, now })).resolves.toEqual({
        isValid: true,
        cryptosuite: name,
      });
      const changed = { ...signed, validUntil: "2030-01-15T03:00:00.000Z" };
      await expect(checkProof({ document: changed, proof, key, now })).resolves.toEqual({
        isValid: false,
        reason: "invalid_signature",
      });
    }
  });

  it("fails our signature in both verifiers when one field changes", async () => {
    const { signer, did, method } = testSigner();
    const signed = await signCredential({
      credential: permit(did),
      signer,
      verificationMethod: method,
    });
    const changed = structuredClone(signed);
    (changed.credentialSubject as { name: string }).name = "ร้านอื่น";
    expect((await verifyIndependently({ credential: changed })).verified).toBe(false);
    const key = decodeMultikey(did.slice("did:key:".length))!;
    const proof = signed.proof as Record<string, unknown>;
    await expect(
      checkProof({ document: signed, proof, key, now: new Date() }),
    ).resolves.toMatchObject({
      isValid: true,
    });
    await expect(checkProof({ document: changed, proof, key, now: new Date() })).resolves.toEqual({
      isValid: false,
      reason: "invalid_signature",
    });
  });

  it("refuses a credential whose terms no context defines rather than sign around them", async () => {
    const { signer, did, method } = testSigner();
    const signed = await signCredential({
      credential: permit(did),
      signer,
      verificationMethod: method,
    });
    const key = decodeMultikey(did.slice("did:key:".length))!;
    const withUnknownContext = {
      ...signed,
      "@context": [VC_V2_CONTEXT_URL, "https://evil.example/v1"],
    };
    await expect(
      checkProof({
        document: withUnknownContext,
        proof: signed.proof as Record<string, unknown>,
        key,
        now: new Date(),
      }),
    ).resolves.toEqual({ isValid: false, reason: "unknown_context" });
  });
});
