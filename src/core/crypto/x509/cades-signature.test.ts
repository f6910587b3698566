import { execFileSync, spawnSync } from "node:child_process";
import { createHash, generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import {
  createTestCertificateAuthority,
  issueTestCertificate,
  type TestCertificateAuthority,
} from "@test/support/pkcs12";
import * as asn1js from "asn1js";
import { beforeAll, describe, expect, it } from "vitest";

import { cmsOids, createCadesDetachedSignature } from "./cades-signature";
import { createLocalDocumentSigner, type DocumentSigner } from "./document-signer";
import { verifyCadesDetachedSignature } from "./verify-cades-signature";

const content = new TextEncoder().encode("%PDF-1.7 ใบอนุญาต สมหญิง ใจดี");

describe("CAdES detached signatures", () => {
  let authority: TestCertificateAuthority;
  let signer: DocumentSigner;
  let rsaSigner: DocumentSigner;

  beforeAll(async () => {
    authority = await createTestCertificateAuthority();
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey;
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    const subject = [["CN", "Test Agency Document Signing"]] as const;
    signer = createLocalDocumentSigner({
      certificateChain: [
        await issueTestCertificate({ authority, privateKey: ec, subject }),
        authority.certificateDer,
      ],
      privateKey: ec,
    });
    rsaSigner = createLocalDocumentSigner({
      certificateChain: [await issueTestCertificate({ authority, privateKey: rsa, subject })],
      privateKey: rsa,
    });
  });

  it("signs content-type, message-digest and signing-certificate-v2, and no signing time (PAdES)", async () => {
    for (const each of [signer, rsaSigner]) {
      const signature = await createCadesDetachedSignature({ signer: each, content });
      const verification = await verifyCadesDetachedSignature({ signature, content });
      expect(verification).toMatchObject({ isValid: true, hasTimeStamp: false });
      if (!verification.isValid) return;
      expect(verification.signerCertificateDer).toEqual(each.certificateChain[0]);
      expect(verification.certificateDers).toEqual(each.certificateChain);
      expect([...verification.signedAttributeTypes].sort()).toEqual(
        [cmsOids.contentType, cmsOids.messageDigest, cmsOids.signingCertificateV2].sort(),
      );
    }
  });

  it("answers content changed after signing, and a damaged signature, without throwing", async () => {
    const signature = await createCadesDetachedSignature({ signer, content });
    const changed = content.slice();
    changed[3]! ^= 0x01;
    expect(await verifyCadesDetachedSignature({ signature, content: changed })).toEqual({
      isValid: false,
      reason: "content_changed",
    });
    expect(
      await verifyCadesDetachedSignature({ signature: signature.slice(0, 40), content }),
    ).toEqual({ isValid: false, reason: "malformed" });
    const flipped = signature.slice();
    // The last bytes are the signature value itself.
    flipped[flipped.length - 5]! ^= 0x01;
    expect((await verifyCadesDetachedSignature({ signature: flipped, content })).isValid).toBe(
      false,
    );
  });

  it("hands the time stamper the hash of the signature value and carries its token unsigned (B-T)", async () => {
    const imprints: Uint8Array[] = [];
    const token = new asn1js.Sequence({
      value: [new asn1js.ObjectIdentifier({ value: cmsOids.signedData })],
    }).toBER(false);
    const signature = await createCadesDetachedSignature({
      signer,
      content,
      timeStamper: {
        timeStamp: (imprint) => {
          imprints.push(imprint);
          return Promise.resolve(new Uint8Array(token));
        },
      },
    });
    const verification = await verifyCadesDetachedSignature({ signature, content });
    expect(verification).toMatchObject({ isValid: true, hasTimeStamp: true });
    expect(imprints).toHaveLength(1);
    expect(imprints[0]).toHaveLength(32);
    const unsigned = await createCadesDetachedSignature({ signer, content });
    expect(Buffer.from(unsigned).includes(Buffer.from(imprints[0]!))).toBe(false);
    expect(
      Buffer.from(signature).includes(
        Buffer.from(createHash("sha256").update(signer.certificateChain[0]!).digest()),
      ),
    ).toBe(true);
  });

  it.runIf(existsSync("/usr/bin/openssl"))(
    "gives signatures OpenSSL verifies as detached CMS",
    async () => {
      const signature = await createCadesDetachedSignature({ signer, content });
      const directory = mkdtempSync(join(tmpdir(), "pratu-cms-"));
      try {
        writeFileSync(join(directory, "signature.der"), signature);
        writeFileSync(join(directory, "content.bin"), content);
        const verified = spawnSync(
          "openssl",
          [
            "cms",
            "-verify",
            "-noverify",
            "-binary",
            "-inform",
            "DER",
            "-in",
            join(directory, "signature.der"),
            "-content",
            join(directory, "content.bin"),
            "-out",
            join(directory, "out.bin"),
          ],
          { encoding: "utf8" },
        );
        expect(verified.status).toBe(0);
        expect(verified.stderr).toContain("CMS Verification successful");
        const printed = execFileSync(
          "openssl",
          ["cms", "-cmsout", "-print", "-inform", "DER", "-in", join(directory, "signature.der")],
          { encoding: "utf8" },
        );
        expect(printed).toContain("id-smime-aa-signingCertificateV2");
        expect(printed).not.toContain("signingTime");
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  );
});
