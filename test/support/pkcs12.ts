import { generateKeyPairSync, type KeyObject } from "node:crypto";

import * as pkijs from "pkijs";

import {
  certificateFromDer,
  certificateToDer,
  createCertificate,
  type DistinguishedName,
  toArrayBuffer,
} from "@/core/crypto/x509/certificates";
import { publicKeyDerOf, toSigningCryptoKey } from "@/core/crypto/x509/document-signer";

export interface TestCertificateAuthority {
  certificateDer: Uint8Array;
  privateKey: KeyObject;
}

/** A stand-in for a real certification authority (a national root, a commercial CA). */
export async function createTestCertificateAuthority(
  commonName = "Test National Root CA",
): Promise<TestCertificateAuthority> {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const certificate = await createCertificate({
    profile: "root_ca",
    subject: [
      ["C", "TH"],
      ["O", "Test Certification Authority"],
      ["CN", commonName],
    ],
    subjectPublicKeyDer: publicKeyDerOf(privateKey),
    issuerPrivateKey: await toSigningCryptoKey(privateKey),
    notBefore: new Date(Date.now() - 86_400_000),
    notAfter: new Date(Date.now() + 10 * 365 * 86_400_000),
  });
  return { certificateDer: certificateToDer(certificate), privateKey };
}

/** A document-signing certificate from that authority, for a key of the caller's choosing. */
export async function issueTestCertificate(options: {
  authority: TestCertificateAuthority;
  privateKey: KeyObject;
  subject: DistinguishedName;
  notBefore?: Date;
  notAfter?: Date;
}): Promise<Uint8Array> {
  const certificate = await createCertificate({
    profile: "document_signing",
    subject: options.subject,
    subjectPublicKeyDer: publicKeyDerOf(options.privateKey),
    issuer: certificateFromDer(options.authority.certificateDer),
    issuerPrivateKey: await toSigningCryptoKey(options.authority.privateKey),
    notBefore: options.notBefore ?? new Date(Date.now() - 86_400_000),
    notAfter: options.notAfter ?? new Date(Date.now() + 365 * 86_400_000),
  });
  return certificateToDer(certificate);
}

const encryption = {
  // pkijs draws the IV itself; the type asks for one all the same.
  contentEncryptionAlgorithm: {
    name: "AES-CBC",
    length: 256,
  } as pkijs.ContentEncryptionAesCbcParams,
  hmacHashAlgorithm: "SHA-256",
  iterationCount: 2048,
};

/**
 * A PKCS#12 file as OpenSSL 3 writes one by default: the key shrouded and the
 * certificates encrypted with PBES2 (AES-256-CBC, PBKDF2 with HMAC-SHA-256),
 * integrity by an HMAC-SHA-256 MAC.
 */
export async function createTestPkcs12(options: {
  privateKey: KeyObject;
  certificates: readonly Uint8Array[];
  password: string;
}): Promise<Uint8Array> {
  const password = toArrayBuffer(new TextEncoder().encode(options.password));
  const keyBag = new pkijs.PKCS8ShroudedKeyBag({
    parsedValue: pkijs.PrivateKeyInfo.fromBER(
      toArrayBuffer(options.privateKey.export({ type: "pkcs8", format: "der" })),
    ),
  });
  await keyBag.makeInternalValues({ password, ...encryption });
  const pfx = new pkijs.PFX({
    parsedValue: {
      integrityMode: 0,
      authenticatedSafe: new pkijs.AuthenticatedSafe({
        parsedValue: {
          safeContents: [
            {
              privacyMode: 0,
              value: new pkijs.SafeContents({
                safeBags: [
                  new pkijs.SafeBag({ bagId: "1.2.840.113549.1.12.10.1.2", bagValue: keyBag }),
                ],
              }),
            },
            {
              privacyMode: 1,
              value: new pkijs.SafeContents({
                safeBags: options.certificates.map(
                  (der) =>
                    new pkijs.SafeBag({
                      bagId: "1.2.840.113549.1.12.10.1.3",
                      bagValue: new pkijs.CertBag({ parsedValue: certificateFromDer(der) }),
                    }),
                ),
              }),
            },
          ],
        },
      }),
    },
  });
  await pfx.parsedValue!.authenticatedSafe!.makeInternalValues({
    safeContents: [{}, { password, ...encryption }],
  });
  await pfx.makeInternalValues({
    password,
    iterations: 2048,
    pbkdf2HashAlgorithm: "SHA-256",
    hmacHashAlgorithm: "SHA-256",
  });
  return new Uint8Array(pfx.toSchema().toBER(false));
}
