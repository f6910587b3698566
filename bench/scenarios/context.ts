import type { BenchFixture } from "../harness/fixture";
import type { BenchOptions } from "../harness/options";
import type { PratuServer } from "../harness/processes";
import type { ReportRow } from "../harness/report";

/** What every server-mode part gets: the run's options, the database and the running server. */
export interface ServerModeContext {
  options: BenchOptions;
  databaseUrl: string;
  adminUrl: string;
  server: PratuServer;
  fixture: BenchFixture;
}

/** What a part hands back: its table rows and its raw figures for the results file. */
export interface PartResult {
  rows: ReportRow[];
  raw: Record<string, unknown>;
}

/** A target judged only on a real run: a smoke run is too short to say anything. */
export function verdictOf(options: BenchOptions, isMet: boolean): ReportRow["verdict"] {
  return options.isSmoke ? "—" : isMet ? "met" : "missed";
}
