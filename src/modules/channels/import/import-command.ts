import { readFile } from "node:fs/promises";
import { basename } from "node:path";

import type { AuditEntry } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";

import { importAgencies } from "./import-agencies";
import { formatImportReport } from "./import-report";
import { progressBar, type ProgressStream } from "./progress-bar";

/**
 * `pratu import agencies FILE [--dry-run]`. Resolves to the exit code: 0 when
 * imported (or checked, or already up to date), 1 when the file has
 * problems, 2 when the command is wrong.
 */
export async function runImportCommand({
  db,
  args,
  isDryRun,
  actor,
  print = (line) => console.log(line),
  progress = process.stderr,
}: {
  db: Database;
  args: readonly string[];
  isDryRun: boolean;
  actor: AuditEntry["actor"];
  print?: (line: string) => void;
  progress?: ProgressStream;
}): Promise<number> {
  const [what, path, ...extra] = args;
  if (what !== "agencies" || !path || extra.length > 0) {
    print("Usage: pratu import agencies <file.csv> [--dry-run]");
    return 2;
  }
  let file: Uint8Array;
  try {
    file = await readFile(path);
  } catch (error) {
    print(`ไม่สามารถอ่านไฟล์ ${path} / Cannot read ${path}: ${(error as Error).message}`);
    return 2;
  }
  const bar = progressBar(progress);
  let report;
  try {
    report = await importAgencies({
      db,
      file,
      fileName: basename(path),
      actor,
      isDryRun,
      onProgress: bar.report,
    });
  } finally {
    bar.done();
  }
  for (const line of formatImportReport(report)) print(line);
  return report.problems.length > 0 ? 1 : 0;
}
