// R3: random inputs (fast-check) against every public endpoint that reads
// input: no answer may be a 5xx, and none may take past the deadline.
import fc from "fast-check";

import { HttpClient, isFailure } from "../bench/harness/http-client";
import { BENCH_SERVICE_ID, benchAnswers } from "../bench/harness/submission-payload";
import { submitRequest } from "../bench/harness/workloads";
import { freePort } from "../scripts/lib/postgres-cluster.mjs";
import { type FuzzRequest, fuzzRequests, type FuzzTargets } from "./fuzz-cases";
import { check, type DrillContext, type DrillResult, startDrillServer } from "./support";

interface Finding {
  endpoint: string;
  outcome: string;
  request: string;
}

function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? ""
      : typeof request.body === "string"
        ? request.body.slice(0, 300)
        : `<${request.body.byteLength} bytes>`;
  return `${request.method} ${request.path.slice(0, 200)} ${body}`;
}

async function prepareTargets(http: HttpClient, context: DrillContext): Promise<FuzzTargets> {
  const token = context.fixture.tokens[0]!;
  const submitted = await http.send(
    submitRequest({
      serviceId: BENCH_SERVICE_ID,
      token,
      key: "r3-receipt",
      answers: benchAnswers(7),
      timeoutMs: 30_000,
    }),
  );
  if (isFailure(submitted) || submitted.status !== 201) throw new Error("R3: no receipt to fuzz");
  const receipt = (JSON.parse(submitted.body.toString("utf8")) as { receipt: { jws: string } })
    .receipt.jws;
  const draft = await http.send({
    method: "POST",
    path: `/api/v1/services/${BENCH_SERVICE_ID}/drafts`,
    headers: { authorization: `Bearer ${token}`, accept: "application/json" },
    timeoutMs: 30_000,
  });
  if (isFailure(draft) || draft.status !== 201) throw new Error("R3: no draft to fuzz");
  const openapi = await http.send({ method: "GET", path: "/api/openapi.json", timeoutMs: 30_000 });
  const paths = isFailure(openapi)
    ? []
    : Object.keys((JSON.parse(openapi.body.toString("utf8")) as { paths?: object }).paths ?? {});
  return {
    token,
    credential: context.fixture.document.credential,
    verifyCode: context.fixture.document.verifyCode,
    receipt,
    draftId: (JSON.parse(draft.body.toString("utf8")) as { id: string }).id,
    exchangePaths: paths.filter((path) => path.startsWith("/r1/")),
  };
}

export async function drillFuzz(context: DrillContext): Promise<DrillResult> {
  const { options } = context;
  const port = await freePort();
  const server = await startDrillServer(context, "r3-serve", port);
  const http = new HttpClient(server.url);
  const targets = await prepareTargets(http, context);
  const cases = fc.sample(fuzzRequests(targets), {
    numRuns: options.fuzzCases,
    seed: options.fuzzSeed,
  });
  const byEndpoint = new Map<string, Record<string, number>>();
  const findings: Finding[] = [];
  let next = 0;
  let longest = 0;
  await Promise.all(
    Array.from({ length: Math.max(2, options.clients) }, async () => {
      while (next < cases.length) {
        const request = cases[next++]!;
        const response = await http.send({ ...request, timeoutMs: options.fuzzTimeoutMs });
        longest = Math.max(longest, response.milliseconds);
        const outcome = isFailure(response) ? response.error : String(response.status);
        const counts = byEndpoint.get(request.endpoint) ?? {};
        counts[outcome] = (counts[outcome] ?? 0) + 1;
        byEndpoint.set(request.endpoint, counts);
        if (isFailure(response) || response.status >= 500) {
          findings.push({ endpoint: request.endpoint, outcome, request: describeRequest(request) });
        }
      }
    }),
  );
  http.close();
  const isAlive = server.isRunning();
  await server.stop();

  const serverErrors = findings.filter((finding) => /^\d+$/.test(finding.outcome));
  const hangs = findings.filter((finding) => !/^\d+$/.test(finding.outcome));
  const summary = [...byEndpoint.entries()].map(
    ([endpoint, counts]) =>
      `${endpoint}: ${Object.entries(counts)
        .map(([outcome, count]) => `${outcome}×${count}`)
        .join(" ")}`,
  );
  const examples = (list: Finding[]) =>
    list
      .slice(0, 3)
      .map((finding) => `[${finding.outcome}] ${finding.request}`)
      .join(" ‖ ");
  return {
    id: "R3",
    name: `fuzz: ${cases.length} random requests, seed ${options.fuzzSeed}`,
    checks: [
      check(
        "no 5xx",
        serverErrors.length === 0,
        serverErrors.length === 0 ? "" : `${serverErrors.length}: ${examples(serverErrors)}`,
      ),
      check(
        "no hang or dropped connection",
        hangs.length === 0,
        `${hangs.length} past ${options.fuzzTimeoutMs} ms or cut${hangs.length ? `: ${examples(hangs)}` : ""}; longest ${Math.round(longest)} ms`,
      ),
      check("the server is still up", isAlive),
    ],
    notes: [
      targets.exchangePaths.length === 0
        ? "exchange edge (/r1/…): not in the OpenAPI document yet, not fuzzed"
        : `exchange edge: ${targets.exchangePaths.length} paths fuzzed`,
      ...summary,
    ],
  };
}
