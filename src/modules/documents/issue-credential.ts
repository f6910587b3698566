import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import { agencySigner } from "@/core/crypto/signing-keys";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import type { Agency } from "@/modules/agencies";

import { statusEntries } from "./credential-of-document";
import {
  agencyDid,
  agencyVerificationMethod,
  credentialSha256,
  signCredential,
} from "./credentials";
import { allocateDocument, type IssuingActor, newVerifyCode, recordIssue } from "./issuance-steps";
import {
  insertIssuedDocument,
  type NewIssuedDocument,
  selectIssuedDocumentByIdempotencyKey,
} from "./repo";

/**
 * Issues a credential an agency system wrote (the VC-API): Pratu sets the
 * issuer, the id when absent and the status entries, signs it with the
 * agency's key and keeps it, so that it verifies, can be revoked and is on
 * the transparency log like any document. It has no PDF and no holder account.
 */
export async function issueCredential(options: {
  db: Database;
  secrets: SecretBox;
  config: Config;
  agency: Pick<Agency, "id" | "code" | "nameTh" | "nameEn">;
  credential: Record<string, unknown>;
  idempotencyKey?: string | undefined;
  actor: IssuingActor;
  requestId?: string | undefined;
}): Promise<{ credential: Record<string, unknown>; documentId: string; isNew: boolean }> {
  const { db, agency } = options;
  const idempotencyKey = `vc-api:${options.idempotencyKey ?? newId()}`;
  const previous = await withinAgency(db, agency.id, (scope) =>
    selectIssuedDocumentByIdempotencyKey(scope, idempotencyKey),
  );
  if (previous) return { credential: previous.credential, documentId: previous.id, isNew: false };

  const signer = await agencySigner({ db, secrets: options.secrets, agencyId: agency.id });
  const { id, issuedAt, number, statusIndex } = await allocateDocument(db, agency);
  const publicUrl = options.config.server.publicUrl;
  const issuerDid = agencyDid(publicUrl, agency.code);
  const { proof, credentialStatus, ...written } = options.credential;
  const credential = await signCredential({
    credential: {
      ...written,
      id: typeof written["id"] === "string" ? written["id"] : `urn:uuid:${id}`,
      issuer: { id: issuerDid, name: agency.nameTh },
      validFrom:
        typeof written["validFrom"] === "string" ? written["validFrom"] : issuedAt.toISOString(),
      credentialStatus: statusEntries(publicUrl, agency.code, statusIndex),
    },
    signer,
    verificationMethod: agencyVerificationMethod(issuerDid, signer.kid),
    created: issuedAt,
  });
  const subject = credential["credentialSubject"] as Record<string, unknown> | undefined;
  const validUntil =
    typeof credential["validUntil"] === "string" ? new Date(credential["validUntil"]) : null;
  const record: NewIssuedDocument = {
    id,
    agencyId: agency.id,
    documentTypeId: null,
    number,
    verifyCode: newVerifyCode(),
    holderCitizenId: null,
    holderNationalIdHash: null,
    holderName: typeof subject?.["name"] === "string" ? subject["name"] : null,
    applicationId: null,
    locale: "th",
    data: {},
    credential,
    credentialSha256: credentialSha256(credential),
    pdf: null,
    pdfSha256: null,
    statusIndex,
    issuedAt,
    validUntil: validUntil && !Number.isNaN(validUntil.getTime()) ? validUntil : null,
    batchId: null,
    idempotencyKey,
  };
  return withinAgency(db, agency.id, async (scope) => {
    if (!(await insertIssuedDocument(scope, record))) {
      const theirs = await selectIssuedDocumentByIdempotencyKey(scope, idempotencyKey);
      if (!theirs) throw new Error("An idempotent credential insert found nothing");
      return { credential: theirs.credential, documentId: theirs.id, isNew: false };
    }
    await recordIssue(scope, record, { ...options, documentType: null });
    return { credential, documentId: id, isNew: true };
  });
}
