import { createHash, createPublicKey, timingSafeEqual, verify } from "node:crypto";

import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

import { cmsOids } from "./cades-signature";
import { certificateToDer, timeStampingKeyPurpose, toArrayBuffer } from "./certificates";
import { failureOf, oidText, parseExactly, timeStampOids } from "./time-stamp-protocol";

export type TimeStampRefusal =
  | "unavailable"
  | "wrong_content_type"
  | "too_large"
  | "malformed"
  | "rejected"
  | "imprint_mismatch"
  | "nonce_mismatch"
  | "certificate_missing"
  | "not_a_time_stamping_certificate"
  | "bad_signature";

/** A time-stamp that cannot be used, and why (stable reasons for programs and logs). */
export class TimeStampError extends Error {
  constructor(
    readonly reason: TimeStampRefusal,
    message: string,
  ) {
    super(message);
    this.name = "TimeStampError";
  }
}

/** What a time-stamp token says, once its signature is checked. */
export interface TimeStampTokenInfo {
  genTime: Date;
  /** Hexadecimal. */
  serialNumber: string;
  policy: string;
  hashAlgorithm: string;
  messageImprint: Uint8Array;
  /** Hexadecimal, or null when the request carried none. */
  nonce: string | null;
  signerCertificateDer: Uint8Array;
  /** Every certificate the token carries, the signer's included. */
  certificateDers: Uint8Array[];
}

const hashNames = new Map<string, string>([
  [timeStampOids.sha256, "sha256"],
  [timeStampOids.sha384, "sha384"],
  [timeStampOids.sha512, "sha512"],
  ["1.3.14.3.2.26", "sha1"],
]);

/** Signature algorithms by OID, with the hash they fix (RSA with rsaEncryption takes the digest's). */
const signatureHashes = new Map<string, string | null>([
  ["1.2.840.10045.4.3.2", "sha256"],
  ["1.2.840.10045.4.3.3", "sha384"],
  ["1.2.840.10045.4.3.4", "sha512"],
  ["1.2.840.113549.1.1.11", "sha256"],
  ["1.2.840.113549.1.1.12", "sha384"],
  ["1.2.840.113549.1.1.13", "sha512"],
  ["1.2.840.113549.1.1.1", null],
]);

const ESS_SIGNING_CERTIFICATE = "1.2.840.113549.1.9.16.2.12";

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  return left.length === right.length && timingSafeEqual(left, right);
}

function signedAttribute(signerInfo: pkijs.SignerInfo, type: string) {
  return signerInfo.signedAttrs?.attributes.find((item) => item.type === type)?.values[0] as
    asn1js.AsnType | undefined;
}

/**
 * The certificate hash an ESS signing-certificate(-v2) attribute names, with
 * its hash: RFC 3161 has the token name its TSA's certificate this way.
 */
function namedCertificateHash(signerInfo: pkijs.SignerInfo) {
  for (const [type, defaultHash] of [
    [cmsOids.signingCertificateV2, "sha256"],
    [ESS_SIGNING_CERTIFICATE, "sha1"],
  ] as const) {
    const value = signedAttribute(signerInfo, type);
    const certs = value instanceof asn1js.Sequence ? value.valueBlock.value[0] : undefined;
    const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
    if (!(first instanceof asn1js.Sequence)) continue;
    const [head, second] = first.valueBlock.value;
    const algorithm =
      head instanceof asn1js.Sequence
        ? hashNames.get(new pkijs.AlgorithmIdentifier({ schema: head }).algorithmId)
        : defaultHash;
    const hash = head instanceof asn1js.OctetString ? head : second;
    if (algorithm && hash instanceof asn1js.OctetString) {
      return { algorithm, hash: new Uint8Array(hash.valueBlock.valueHexView) };
    }
  }
  return undefined;
}

function hasTimeStampingPurpose(certificate: pkijs.Certificate): boolean {
  const extension = certificate.extensions?.find((item) => item.extnID === "2.5.29.37");
  return (
    extension?.parsedValue instanceof pkijs.ExtKeyUsage &&
    extension.parsedValue.keyPurposes.includes(timeStampingKeyPurpose)
  );
}

