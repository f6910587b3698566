import { createHash } from "node:crypto";

import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

import { cmsOids } from "./cades-signature";
import { certificateToDer, toArrayBuffer } from "./certificates";

export type CadesVerification =
  | {
      isValid: true;
      signerCertificateDer: Uint8Array;
      /** Every certificate the signature carries, the signer's included. */
      certificateDers: Uint8Array[];
      signedAttributeTypes: string[];
      hasTimeStamp: boolean;
    }
  | {
      isValid: false;
      reason:
        | "malformed"
        | "content_changed"
        | "bad_signature"
        | "signer_certificate_missing"
        | "signing_certificate_mismatch";
    };

function signedAttribute(signerInfo: pkijs.SignerInfo, type: string): asn1js.AsnType | undefined {
  return signerInfo.signedAttrs?.attributes.find((item) => item.type === type)?.values[0] as
    asn1js.AsnType | undefined;
}

/** The certificate hash the signing-certificate-v2 attribute names, if any. */
function signingCertificateHash(signerInfo: pkijs.SignerInfo): Uint8Array | undefined {
  const value = signedAttribute(signerInfo, cmsOids.signingCertificateV2);
  if (!(value instanceof asn1js.Sequence)) return undefined;
  const certs = value.valueBlock.value[0];
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return undefined;
  // ESSCertIDv2: an optional hash algorithm (only SHA-256, the default, is written here), then the hash.
  const hash = first.valueBlock.value.find((item) => item instanceof asn1js.OctetString);
  return hash instanceof asn1js.OctetString
    ? new Uint8Array(hash.valueBlock.valueHexView)
    : undefined;
}

/**
 * Checks a detached CMS signature over `content`: the message digest, the
 * signature under the embedded signer certificate, and that the certificate
 * is the one the signed attributes name (CAdES signing-certificate-v2).
 * Whether that certificate deserves trust is the caller's question.
 */
export async function verifyCadesDetachedSignature(options: {
  signature: Uint8Array;
  content: Uint8Array;
}): Promise<CadesVerification> {
  let signedData: pkijs.SignedData;
  try {
    const parsed = asn1js.fromBER(toArrayBuffer(options.signature));
    if (parsed.offset === -1) return { isValid: false, reason: "malformed" };
    const contentInfo = new pkijs.ContentInfo({ schema: parsed.result });
    if (contentInfo.contentType !== cmsOids.signedData)
      return { isValid: false, reason: "malformed" };
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return { isValid: false, reason: "malformed" };
  }
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) return { isValid: false, reason: "malformed" };

  let outcome: { signatureVerified?: boolean | null; signerCertificate?: pkijs.Certificate | null };
  try {
    outcome = await signedData.verify({
      signer: 0,
      data: toArrayBuffer(options.content),
      checkChain: false,
      extendedMode: true,
    });
  } catch (error) {
    const code = (error as { code?: number }).code;
    const message = error instanceof Error ? error.message : "";
    if (code === 3) return { isValid: false, reason: "signer_certificate_missing" };
    if (message.includes("Message digest")) return { isValid: false, reason: "content_changed" };
    return { isValid: false, reason: "malformed" };
  }
  if (!outcome.signatureVerified || !outcome.signerCertificate) {
    return { isValid: false, reason: "bad_signature" };
  }
  const signerCertificateDer = certificateToDer(outcome.signerCertificate);
  const namedHash = signingCertificateHash(signerInfo);
  const actualHash = createHash("sha256").update(signerCertificateDer).digest();
  if (!namedHash || !actualHash.equals(namedHash)) {
    return { isValid: false, reason: "signing_certificate_mismatch" };
  }
  return {
    isValid: true,
    signerCertificateDer,
    certificateDers: (signedData.certificates ?? [])
      .filter((item): item is pkijs.Certificate => item instanceof pkijs.Certificate)
      .map(certificateToDer),
    signedAttributeTypes: signerInfo.signedAttrs?.attributes.map((item) => item.type) ?? [],
    hasTimeStamp:
      signerInfo.unsignedAttrs?.attributes.some(
        (item) => item.type === cmsOids.signatureTimeStampToken,
      ) ?? false,
  };
}
