// B2: verifications per second of a signed document, a credential and an
// acknowledgment receipt, against GET /healthz on the same server with the
// same clients.
import { type LoadResult, runLoad, type Workload } from "../harness/load-spec";
import { ms, perSecond, type ReportRow } from "../harness/report";
import { ratio } from "../harness/stats";
import { type PartResult, type ServerModeContext, verdictOf } from "./context";

const json = { "content-type": "application/json", accept: "application/json" };

export async function measureVerification(
  context: ServerModeContext,
  sampleReceipt: string | undefined,
): Promise<PartResult> {
  const { options, server, fixture } = context;
  const closed = (name: string, workload: Workload) =>
    runLoad(
      {
        kind: "closed",
        baseUrl: server.url,
        clients: options.clients,
        seconds: options.seconds,
        warmupSeconds: options.warmupSeconds,
        timeoutMs: 30_000,
        workload,
      },
      `load-b2-${name}`,
    );
  const health = await closed("healthz", { type: "request", method: "GET", path: "/healthz" });
  const cases: { name: string; figure: string; workload: Workload }[] = [
    {
      name: "code",
      figure: "verify by code, POST /api/v1/documents/verify",
      workload: {
        type: "request",
        method: "POST",
        path: "/api/v1/documents/verify",
        headers: json,
        body: JSON.stringify({ code: fixture.document.verifyCode }),
      },
    },
    {
      name: "link",
      figure: "verify page of the QR link, GET /v/{code}",
      workload: { type: "request", method: "GET", path: `/v/${fixture.document.verifyCode}` },
    },
    {
      name: "credential",
      figure: "credential, VC-API POST /credentials/verify",
      workload: {
        type: "request",
        method: "POST",
        path: "/credentials/verify",
        headers: json,
        body: JSON.stringify({ verifiableCredential: fixture.document.credential }),
      },
    },
  ];
  if (sampleReceipt) {
    cases.push({
      name: "receipt",
      figure: "receipt, POST /api/v1/receipts/verify",
      workload: {
        type: "request",
        method: "POST",
        path: "/api/v1/receipts/verify",
        headers: json,
        body: JSON.stringify({ receipt: sampleReceipt }),
      },
    });
  }
  const rows: ReportRow[] = [];
  const raw: Record<string, LoadResult> = { healthz: health };
  const baseline = `${perSecond(health.perSecond)} GET /healthz`;
  for (const item of cases) {
    const result = await closed(item.name, item.workload);
    raw[item.name] = result;
    const value = ratio(result.perSecond, health.perSecond);
    const unserved = result.completed === 0 ? " (none served)" : "";
    rows.push({
      id: "B2",
      figure: item.figure,
      result: `${perSecond(result.perSecond)} p99 ${ms(result.latency.p99)}${unserved}`,
      baseline,
      ratio: value,
      target: "≥ 0.5",
      verdict: verdictOf(options, value >= 0.5),
    });
  }
  return { rows, raw };
}
