import { createHash, randomBytes } from "node:crypto";

import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

/** Short names of the name attributes Pratu writes and shows, with their OIDs. */
const nameAttributeOids = {
  C: "2.5.4.6",
  O: "2.5.4.10",
  OU: "2.5.4.11",
  CN: "2.5.4.3",
  serialNumber: "2.5.4.5",
  organizationIdentifier: "2.5.4.97",
} as const;

type NameAttribute = keyof typeof nameAttributeOids;
const shortNameOf = new Map<string, string>(
  Object.entries(nameAttributeOids).map(([short, oid]) => [oid, short]),
);

/** A distinguished name as ordered (attribute, value) pairs, most general first. */
export type DistinguishedName = ReadonlyArray<readonly [NameAttribute, string]>;

/** Key purposes written into document-signing certificates. */
export const keyPurposes = {
  /** RFC 9336 id-kp-documentSigning. */
  documentSigning: "1.3.6.1.5.5.7.3.36",
  /** Adobe Authentic Documents Trust, which PDF readers look for. */
  adobeAuthenticDocuments: "1.2.840.113583.1.1.5",
  /** Verifiers built on NSS (poppler's pdfsig among them) check a document signer as an e-mail signer. */
  emailProtection: "1.3.6.1.5.5.7.3.4",
} as const;

/** RFC 3161 id-kp-timeStamping: the one purpose of a time-stamping authority's certificate. */
export const timeStampingKeyPurpose = "1.3.6.1.5.5.7.3.8";

export type CertificateProfile = "root_ca" | "document_signing" | "time_stamping";

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function toName(name: DistinguishedName): pkijs.RelativeDistinguishedNames {
  // One attribute per RDN. pkijs would put them all in one multi-valued RDN,
  // so the SEQUENCE OF SET is written here and read back.
  const sequence = new asn1js.Sequence({
    value: name.map(
      ([attribute, value]) =>
        new asn1js.Set({
          value: [
            new pkijs.AttributeTypeAndValue({
              type: nameAttributeOids[attribute],
              // Country codes must be PrintableString; everything else may carry Thai.
              value:
                attribute === "C"
                  ? new asn1js.PrintableString({ value })
                  : new asn1js.Utf8String({ value }),
            }).toSchema(),
          ],
        }),
    ),
  });
  return pkijs.RelativeDistinguishedNames.fromBER(sequence.toBER(false));
}

/** A name in the RFC 4514 style people read, most general first: `C=TH, O=..., CN=...`. */
export function describeName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((item) => {
      const value = (item.value.valueBlock as { value?: unknown }).value;
      return `${shortNameOf.get(item.type) ?? item.type}=${typeof value === "string" ? value : "?"}`;
    })
    .join(", ");
}

function keyUsageBits(profile: CertificateProfile): asn1js.BitString {
  // Bit 0 (digitalSignature) is the most significant bit of the first byte.
  const bits = profile === "root_ca" ? 0x04 | 0x02 : 0x80 | 0x40;
  let unusedBits = 0;
  while (((bits >> unusedBits) & 1) === 0) unusedBits++;
  return new asn1js.BitString({ valueHex: new Uint8Array([bits]).buffer, unusedBits });
}

function keyIdentifierOf(publicKeyInfo: pkijs.PublicKeyInfo): ArrayBuffer {
  // RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits.
  const digest = createHash("sha1")
    .update(publicKeyInfo.subjectPublicKey.valueBlock.valueHexView)
    .digest();
  return toArrayBuffer(digest);
}

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

function extensionsFor(
  profile: CertificateProfile,
  subjectKey: pkijs.PublicKeyInfo,
  issuerKey: pkijs.PublicKeyInfo,
): pkijs.Extension[] {
  const extensions = [
    extension(
      "2.5.29.19",
      true,
      new pkijs.BasicConstraints(
        profile === "root_ca" ? { cA: true, pathLenConstraint: 0 } : { cA: false },
      ).toSchema(),
    ),
    extension("2.5.29.15", true, keyUsageBits(profile)),
    extension(
      "2.5.29.14",
      false,
      new asn1js.OctetString({ valueHex: keyIdentifierOf(subjectKey) }),
    ),
  ];
  if (profile !== "root_ca") {
    // RFC 3161 2.3: a TSA's certificate names time-stamping as its only
    // purpose, critical; verifiers such as `openssl ts` refuse any other.
    const isTimeStamping = profile === "time_stamping";
    extensions.push(
      extension(
        "2.5.29.37",
        isTimeStamping,
        new pkijs.ExtKeyUsage({
          keyPurposes: isTimeStamping ? [timeStampingKeyPurpose] : Object.values(keyPurposes),
        }).toSchema(),
      ),
      extension(
        "2.5.29.35",
        false,
        new pkijs.AuthorityKeyIdentifier({
          keyIdentifier: new asn1js.OctetString({ valueHex: keyIdentifierOf(issuerKey) }),
        }).toSchema(),
      ),
    );
  }
  return extensions;
}

function certificateTime(at: Date): pkijs.Time {
  // RFC 5280 4.1.2.5: whole seconds; UTCTime through 2049, GeneralizedTime from 2050.
  const value = new Date(Math.floor(at.getTime() / 1000) * 1000);
  return new pkijs.Time({
    type: value.getUTCFullYear() >= 2050 ? pkijs.TimeType.GeneralizedTime : pkijs.TimeType.UTCTime,
    value,
  });
}

