import { type Locale, translate } from "@/core/i18n";

import { channelMessages } from "../messages";
import { type ChannelKind, channelKinds } from "../schema";
import type { ImportProblem } from "./csv-format";
import type { ImportReport } from "./import-agencies";
import { importMessages as m, importProblemMessages } from "./messages";
import type { ChangeCounts } from "./plan-import";

/** A kind of channel named inside a sentence: "โทรศัพท์", "phone", "LINE official account". */
function kindInSentence(kind: string, locale: Locale): string {
  if (!(channelKinds as readonly string[]).includes(kind)) return kind;
  const label = translate(locale, channelMessages.kinds[kind as ChannelKind]);
  return locale === "en" && !/^[A-Z]{2}/.test(label) ? label.toLowerCase() : label;
}

/** Where a problem is and what to do about it, in one language: "Line 12, column name_th: ...". */
export function describeProblem(problem: ImportProblem, locale: Locale): string {
  const params =
    problem.params && typeof problem.params.kind === "string"
      ? { ...problem.params, kind: kindInSentence(problem.params.kind, locale) }
      : problem.params;
  const where = [
    problem.line === null
      ? translate(locale, m.file)
      : translate(locale, m.line, { line: problem.line }),
    ...(problem.column ? [translate(locale, m.column, { column: problem.column })] : []),
  ].join(", ");
  return `${where}: ${translate(locale, importProblemMessages[problem.code], params)}`;
}

export function describeCounts(
  report: Pick<ImportReport, "isDryRun">,
  what: "agencies" | "channels",
  counts: ChangeCounts,
  locale: Locale,
): string {
  return translate(locale, report.isDryRun ? m.wouldCounts : m.counts, {
    what: translate(locale, m[what]),
    created: counts.created.toLocaleString("en"),
    updated: counts.updated.toLocaleString("en"),
    unchanged: counts.unchanged.toLocaleString("en"),
  });
}

/** The headline of a report: imported, checked, nothing changed, or nothing written. */
export function describeOutcome(report: ImportReport, locale: Locale): string {
  if (report.problems.length > 0) {
    return translate(locale, m.nothingWritten, { count: report.problems.length });
  }
  if (report.isDryRun) return translate(locale, m.dryRunDone);
  return translate(locale, report.isWritten ? m.imported : m.nothingChanged);
}

/** The report as the command line prints it: each line in Thai, then in English. */
export function formatImportReport(report: ImportReport): string[] {
  const both = (describe: (locale: Locale) => string) => [describe("th"), `  ${describe("en")}`];
  const lines = [
    ...both((locale) =>
      translate(locale, m.rows, {
        rows: report.rowCount.toLocaleString("en"),
        file: report.fileName,
      }),
    ),
  ];
  for (const problem of report.problems) {
    lines.push(...both((locale) => describeProblem(problem, locale)));
  }
  if (report.problems.length === 0) {
    lines.push(...both((locale) => describeCounts(report, "agencies", report.agencies, locale)));
    lines.push(...both((locale) => describeCounts(report, "channels", report.channels, locale)));
  }
  lines.push(...both((locale) => describeOutcome(report, locale)));
  return lines;
}
