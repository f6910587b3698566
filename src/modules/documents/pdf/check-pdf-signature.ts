import { verifyCadesDetachedSignature } from "@/core/crypto/x509";

export type PdfSignatureCheck =
  | {
      isValid: true;
      signerCertificateDer: Uint8Array;
      certificateDers: Uint8Array[];
      subFilter: string;
      hasTimeStamp: boolean;
    }
  | {
      isValid: false;
      reason:
        | "not_pdf"
        | "unsigned"
        | "malformed"
        | "changed_after_signing"
        | "bad_signature"
        | "signer_certificate_missing"
        | "signing_certificate_mismatch";
    };

/**
 * Checks the signature of a PDF as Pratu signs them: one signature whose
 * ByteRange covers the whole file except the signature itself. Bytes added
 * after signing (an incremental update) or changed inside the signed ranges
 * both answer `changed_after_signing`. Any malformed input is an answer,
 * never an exception: the verify page takes files from anyone.
 */
export async function checkPdfSignature(pdf: Uint8Array): Promise<PdfSignatureCheck> {
  // One character per byte, so offsets in the text are offsets in the file.
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  if (!text.startsWith("%PDF-")) return { isValid: false, reason: "not_pdf" };
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) return { isValid: false, reason: "unsigned" };
  const [start, firstLength, secondStart, secondLength] = last.slice(1, 5).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (
    start !== 0 ||
    firstLength >= secondStart ||
    secondStart + secondLength > pdf.length ||
    text[firstLength] !== "<" ||
    text[secondStart - 1] !== ">"
  ) {
    return { isValid: false, reason: "malformed" };
  }
  const hex = text.slice(firstLength + 1, secondStart - 1);
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0)
    return { isValid: false, reason: "malformed" };
  // The signature dictionary's other entries sit on either side of /Contents.
  const dictionary =
    text.slice(Math.max(0, last.index - 4096), firstLength) +
    text.slice(secondStart, secondStart + 4096);
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(dictionary)?.[1];
  if (subFilter !== "ETSI.CAdES.detached" && subFilter !== "adbe.pkcs7.detached") {
    return { isValid: false, reason: "malformed" };
  }

  const signedContent = new Uint8Array(firstLength + secondLength);
  signedContent.set(pdf.subarray(0, firstLength), 0);
  signedContent.set(pdf.subarray(secondStart, secondStart + secondLength), firstLength);
  const verification = await verifyCadesDetachedSignature({
    signature: new Uint8Array(Buffer.from(hex, "hex")),
    content: signedContent,
  });
  if (!verification.isValid) {
    return {
      isValid: false,
      reason:
        verification.reason === "content_changed" ? "changed_after_signing" : verification.reason,
    };
  }
  if (secondStart + secondLength !== pdf.length) {
    return { isValid: false, reason: "changed_after_signing" };
  }
  return {
    isValid: true,
    signerCertificateDer: verification.signerCertificateDer,
    certificateDers: verification.certificateDers,
    subFilter,
    hasTimeStamp: verification.hasTimeStamp,
  };
}
