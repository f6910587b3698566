// B6: a registration rush. Arrivals at a multiple of the measured submission
// capacity, whatever the answers (open loop), for half a minute; then: is the
// server up, how fast were the admitted served, how many were turned away
// properly (503 with Retry-After), did anything else fail, and is every
// acknowledged submission in the database as acknowledged.
import { checkAcknowledged } from "../harness/acknowledged";
import { runLoad } from "../harness/load-spec";
import { probe } from "../harness/processes";
import { ms, type ReportRow } from "../harness/report";
import { BENCH_SERVICE_ID } from "../harness/submission-payload";
import { type PartResult, type ServerModeContext, verdictOf } from "./context";

export async function measureRush(
  context: ServerModeContext,
  capacity: number,
): Promise<PartResult> {
  const { options, server, fixture } = context;
  const rate = Math.max(1, Math.round(capacity * options.rushFactor));
  const rush = await runLoad(
    {
      kind: "open",
      baseUrl: server.url,
      ratePerSecond: rate,
      seconds: options.rushSeconds,
      timeoutMs: 15_000,
      maxInFlight: 5000,
      workload: {
        type: "submit",
        serviceId: BENCH_SERVICE_ID,
        tokens: fixture.tokens,
        keyPrefix: "b6",
      },
    },
    "load-b6-rush",
  );
  const isUp = server.isRunning() && (await probe(`${server.url}/healthz`)) === 200;
  const stored = await checkAcknowledged(context.adminUrl, rush.acknowledgements);
  const answered = Object.values(rush.statuses).reduce((sum, count) => sum + count, 0);
  const turnedAway = rush.statuses["503"] ?? 0;
  const otherServerErrors = Object.entries(rush.statuses)
    .filter(([status]) => Number(status) >= 500 && status !== "503")
    .reduce((sum, [, count]) => sum + count, 0);
  const failures = Object.values(rush.failures).reduce((sum, count) => sum + count, 0);
  const admitted = rush.latencyByStatus["201"];
  const admittedP99 = admitted?.p99 ?? Number.NaN;
  const share = (count: number) =>
    answered === 0 ? "—" : `${((count / (answered + failures)) * 100).toFixed(1)}%`;
  const isLost = stored.missing.length > 0 || stored.altered.length > 0;

  const rows: ReportRow[] = [
    {
      id: "B6",
      figure: `rush: ${rate}/s offered for ${options.rushSeconds} s (${options.rushFactor}× B1)`,
      result: isUp ? "server up, /healthz 200" : "SERVER DOWN",
      baseline: `B1 ${capacity.toFixed(1)}/s`,
      ratio: null,
      target: "stays up",
      verdict: isUp ? (options.isSmoke ? "—" : "met") : "missed",
    },
    {
      id: "B6",
      figure: "rush: admitted (201) p99",
      result: `${ms(admittedP99)} (${rush.statuses["201"] ?? 0} admitted, p50 ${ms(admitted?.p50 ?? Number.NaN)})`,
      baseline: "",
      ratio: null,
      target: "≤ 1 s",
      verdict: verdictOf(options, admittedP99 <= 1000),
    },
    {
      id: "B6",
      figure: "rush: turned away with 503 + Retry-After",
      result: `${share(rush.unavailableWithRetryAfter)} (${turnedAway} × 503, ${rush.unavailableWithoutRetryAfter} without Retry-After)`,
      baseline: "",
      ratio: null,
      target: "every 503 has Retry-After",
      verdict: rush.unavailableWithoutRetryAfter === 0 ? (options.isSmoke ? "—" : "met") : "missed",
    },
    {
      id: "B6",
      figure: "rush: other 5xx, timeouts, connection errors",
      result: `${otherServerErrors} other 5xx, ${failures} failed (${JSON.stringify(rush.failures)})`,
      baseline: "",
      ratio: null,
      target: "0",
      verdict: otherServerErrors + failures === 0 ? (options.isSmoke ? "—" : "met") : "missed",
    },
    {
      id: "B6",
      figure: "rush: acknowledged submissions in the database",
      result: `${stored.checked - stored.missing.length - stored.altered.length}/${stored.checked} intact, ${stored.missing.length} missing, ${stored.altered.length} altered`,
      baseline: "",
      ratio: null,
      target: "all",
      verdict: isLost ? "missed" : options.isSmoke ? "—" : "met",
    },
  ];
  return {
    rows,
    raw: {
      rate,
      isUp,
      stored,
      ...rush,
      acknowledgements: rush.acknowledgements.length,
      attempts: rush.attempts.length,
    },
  };
}
