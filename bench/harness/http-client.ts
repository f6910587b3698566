// A small HTTP/1.1 client on node:http with keep-alive connections: what a
// load generator needs and nothing it does not (no retries, no redirects),
// with a deadline on every request so a hang shows as a timeout.
import { Agent, request } from "node:http";

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  milliseconds: number;
}

export interface HttpFailure {
  /** `timeout`, or the socket error's code (ECONNREFUSED, ECONNRESET, …). */
  error: string;
  milliseconds: number;
}

export type HttpOutcome = HttpResponse | HttpFailure;

export function isFailure(outcome: HttpOutcome): outcome is HttpFailure {
  return "error" in outcome;
}

export interface HttpRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  timeoutMs: number;
}

export class HttpClient {
  readonly #agent: Agent;
  readonly #host: string;
  readonly #port: number;

  constructor(baseUrl: string, { maxSockets = Infinity }: { maxSockets?: number } = {}) {
    const url = new URL(baseUrl);
    this.#host = url.hostname;
    this.#port = Number(url.port || 80);
    this.#agent = new Agent({ keepAlive: true, maxSockets, keepAliveMsecs: 1000 });
  }

  send(options: HttpRequest): Promise<HttpOutcome> {
    const started = performance.now();
    return new Promise((resolve) => {
      let isSettled = false;
      const settle = (outcome: HttpOutcome) => {
        if (isSettled) return;
        isSettled = true;
        clearTimeout(deadline);
        resolve(outcome);
      };
      const fail = (error: string) => settle({ error, milliseconds: performance.now() - started });
      const body =
        options.body === undefined
          ? undefined
          : typeof options.body === "string"
            ? Buffer.from(options.body)
            : options.body;
      const req = request(
        {
          agent: this.#agent,
          host: this.#host,
          port: this.#port,
          method: options.method,
          path: options.path,
          headers: {
            ...options.headers,
            ...(body ? { "content-length": String(body.byteLength) } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            settle({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
              milliseconds: performance.now() - started,
            }),
          );
          response.on("error", (error: NodeJS.ErrnoException) => fail(error.code ?? "EPIPE"));
        },
      );
      const deadline = setTimeout(() => {
        fail("timeout");
        req.destroy();
      }, options.timeoutMs);
      req.on("error", (error: NodeJS.ErrnoException) => fail(error.code ?? error.message));
      req.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}

/** A multipart/form-data body with text fields and one file. */
export function multipartBody(
  fields: Record<string, string>,
  file: { field: string; filename: string; contentType: string; bytes: Buffer },
): { body: Buffer; contentType: string } {
  const boundary = `----pratu-bench-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\ncontent-type: ${file.contentType}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
