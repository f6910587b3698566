import { createHash } from "node:crypto";

import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

import { certificateFromDer, toArrayBuffer } from "./certificates";
import type { DocumentSignatureAlgorithm, DocumentSigner } from "./document-signer";

export const cmsOids = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  sha256: "2.16.840.1.101.3.4.2.1",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  signatureTimeStampToken: "1.2.840.113549.1.9.16.2.14",
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  sha256WithRsa: "1.2.840.113549.1.1.11",
} as const;

/**
 * Obtains an RFC 3161 time-stamp token over a signature, which turns a
 * CAdES/PAdES B-B signature into B-T. A TSA client (remote, or Pratu's own)
 * implements this; the token is added as the unsigned attribute
 * `signature-time-stamp-token`.
 */
export interface SignatureTimeStamper {
  /**
   * @param messageImprint SHA-256 of the signature value, for the request's MessageImprint.
   * @returns The DER `TimeStampToken` (a CMS ContentInfo) the TSA answered.
   */
  timeStamp(messageImprint: Uint8Array): Promise<Uint8Array>;
}

function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("sha256").update(bytes).digest());
}

export function attribute(type: string, value: asn1js.BaseBlock): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** ESS signing-certificate-v2 (RFC 5035): binds the signer's certificate into what is signed. */
export function signingCertificateV2(certificateDer: Uint8Array): asn1js.Sequence {
  const certificate = certificateFromDer(certificateDer);
  const issuerSerial = new asn1js.Sequence({
    value: [
      new pkijs.GeneralNames({
        names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })],
      }).toSchema(),
      certificate.serialNumber,
    ],
  });
  // hashAlgorithm is left out: its DEFAULT is SHA-256, and DER omits defaults.
  const essCertIdV2 = new asn1js.Sequence({
    value: [
      new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(certificateDer)) }),
      issuerSerial,
    ],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

function compareBytes(left: Uint8Array, right: Uint8Array): number {
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) {
    if (left[index] !== right[index]) return left[index]! - right[index]!;
  }
  return left.length - right.length;
}

/** DER wants a SET OF in the order of its elements' encodings. */
export function sortedForDer(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((item) => ({
    item,
    bytes: new Uint8Array(item.toSchema().toBER(false)),
  }));
  return encoded
    .sort((left, right) => compareBytes(left.bytes, right.bytes))
    .map((entry) => entry.item);
}

export function signatureAlgorithmIdentifier(
  algorithm: DocumentSignatureAlgorithm,
): pkijs.AlgorithmIdentifier {
  return algorithm === "ecdsa-with-SHA256"
    ? new pkijs.AlgorithmIdentifier({ algorithmId: cmsOids.ecdsaWithSha256 })
    : new pkijs.AlgorithmIdentifier({
        algorithmId: cmsOids.sha256WithRsa,
        algorithmParams: new asn1js.Null(),
      });
}

/**
 * A detached CMS SignedData over `content`, shaped for CAdES baseline B-B
 * (ETSI EN 319 122-1) and therefore for PAdES with SubFilter
 * ETSI.CAdES.detached: signed attributes content-type, message-digest and
 * signing-certificate-v2; the signer's certificate chain included. PAdES
 * forbids the signing-time attribute (the PDF's /M says when), so it is only
 * added when asked for.
 */
export async function createCadesDetachedSignature(options: {
  signer: DocumentSigner;
  content: Uint8Array;
  signingTime?: Date;
  timeStamper?: SignatureTimeStamper;
}): Promise<Uint8Array> {
  const { signer, content } = options;
  const [signerCertificateDer] = signer.certificateChain;
  if (!signerCertificateDer) throw new Error("The signer has no certificate");
  const signerCertificate = certificateFromDer(signerCertificateDer);

  const signedAttributes = [
    attribute(cmsOids.contentType, new asn1js.ObjectIdentifier({ value: cmsOids.data })),
    attribute(
      cmsOids.messageDigest,
      new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(content)) }),
    ),
    attribute(cmsOids.signingCertificateV2, signingCertificateV2(signerCertificateDer)),
  ];
  if (options.signingTime) {
    signedAttributes.push(
      attribute(cmsOids.signingTime, new asn1js.UTCTime({ valueDate: options.signingTime })),
    );
  }

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: signerCertificate.issuer,
      serialNumber: signerCertificate.serialNumber,
    }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: cmsOids.sha256 }),
    signatureAlgorithm: signatureAlgorithmIdentifier(signer.signatureAlgorithm),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({
      type: 0,
      attributes: sortedForDer(signedAttributes),
    }),
  });

  // What is signed is the DER of the attributes with the SET OF tag (RFC 5652 5.4).
  const toBeSigned = new Uint8Array(signerInfo.signedAttrs!.toSchema().toBER(false));
  toBeSigned[0] = 0x31;
  const signatureValue = await signer.sign(toBeSigned);
  signerInfo.signature = new asn1js.OctetString({ valueHex: toArrayBuffer(signatureValue) });

  if (options.timeStamper) {
    const token = await options.timeStamper.timeStamp(sha256(signatureValue));
    const parsed = asn1js.fromBER(toArrayBuffer(token));
    if (parsed.offset === -1) throw new Error("The time-stamp token is not valid DER");
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [attribute(cmsOids.signatureTimeStampToken, parsed.result)],
    });
  }

  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: cmsOids.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: cmsOids.data }),
    certificates: signer.certificateChain.map(certificateFromDer),
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({
    contentType: cmsOids.signedData,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