function findSigner(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo) {
  const certificates = (signedData.certificates ?? []).filter(
    (item): item is pkijs.Certificate => item instanceof pkijs.Certificate,
  );
  const sid = signerInfo.sid as unknown;
  if (!(sid instanceof pkijs.IssuerAndSerialNumber)) return { certificates, signer: undefined };
  const signer = certificates.find(
    (item) => item.issuer.isEqual(sid.issuer) && item.serialNumber.isEqual(sid.serialNumber),
  );
  return { certificates, signer };
}

function checkSignature(signerInfo: pkijs.SignerInfo, certificate: pkijs.Certificate): boolean {
  const digest = hashNames.get(signerInfo.digestAlgorithm.algorithmId);
  const algorithmId = signerInfo.signatureAlgorithm.algorithmId;
  const hash = signatureHashes.has(algorithmId)
    ? (signatureHashes.get(algorithmId) ?? digest)
    : undefined;
  if (!hash || !signerInfo.signedAttrs) return false;
  const publicKey = createPublicKey({
    key: Buffer.from(certificate.subjectPublicKeyInfo.toSchema().toBER(false)),
    format: "der",
    type: "spki",
  });
  return verify(
    hash,
    new Uint8Array(signerInfo.signedAttrs.encodedValue),
    publicKey.asymmetricKeyType === "ec" ? { key: publicKey, dsaEncoding: "der" } : publicKey,
    signerInfo.signature.valueBlock.valueHexView,
  );
}

/**
 * Reads an RFC 3161 time-stamp token (a CMS ContentInfo) and checks that
 * its TSA signed it: the message digest over the TSTInfo, the signature
 * under the certificate the token carries, that certificate named by the
 * ESS attribute and meant for time-stamping. Whether the TSA deserves trust
 * (its chain) is the caller's question. Throws `TimeStampError`.
 */
export function readTimeStampToken(token: Uint8Array): TimeStampTokenInfo {
  const contentInfo = parseExactly(token, (schema) => new pkijs.ContentInfo({ schema }));
  if (contentInfo?.contentType !== cmsOids.signedData) {
    throw new TimeStampError("malformed", "The time-stamp token is not CMS signed data");
  }
  let signedData: pkijs.SignedData;
  let tstInfo: pkijs.TSTInfo;
  let content: Uint8Array;
  try {
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
    const eContent = signedData.encapContentInfo.eContent;
    if (signedData.encapContentInfo.eContentType !== timeStampOids.tstInfo || !eContent) {
      throw new Error("not TSTInfo");
    }
    content = new Uint8Array(eContent.getValue());
    tstInfo = pkijs.TSTInfo.fromBER(toArrayBuffer(content));
  } catch {
    throw new TimeStampError("malformed", "The time-stamp token does not sign a TSTInfo");
  }
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) throw new TimeStampError("malformed", "The time-stamp token has no signer");
  const { certificates, signer } = findSigner(signedData, signerInfo);
  if (!signer) {
    throw new TimeStampError(
      "certificate_missing",
      "The token does not carry its TSA's certificate",
    );
  }
  if (!hasTimeStampingPurpose(signer)) {
    throw new TimeStampError(
      "not_a_time_stamping_certificate",
      "The token's certificate is not meant for time-stamping",
    );
  }
  const signerCertificateDer = certificateToDer(signer);
  const digestName = hashNames.get(signerInfo.digestAlgorithm.algorithmId);
  const messageDigest = signedAttribute(signerInfo, cmsOids.messageDigest);
  const named = namedCertificateHash(signerInfo);
  const isIntact =
    digestName !== undefined &&
    messageDigest instanceof asn1js.OctetString &&
    sameBytes(
      new Uint8Array(createHash(digestName).update(content).digest()),
      messageDigest.valueBlock.valueHexView,
    ) &&
    named !== undefined &&
    sameBytes(
      new Uint8Array(createHash(named.algorithm).update(signerCertificateDer).digest()),
      named.hash,
    );
  if (!isIntact || !checkSignature(signerInfo, signer)) {
    throw new TimeStampError("bad_signature", "The time-stamp token's signature does not verify");
  }
  return {
    genTime: tstInfo.genTime,
    serialNumber: hex(tstInfo.serialNumber.valueBlock.valueHexView),
    policy: oidText(tstInfo.policy),
    hashAlgorithm: tstInfo.messageImprint.hashAlgorithm.algorithmId,
    messageImprint: new Uint8Array(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView),
    nonce: tstInfo.nonce ? hex(tstInfo.nonce.valueBlock.valueHexView) : null,
    signerCertificateDer,
    certificateDers: certificates.map(certificateToDer),
  };
}

