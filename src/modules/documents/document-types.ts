import type { AgencyScope } from "@/core/db/tenant";
import { AppError } from "@/core/errors";

import { upsertDocumentType } from "./document-type-repo";
import {
  type DocumentType,
  type DocumentTypeDefinition,
  DocumentTypeDefinitionSchema,
} from "./schema";

/** Adds or replaces (by code) a document type of the scope's agency, checked first. */
export async function saveDocumentType(
  scope: AgencyScope,
  definition: DocumentTypeDefinition,
): Promise<DocumentType> {
  const parsed = DocumentTypeDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    throw new AppError("validation_failed", "The document type is not valid.", {
      fields: parsed.error.issues.map((issue) => ({
        field: issue.path.join("."),
        message: issue.message,
      })),
    });
  }
  return upsertDocumentType(scope, parsed.data);
}
