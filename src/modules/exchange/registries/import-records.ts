import { recordAudit } from "@/core/audit/record-audit";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database, Transaction } from "@/core/db/database";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError, type FieldProblem } from "@/core/errors";

import { hostedRegistry } from "./manage-records";
import { authorizeRegistryChange, type RegistryAuthor } from "./policy";
import { type CsvProblem, readRecordsCsv } from "./read-records-csv";
import type { RecordData } from "./record-schema";
import type { ImportSummary } from "./schema";
import { writeRecords } from "./write-records";

/** The most problems one answer lists; a file with more has a systematic fault to fix first. */
const MAX_PROBLEMS_LISTED = 500;

/**
 * Imports a registry's records from CSV, all or nothing: the whole file is
 * checked first and any problem refuses it with every problem placed by
 * line and column. Rows equal to what is stored write nothing, so the same
 * file imported twice changes nothing the second time.
 */
export async function importRegistryRecords({
  db,
  secrets,
  author,
  agencyId,
  registryCode,
  file,
  requestId,
}: {
  db: Database | Transaction;
  secrets: SecretBox;
  author: RegistryAuthor;
  agencyId: string;
  registryCode: string;
  file: Uint8Array;
  requestId?: string | undefined;
}): Promise<ImportSummary> {
  authorizeRegistryChange(author, agencyId);
  return withinAgency(db, agencyId, async (scope) => {
    const registry = await hostedRegistry(scope, registryCode, { forUpdate: true });
    const { rows, problems } = readRecordsCsv(file, registry);
    if (problems.length > 0) throw importProblems(problems);
    return saveRecords({ scope, secrets, author, registryCode, rows, requestId });
  });
}

/**
 * Writes checked records (from a file or a program) to a hosted registry
 * and, when anything changed, one audit record for the whole batch.
 */
export async function saveRecords({
  scope,
  secrets,
  author,
  registryCode,
  rows,
  requestId,
}: {
  scope: AgencyScope;
  secrets: SecretBox;
  author: RegistryAuthor;
  registryCode: string;
  rows: readonly { subjectId: string; data: RecordData }[];
  requestId?: string | undefined;
}): Promise<ImportSummary> {
  authorizeRegistryChange(author, scope.agencyId);
  const registry = await hostedRegistry(scope, registryCode, { forUpdate: true });
  const outcome = await writeRecords(
    scope,
    registry,
    rows.map((row) => ({ subjectHash: secrets.hashNationalId(row.subjectId), data: row.data })),
  );
  const summary = {
    rows: rows.length,
    created: outcome.created,
    updated: outcome.updated,
    unchanged: outcome.unchanged,
  };
  if (summary.created + summary.updated > 0) {
    await recordAudit(scope.tx, {
      action: "registry_records.imported",
      actor: author,
      agencyId: scope.agencyId,
      target: { type: "registry", id: registry.id },
      requestId,
      details: { registry: registry.code, schemaVersion: registry.schemaVersion, ...summary },
    });
  }
  return summary;
}

function importProblems(problems: CsvProblem[]): AppError {
  const fields: FieldProblem[] = problems.slice(0, MAX_PROBLEMS_LISTED).map((problem) => ({
    field:
      problem.line === null
        ? "(file)"
        : problem.column === null
          ? `line ${problem.line}`
          : `line ${problem.line}, ${problem.column}`,
    code: problem.code,
    message: problem.messages.en,
    messages: problem.messages,
  }));
  const more =
    problems.length > MAX_PROBLEMS_LISTED ? ` (the first ${MAX_PROBLEMS_LISTED} are listed)` : "";
  return new AppError(
    "validation_failed",
    `The file has ${problems.length} problem(s)${more}; nothing was imported.`,
    { fields },
  );
}