/**
 * Reads a TSA's answer to a SHA-256 request: granted, with a token over
 * exactly this imprint and echoing this nonce. Answers the token's bytes as
 * the TSA sent them. Throws `TimeStampError`.
 */
export function readTimeStampResponse(options: {
  response: Uint8Array;
  messageImprint: Uint8Array;
  nonce: asn1js.Integer;
}): { token: Uint8Array; info: TimeStampTokenInfo } {
  const parsed = parseExactly(options.response, (schema) => ({
    response: new pkijs.TimeStampResp({ schema }),
    tokenBytes: (schema as asn1js.Sequence).valueBlock.value[1]?.valueBeforeDecodeView,
  }));
  if (!parsed) throw new TimeStampError("malformed", "The answer is not a TimeStampResp");
  const { status } = parsed.response;
  if (
    status.status !== pkijs.PKIStatus.granted &&
    status.status !== pkijs.PKIStatus.grantedWithMods
  ) {
    const said = status.statusStrings?.map((item) => item.valueBlock.value).join("; ");
    const failure = failureOf(status.failInfo);
    throw new TimeStampError(
      "rejected",
      `The time-stamping authority refused the request (status ${status.status}${failure ? `, ${failure}` : ""}${said ? `: ${said}` : ""})`,
    );
  }
  if (!parsed.tokenBytes) throw new TimeStampError("malformed", "The answer carries no token");
  const token = new Uint8Array(parsed.tokenBytes);
  const info = readTimeStampToken(token);
  if (
    info.hashAlgorithm !== timeStampOids.sha256 ||
    !sameBytes(info.messageImprint, options.messageImprint)
  ) {
    throw new TimeStampError("imprint_mismatch", "The token stamps another digest than asked");
  }
  if (info.nonce !== hex(options.nonce.valueBlock.valueHexView)) {
    throw new TimeStampError("nonce_mismatch", "The token does not echo the request's nonce");
  }
  return { token, info };
}

/**
 * The signature time-stamp of a CAdES signature (its unsigned attribute
 * signature-time-stamp-token), checked against the signature value it
 * stamps; undefined when the signature has none (PAdES B-B).
 */
export function readSignatureTimeStamp(signature: Uint8Array): TimeStampTokenInfo | undefined {
  let signerInfo: pkijs.SignerInfo | undefined;
  try {
    // A PDF's /Contents pads the signature with zeros: what follows the one value is ignored.
    const parsed = asn1js.fromBER(toArrayBuffer(signature));
    const contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
    if (contentInfo.contentType !== cmsOids.signedData) throw new Error("not signed data");
    signerInfo = new pkijs.SignedData({ schema: contentInfo.content }).signerInfos[0];
  } catch {
    throw new TimeStampError("malformed", "The signature is not CMS signed data");
  }
  const attribute = signerInfo?.unsignedAttrs?.attributes.find(
    (item) => item.type === cmsOids.signatureTimeStampToken,
  );
  if (!signerInfo || !attribute) return undefined;
  const value = attribute.values[0] as asn1js.AsnType | undefined;
  if (!value) throw new TimeStampError("malformed", "The time-stamp attribute is empty");
  // The token as it was written: its signature covers bytes a re-encoding could change.
  const bytes = value.valueBeforeDecodeView;
  const info = readTimeStampToken(
    bytes.byteLength > 0 ? new Uint8Array(bytes) : new Uint8Array(value.toBER(false)),
  );
  const hashName = hashNames.get(info.hashAlgorithm);
  const stamped = hashName
    ? new Uint8Array(
        createHash(hashName).update(signerInfo.signature.valueBlock.valueHexView).digest(),
      )
    : undefined;
  if (!stamped || !sameBytes(stamped, info.messageImprint)) {
    throw new TimeStampError("imprint_mismatch", "The time-stamp is over another signature");
  }
  return info;
}
