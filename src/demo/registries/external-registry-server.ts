import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A provider's own registry system, standing in for one Pratu does not
 * host: it speaks the external registry protocol
 * (docs/external-registry-protocol.md) and nothing else. The demo runs it
 * as the Department of Lands' land title register, in a process of its own.
 */

export interface ExternalRecord {
  data: Record<string, unknown>;
  version: number;
}

export interface ExternalRegistryOptions {
  /** The bearer secret callers must send. */
  secret: string;
  /** Records by the subject's 13 digits. */
  records: ReadonlyMap<string, ExternalRecord>;
  /** Waits this long before answering: a slow registry, to show the caller's time limit. */
  delayMs?: number;
}

export interface RunningExternalRegistry {
  server: Server;
  url: string;
  close(): Promise<void>;
}

function isSecret(given: string | undefined, secret: string): boolean {
  const expected = Buffer.from(`Bearer ${secret}`);
  const actual = Buffer.from(given ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  response.end(text);
}

export function createExternalRegistryHandler({
  secret,
  records,
  delayMs = 0,
}: ExternalRegistryOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const respond = (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    if (path === "/health") return answer(response, 200, { status: "ok" });
    const match = /^\/records\/([^/]+)$/.exec(path);
    if (!match) return answer(response, 404, { error: "no_such_path" });
    if (request.method !== "GET") return answer(response, 405, { error: "method_not_allowed" });
    if (!isSecret(request.headers.authorization, secret)) {
      return answer(response, 401, { error: "unauthorized" });
    }
    const subjectId = match[1]!;
    if (!/^\d{13}$/.test(subjectId)) return answer(response, 400, { error: "bad_subject_id" });
    const record = records.get(subjectId);
    if (!record) return answer(response, 404, { error: "not_found" });
    response.setHeader("x-request-id", String(request.headers["x-request-id"] ?? ""));
    return answer(response, 200, record);
  };
  return (request, response) => {
    if (delayMs <= 0) return respond(request, response);
    const timer = setTimeout(() => respond(request, response), delayMs);
    // A caller that gives up is not waited for.
    response.once("close", () => clearTimeout(timer));
  };
}

/** Starts the registry on a loopback port (0 for any free one). */
export async function startExternalRegistryServer(
  options: ExternalRegistryOptions & { port?: number; host?: string },
): Promise<RunningExternalRegistry> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer(createExternalRegistryHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
