import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { formatDate, type Locale } from "@/core/i18n";
import type { Agency } from "@/modules/agencies";

import { selectDocumentTypeById } from "../document-type-repo";
import type { DocumentFieldDefinition, IssuedDocument } from "../schema";
import { findTransparencyLogEntry } from "../transparency";
import type { VerifiedDocument } from "./schema";

/**
 * A name partly hidden, for a page anyone with the link can open: the first
 * word whole (the title and given name, in Thai written together), each
 * other word by its first letter. Enough to compare with the paper, not
 * enough to learn a stranger's surname from a forwarded link.
 */
export function maskName(name: string): string {
  const segmenter = new Intl.Segmenter("th", { granularity: "grapheme" });
  const [first, ...others] = name.trim().split(/\s+/);
  const hidden = others.map(
    (word) => `${segmenter.segment(word)[Symbol.iterator]().next().value?.segment ?? ""}…`,
  );
  return [first ?? "", ...hidden].join(" ").trim();
}

/** A field's value as people read it: dates in the Buddhist Era in Thai, numbers grouped. */
function displayValue(
  type: DocumentFieldDefinition["type"],
  value: string,
  locale: Locale,
): string {
  if (type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00+07:00`);
    if (!Number.isNaN(date.getTime())) return formatDate(date, locale, "date");
  }
  if (type === "number" && /^-?\d+(\.\d+)?$/.test(value)) {
    const [whole, fraction] = value.split(".");
    const grouped = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB").format(
      Number(whole),
    );
    return fraction === undefined ? grouped : `${grouped}.${fraction}`;
  }
  return value;
}

interface FieldDescription {
  key: string;
  label: { th: string; en: string };
  type: DocumentFieldDefinition["type"];
}

/** A credential issued through the VC-API has no document type: its own field list names the fields. */
function fieldsOfCredential(credential: Record<string, unknown>): FieldDescription[] {
  const subject = credential.credentialSubject as { document?: { fields?: unknown } } | undefined;
  const fields = subject?.document?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((field: unknown) => {
    const { key, label } = (field ?? {}) as { key?: unknown; label?: unknown };
    if (typeof key !== "string") return [];
    const text = typeof label === "string" ? label : key;
    return [{ key, label: { th: text, en: text }, type: "text" as const }];
  });
}

/**
 * What the result page shows of a document on record: its number, title,
 * agency, dates and data as the agency recorded them, and its place in the
 * agency's transparency log.
 */
export async function describeDocument(options: {
  db: Database;
  document: IssuedDocument;
  agency: Pick<Agency, "code" | "nameTh" | "nameEn">;
}): Promise<VerifiedDocument> {
  const { db, document } = options;
  const [documentType, leaf] = await withinAgency(
    db,
    document.agencyId,
    async (scope) =>
      [
        document.documentTypeId
          ? await selectDocumentTypeById(scope, document.documentTypeId)
          : null,
        await findTransparencyLogEntry(scope, document.id),
      ] as const,
  );
  const described: FieldDescription[] =
    documentType?.fields ?? fieldsOfCredential(document.credential);
  const known = new Set(described.map((field) => field.key));
  const fields = [
    ...described,
    ...Object.keys(document.data)
      .filter((key) => !known.has(key))
      .map((key) => ({ key, label: { th: key, en: key }, type: "text" as const })),
  ]
    .filter((field) => (document.data[field.key] ?? "").trim() !== "")
    .map((field) => {
      const value = document.data[field.key]!.trim();
      return {
        key: field.key,
        label: field.label,
        value,
        display: {
          th: displayValue(field.type, value, "th"),
          en: displayValue(field.type, value, "en"),
        },
      };
    });
  return {
    number: document.number,
    title: documentType?.title ?? null,
    kind: documentType?.kind ?? null,
    holderName: document.holderName ? maskName(document.holderName) : null,
    agency: {
      code: options.agency.code,
      nameTh: options.agency.nameTh,
      nameEn: options.agency.nameEn,
    },
    issuedAt: document.issuedAt.toISOString(),
    validUntil: document.validUntil?.toISOString() ?? null,
    status: document.status,
    statusReason: document.statusReason,
    statusChangedAt: document.statusChangedAt?.toISOString() ?? null,
    fields,
    transparencyLogIndex: leaf ? leaf.leafIndex : null,
  };
}
