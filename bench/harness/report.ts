// The table a run prints, and the rows a results file keeps.

export interface ReportRow {
  /** B1, B1b, … */
  id: string;
  figure: string;
  result: string;
  baseline: string;
  /** The figure against its baseline, when there is one. */
  ratio: number | null;
  target: string;
  /** Met, missed, or not judged (smoke runs, or no target). */
  verdict: "met" | "missed" | "—";
}

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

export function formatRatio(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return value >= 10
    ? `${value.toFixed(0)}×`
    : value >= 1
      ? `${value.toFixed(1)}×`
      : value.toFixed(2);
}

/** A plain-text table that reads in a terminal and in a CI log. */
export function formatTable(rows: readonly ReportRow[]): string {
  const columns = ["", "figure", "result", "baseline", "ratio", "target", "verdict"];
  const cells = rows.map((row) => [
    row.id,
    row.figure,
    row.result,
    row.baseline,
    formatRatio(row.ratio),
    row.target,
    row.verdict,
  ]);
  const limits = [5, 64, 64, 34, 7, 26, 7];
  const widths = columns.map((title, index) =>
    Math.min(limits[index]!, Math.max(title.length, ...cells.map((line) => line[index]!.length))),
  );
  const render = (line: string[]) =>
    line
      .map((text, index) => cell(text, widths[index]!))
      .join("  ")
      .trimEnd();
  const header = render(columns);
  return [header, "-".repeat(header.length), ...cells.map(render)].join("\n");
}

/** A Markdown table of the same rows, for docs/benchmarks.md. */
export function formatMarkdown(rows: readonly ReportRow[]): string {
  const escape = (text: string) => text.replace(/\|/g, "\\|");
  return [
    "|  | Figure | Result | Baseline | Ratio | Target | Verdict |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (row) =>
        `| ${row.id} | ${escape(row.figure)} | ${escape(row.result)} | ${escape(row.baseline)} | ${formatRatio(row.ratio)} | ${escape(row.target)} | ${row.verdict} |`,
    ),
  ].join("\n");
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function perSecond(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return value >= 100 ? `${value.toFixed(0)}/s` : `${value.toFixed(1)}/s`;
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
