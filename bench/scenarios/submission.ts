// B1 and B1b: submissions per second over HTTP with authentication, closed
// loop, against one-row INSERT + COMMIT transactions on the same PostgreSQL
// with as many connections as there are clients.
import { type LoadResult, runLoad } from "../harness/load-spec";
import { ms, perSecond } from "../harness/report";
import { ratio } from "../harness/stats";
import { BENCH_SERVICE_ID } from "../harness/submission-payload";
import { type PartResult, type ServerModeContext, verdictOf } from "./context";

const ATTACHMENT_BYTES = 200 * 1024;

export interface SubmissionFigures extends PartResult {
  /** Sustained submissions per second without attachment: the rush offers a multiple of it. */
  capacity: number;
  /** One acknowledged receipt, for the receipt-verification figure. */
  sampleReceipt: string | undefined;
}

function statusLine(result: LoadResult): string {
  const other = Object.entries(result.statuses)
    .filter(([status]) => status !== "201" && status !== "200")
    .map(([status, count]) => `${status}×${count}`);
  const failures = Object.entries(result.failures).map(([error, count]) => `${error}×${count}`);
  return [...other, ...failures].join(", ");
}

export async function measureSubmission(
  context: ServerModeContext,
  parts: { plain: boolean; attachment: boolean },
): Promise<SubmissionFigures> {
  const { options, server, fixture } = context;
  const baseline = await runLoad(
    {
      kind: "sql-baseline",
      databaseUrl: context.databaseUrl,
      clients: options.clients,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
    },
    "load-b1-baseline",
  );
  const closed = (keyPrefix: string, attachmentBytes?: number) =>
    runLoad(
      {
        kind: "closed",
        baseUrl: server.url,
        clients: options.clients,
        seconds: options.seconds,
        warmupSeconds: options.warmupSeconds,
        timeoutMs: 30_000,
        workload: {
          type: "submit",
          serviceId: BENCH_SERVICE_ID,
          tokens: fixture.tokens.slice(0, Math.max(options.clients, 1)),
          keyPrefix,
          attachmentBytes,
        },
      },
      `load-${keyPrefix}`,
    );

  const rows: SubmissionFigures["rows"] = [];
  const raw: Record<string, unknown> = { baseline };
  const baselineText = `${perSecond(baseline.perSecond)} INSERT+COMMIT`;
  let capacity = Number.NaN;
  let sampleReceipt: string | undefined;
  if (parts.plain) {
    const plain = await closed("b1");
    raw.plain = { ...plain, acknowledgements: plain.acknowledgements.length, attempts: undefined };
    capacity = plain.perSecond;
    sampleReceipt = plain.acknowledgements[0]?.jws;
    const plainRatio = ratio(plain.perSecond, baseline.perSecond);
    const problems = statusLine(plain);
    rows.push({
      id: "B1",
      figure: `submission, ${options.clients} clients, HTTP + bearer token`,
      result: `${perSecond(plain.perSecond)} p50 ${ms(plain.latency.p50)} p99 ${ms(plain.latency.p99)}${problems ? ` (${problems})` : ""}`,
      baseline: baselineText,
      ratio: plainRatio,
      target: "≥ 0.5, p99 ≤ 250 ms",
      verdict: verdictOf(options, plainRatio >= 0.5 && plain.latency.p99 <= 250),
    });
  }
  if (parts.attachment) {
    const withFile = await closed("b1b", ATTACHMENT_BYTES);
    raw.attachment = {
      ...withFile,
      acknowledgements: withFile.acknowledgements.length,
      attempts: undefined,
    };
    const fileRatio = ratio(withFile.perSecond, baseline.perSecond);
    const problems = statusLine(withFile);
    rows.push({
      id: "B1b",
      figure: "submission with a 200 KB PDF (draft, upload, submit)",
      result: `${perSecond(withFile.perSecond)} p50 ${ms(withFile.latency.p50)} p99 ${ms(withFile.latency.p99)}${problems ? ` (${problems})` : ""}`,
      baseline: baselineText,
      ratio: fileRatio,
      target: "(none set)",
      verdict: "—",
    });
  }
  return { rows, raw, capacity, sampleReceipt };
}
