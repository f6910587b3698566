// B4: what a person downloads for the service page and a form page (HTML,
// CSS and JavaScript, gzipped; fonts apart), and how long the server takes
// for each page with many people at once, against GET /healthz likewise.
import { gzipSync } from "node:zlib";

import { HttpClient, isFailure } from "../harness/http-client";
import { runLoad } from "../harness/load-spec";
import { kilobytes, ms, type ReportRow } from "../harness/report";
import { ratio } from "../harness/stats";
import { BENCH_SERVICE_ID } from "../harness/submission-payload";
import { type PartResult, type ServerModeContext, verdictOf } from "./context";

const PAGE_BUDGET_BYTES = 60 * 1024;

interface PageWeight {
  path: string;
  /** HTML, CSS and JavaScript as sent, and gzipped. */
  sentBytes: number;
  gzippedBytes: number;
  /** What the server itself sent as Content-Encoding for the HTML (none: no compression). */
  contentEncoding: string | null;
  fontBytes: number;
  fonts: string[];
  assets: string[];
}

function linkedAssets(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(match[0])?.[1];
    if (href) found.add(href);
  }
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.add(match[1]!);
  return [...found].filter((href) => href.startsWith("/"));
}

function fontsOf(css: string): string[] {
  return [...css.matchAll(/url\("?([^")]+\.woff2?)"?\)/g)].map((match) => match[1]!);
}

async function weigh(
  http: HttpClient,
  path: string,
  headers: Record<string, string>,
): Promise<PageWeight> {
  const get = async (target: string) => {
    const response = await http.send({
      method: "GET",
      path: target,
      headers: { ...headers, "accept-encoding": "gzip" },
      timeoutMs: 30_000,
    });
    if (isFailure(response) || response.status !== 200) {
      throw new Error(`GET ${target}: ${isFailure(response) ? response.error : response.status}`);
    }
    return response;
  };
  const page = await get(path);
  const html = page.body.toString("utf8");
  const assets = linkedAssets(html);
  let sentBytes = page.body.byteLength;
  let gzippedBytes = gzipSync(page.body).byteLength;
  const fonts = new Set<string>();
  for (const asset of assets) {
    const response = await get(asset);
    sentBytes += response.body.byteLength;
    gzippedBytes += gzipSync(response.body).byteLength;
    if (asset.endsWith(".css"))
      for (const font of fontsOf(response.body.toString())) fonts.add(font);
  }
  let fontBytes = 0;
  for (const font of fonts) fontBytes += (await get(font)).body.byteLength;
  const encoding = page.headers["content-encoding"];
  return {
    path,
    sentBytes,
    gzippedBytes,
    contentEncoding: typeof encoding === "string" ? encoding : null,
    fontBytes,
    fonts: [...fonts],
    assets,
  };
}

/**
 * Where a person lands from `path`: a draft's form may first send them to
 * another step (a consent to ask a registry, say); that page is the one
 * they are shown, so it is the one weighed and timed.
 */
async function landingPath(
  http: HttpClient,
  path: string,
  headers: Record<string, string>,
): Promise<string> {
  let current = path;
  for (let hop = 0; hop < 5; hop++) {
    const response = await http.send({ method: "GET", path: current, headers, timeoutMs: 30_000 });
    const location = isFailure(response) ? undefined : response.headers.location;
    if (isFailure(response) || response.status < 300 || response.status >= 400 || !location) {
      return current;
    }
    const next = new URL(String(location), "http://server.invalid");
    current = `${next.pathname}${next.search}`;
  }
  return current;
}

export async function measurePages(context: ServerModeContext): Promise<PartResult> {
  const { options, server, fixture } = context;
  const http = new HttpClient(server.url);
  const bearer = { authorization: `Bearer ${fixture.tokens[0]!}` };
  const draft = await http.send({
    method: "POST",
    path: `/api/v1/services/${BENCH_SERVICE_ID}/drafts`,
    headers: { ...bearer, accept: "application/json" },
    timeoutMs: 30_000,
  });
  if (isFailure(draft) || draft.status !== 201) throw new Error("B4: could not start a draft");
  const draftId = (JSON.parse(draft.body.toString("utf8")) as { id: string }).id;
  const pages = [
    { name: "service page", path: `/services/${BENCH_SERVICE_ID}`, headers: {} },
    {
      name: "form page",
      path: await landingPath(http, `/services/${BENCH_SERVICE_ID}/apply/${draftId}`, bearer),
      headers: bearer,
    },
  ];
  const weights = [];
  for (const page of pages) weights.push(await weigh(http, page.path, page.headers));
  http.close();

  const load = (name: string, path: string, headers: Record<string, string>) =>
    runLoad(
      {
        kind: "closed",
        baseUrl: server.url,
        clients: options.pageClients,
        seconds: options.isSmoke ? options.seconds / 2 : Math.max(1, options.seconds / 2),
        warmupSeconds: options.warmupSeconds,
        timeoutMs: 30_000,
        workload: { type: "request", method: "GET", path, headers },
      },
      `load-b4-${name}`,
    );
  const health = await load("healthz", "/healthz", {});
  const rows: ReportRow[] = [];
  const raw: Record<string, unknown> = {
    paths: pages.map((page) => page.path),
    weights,
    healthz: health,
  };
  for (const [index, page] of pages.entries()) {
    const weight = weights[index]!;
    const timed = await load(page.name.replace(" ", "-"), page.path, page.headers);
    raw[page.name] = timed;
    const encoding = weight.contentEncoding ?? "none";
    rows.push({
      id: "B4",
      figure: `${page.name} ${page.path.replace(/[0-9a-f-]{36}/, "{draft}")}: HTML+CSS+JS gzipped`,
      result: `${kilobytes(weight.gzippedBytes)} (${kilobytes(weight.sentBytes)} sent, encoding ${encoding})`,
      baseline: `fonts ${kilobytes(weight.fontBytes)}, ${weight.fonts.length} subset files`,
      ratio: null,
      target: "≤ 60 KB without fonts",
      verdict: verdictOf(options, weight.gzippedBytes <= PAGE_BUDGET_BYTES),
    });
    rows.push({
      id: "B4",
      figure: `${page.name}: p95 with ${options.pageClients} clients`,
      result: `p95 ${ms(timed.latency.p95)} (${timed.perSecond.toFixed(0)}/s)`,
      baseline: `p95 ${ms(health.latency.p95)} /healthz`,
      ratio: ratio(timed.latency.p95, health.latency.p95),
      target: "(none set)",
      verdict: "—",
    });
  }
  return { rows, raw };
}