/** A positive 128-bit random serial number, as certificates and time-stamp tokens carry. */
export function randomSerialNumber(): asn1js.Integer {
  const bytes = randomBytes(16);
  // Positive and of full length: a leading zero byte would be dropped by DER.
  bytes[0] = (bytes[0]! & 0x7f) | 0x40;
  return new asn1js.Integer({ valueHex: toArrayBuffer(bytes) });
}

/**
 * Makes an X.509 v3 certificate of one of Pratu's profiles, signed by the
 * issuer's key (the subject's own for a self-signed root).
 */
export async function createCertificate(options: {
  profile: CertificateProfile;
  subject: DistinguishedName;
  subjectPublicKeyDer: Uint8Array;
  /** The issuing certificate; omitted for a self-signed root. */
  issuer?: pkijs.Certificate;
  issuerPrivateKey: CryptoKey;
  notBefore: Date;
  notAfter: Date;
}): Promise<pkijs.Certificate> {
  const subjectKey = pkijs.PublicKeyInfo.fromBER(toArrayBuffer(options.subjectPublicKeyDer));
  const certificate = new pkijs.Certificate({
    version: 2,
    serialNumber: randomSerialNumber(),
    subject: toName(options.subject),
    issuer: options.issuer ? options.issuer.subject : toName(options.subject),
    notBefore: certificateTime(options.notBefore),
    notAfter: certificateTime(options.notAfter),
    subjectPublicKeyInfo: subjectKey,
  });
  certificate.extensions = extensionsFor(
    options.profile,
    subjectKey,
    options.issuer?.subjectPublicKeyInfo ?? subjectKey,
  );
  await certificate.sign(options.issuerPrivateKey, "SHA-256");
  return certificate;
}

export function certificateToDer(certificate: pkijs.Certificate): Uint8Array {
  return new Uint8Array(certificate.toSchema().toBER(false));
}

export function certificateFromDer(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(der));
}

export function derToPem(der: Uint8Array, label: string): string {
  const body = Buffer.from(der)
    .toString("base64")
    .replace(/(.{64})/g, "$1\n");
  return `-----BEGIN ${label}-----\n${body.trimEnd()}\n-----END ${label}-----\n`;
}

/** Every PEM block with the given label, in order, as DER. */
export function pemToDers(pem: string, label = "CERTIFICATE"): Uint8Array[] {
  const pattern = new RegExp(`-----BEGIN ${label}-----([^-]+)-----END ${label}-----`, "g");
  return [...pem.matchAll(pattern)].map(
    (match) => new Uint8Array(Buffer.from(match[1]!.replace(/\s+/g, ""), "base64")),
  );
}

export function certificatesToPem(ders: readonly Uint8Array[]): string {
  return ders.map((der) => derToPem(der, "CERTIFICATE")).join("");
}

export interface CertificateSummary {
  subject: string;
  issuer: string;
  /** Hexadecimal, as certificate viewers show it. */
  serialNumber: string;
  fingerprintSha256: string;
  notBefore: Date;
  notAfter: Date;
}

export function summariseCertificate(der: Uint8Array): CertificateSummary {
  const certificate = certificateFromDer(der);
  return {
    subject: describeName(certificate.subject),
    issuer: describeName(certificate.issuer),
    serialNumber: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString("hex"),
    fingerprintSha256: createHash("sha256").update(der).digest("hex"),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
  };
}

/** Whether the certificate's key usage allows signing documents (or it states none). */
export function allowsDocumentSigning(certificate: pkijs.Certificate): boolean {
  const keyUsage = certificate.extensions?.find((item) => item.extnID === "2.5.29.15");
  if (!keyUsage) return true;
  const bits = asn1js.fromBER(keyUsage.extnValue.valueBlock.valueHexView)
    .result as asn1js.BitString;
  const first = bits.valueBlock.valueHexView[0] ?? 0;
  return (first & (0x80 | 0x40)) !== 0;
}

export type ChainVerification = { isValid: true } | { isValid: false; reason: string };

/**
 * Checks that a certificate chains through the given intermediates to one of
 * the trusted roots, with every signature and validity period in order at
 * the given instant.
 */
export async function verifyCertificateChain(options: {
  certificate: Uint8Array;
  intermediates?: readonly Uint8Array[];
  trustedRoots: readonly Uint8Array[];
  at?: Date;
}): Promise<ChainVerification> {
  const engine = new pkijs.CertificateChainValidationEngine({
    certs: [options.certificate, ...(options.intermediates ?? [])].map(certificateFromDer),
    trustedCerts: options.trustedRoots.map(certificateFromDer),
    checkDate: options.at ?? new Date(),
  });
  try {
    const outcome = await engine.verify();
    return outcome.result
      ? { isValid: true }
      : { isValid: false, reason: outcome.resultMessage || "chain not valid" };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { isValid: false, reason: message };
  }
}

/**
 * A certificate's validity, starting a minute ago so that a verifier whose
 * clock runs a little behind still accepts it.
 */
export function validityFromNow(length: { years: number } | { days: number }): {
  notBefore: Date;
  notAfter: Date;
} {
  const notBefore = new Date(Date.now() - 60_000);
  const notAfter = new Date(notBefore);
  if ("years" in length) notAfter.setUTCFullYear(notAfter.getUTCFullYear() + length.years);
  else notAfter.setTime(notBefore.getTime() + length.days * 86_400_000);
  return { notBefore, notAfter };
}

/** Deployments all name their authorities alike; the key's own hash tells them apart. */
export function keyTagOf(publicKeyDer: Uint8Array): string {
  return createHash("sha256").update(publicKeyDer).digest("hex").slice(0, 16);
}
