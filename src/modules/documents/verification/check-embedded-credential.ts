import type { Config } from "@/config/schema";
import type { Database } from "@/core/db/database";

import { credentialSha256, verifyCredential } from "../credentials";
import { findIssuedDocument } from "../repo";
import type { IssuedDocument } from "../schema";
import { bilingual } from "./check-items";
import { type EmbeddedFile, extractEmbeddedFiles } from "./extract-embedded-files";
import { verificationMessages as m } from "./messages";
import type { EmbeddedCredentialCheck } from "./schema";
import { MAX_CREDENTIAL_CHARACTERS } from "./verification-input";

/** The credential among a PDF's attachments: Pratu names it credential.json. */
function credentialFileOf(files: readonly EmbeddedFile[]): EmbeddedFile | undefined {
  return (
    files.find((file) => file.name === "credential.json") ??
    files.find((file) => /^application\/(vc\+ld\+json|vc|ld\+json)$/.test(file.mimeType ?? ""))
  );
}

function parseJsonObject(bytes: Uint8Array): Record<string, unknown> | null {
  if (bytes.length > MAX_CREDENTIAL_CHARACTERS * 4) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * The credential a PDF carries, verified on its own, and whether it is the
 * one issued with that very PDF. It informs; it never decides: a changed PDF
 * stays "changed after signing" even when the credential inside is genuine.
 */
export async function checkEmbeddedCredential(options: {
  db: Database;
  config: Config;
  pdf: Uint8Array;
  document: IssuedDocument | null;
  now: Date;
}): Promise<EmbeddedCredentialCheck> {
  const file = credentialFileOf(extractEmbeddedFiles(options.pdf));
  const answer = (
    fields: Omit<EmbeddedCredentialCheck, "messages" | "documentNumber"> & {
      documentNumber?: string | null;
    },
    messages: { th: string; en: string },
  ): EmbeddedCredentialCheck => ({ documentNumber: null, ...fields, messages });
  if (!file) {
    return answer(
      { found: false, verified: null, matchesDocument: null, reason: "not_found" },
      bilingual(m.page.embeddedMissing),
    );
  }
  const credential = parseJsonObject(file.content);
  if (!credential) {
    return answer(
      { found: true, verified: null, matchesDocument: null, reason: "unreadable" },
      bilingual(m.page.embeddedUnreadable),
    );
  }
  const verification = await verifyCredential({
    db: options.db,
    config: options.config,
    credential,
    now: options.now,
  });
  const hash = credentialSha256(credential);
  const matchesDocument = options.document ? options.document.credentialSha256 === hash : null;
  const error = verification.errors[0];
  if (!verification.verified && error) {
    return answer(
      { found: true, verified: false, matchesDocument, reason: error.code },
      bilingual(m.page.embeddedFailed, (locale) => ({ reason: error.messages[locale] })),
    );
  }
  const record =
    options.document && matchesDocument
      ? options.document
      : await findIssuedDocument(options.db, { credentialSha256: hash });
  if (matchesDocument === false || (!options.document && record)) {
    const number = record?.number ?? "-";
    return answer(
      {
        found: true,
        verified: true,
        matchesDocument: false,
        documentNumber: record?.number ?? null,
        reason: "other_document",
      },
      bilingual(m.page.embeddedVerifiedOther, () => ({ number })),
    );
  }
  return answer(
    {
      found: true,
      verified: true,
      matchesDocument,
      documentNumber: record?.number ?? null,
      reason: "verified",
    },
    bilingual(m.page.embeddedVerified),
  );
}
