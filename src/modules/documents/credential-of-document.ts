import type { Agency } from "@/modules/agencies";

import { documentsContextUrl, statusListUrl, VC_V2_CONTEXT_URL } from "./credentials";
import type { DocumentType } from "./schema";

/** A document's credential before its proof: what the issuer states, in JSON-LD terms of our context. */
export function credentialOfDocument(document: {
  id: string;
  number: string;
  verifyUrl: string;
  issuerDid: string;
  publicUrl: string;
  agency: Pick<Agency, "code" | "nameTh" | "nameEn">;
  documentType: Pick<DocumentType, "kind" | "title" | "fields" | "credentialType">;
  holderName: string;
  data: Readonly<Record<string, string>>;
  statusIndex: number;
  issuedAt: Date;
  validUntil: Date | null;
}): Record<string, unknown> {
  const { documentType } = document;
  return {
    "@context": [VC_V2_CONTEXT_URL, documentsContextUrl],
    id: `urn:uuid:${document.id}`,
    type: ["VerifiableCredential", "DocumentCredential", documentType.credentialType],
    name: documentType.title.th,
    description: documentType.title.en,
    issuer: { id: document.issuerDid, name: document.agency.nameTh },
    validFrom: document.issuedAt.toISOString(),
    ...(document.validUntil ? { validUntil: document.validUntil.toISOString() } : {}),
    credentialSubject: {
      type: "DocumentHolder",
      name: document.holderName,
      document: {
        type: "IssuedDocument",
        documentKind: documentType.kind,
        documentNumber: document.number,
        title: documentType.title.th,
        verificationUrl: document.verifyUrl,
        fields: documentType.fields
          .filter((field) => document.data[field.key] !== undefined)
          .map((field) => ({
            type: "DocumentField",
            key: field.key,
            label: field.label.th,
            value: document.data[field.key],
          })),
      },
    },
    credentialStatus: statusEntries(document.publicUrl, document.agency.code, document.statusIndex),
  };
}

/** The credential's places in the agency's revocation and suspension lists. */
export function statusEntries(
  publicUrl: string,
  agencyCode: string,
  statusIndex: number,
): Record<string, string>[] {
  return (["revocation", "suspension"] as const).map((purpose) => {
    const list = statusListUrl(publicUrl, agencyCode, purpose);
    return {
      id: `${list}#${statusIndex}`,
      type: "BitstringStatusListEntry",
      statusPurpose: purpose,
      statusListIndex: String(statusIndex),
      statusListCredential: list,
    };
  });
}
