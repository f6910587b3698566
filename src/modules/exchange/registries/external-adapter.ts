import { z } from "zod";

import type { SecretBox } from "@/core/crypto/secrets";

import type { Registry } from "../lookups";
import { recordValidator } from "./record-schema";

/**
 * The adapter to an external registry: the provider's own system, asked
 * over HTTP for one subject's record. The protocol (docs/external-registry-protocol.md):
 *
 *   GET {external_url}/records/{subjectId}
 *   Authorization: Bearer <the registry's secret>
 *   X-Request-Id: <the exchange request id>
 *   Accept: application/json
 *
 *   200 {"data": {...record...}, "version": <integer >= 1>}   the record
 *   404                                                        no such subject
 *   anything else, a body that is not that JSON, or no answer
 *   within the time limit                                     the registry is unavailable
 *
 * The record must fit the registry's record schema: a system that answers
 * with fields it never declared is as unavailable as one that is down.
 */

export type RegistryUnavailableKind = "provider_error" | "timeout";

/** An external registry did not answer usefully in time; the call fails with 502 or 504. */
export class RegistryUnavailableError extends Error {
  readonly kind: RegistryUnavailableKind;

  constructor(kind: RegistryUnavailableKind, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "RegistryUnavailableError";
    this.kind = kind;
  }
}

export type RegistryReading =
  { found: true; data: Record<string, unknown>; version: number } | { found: false };

/** The largest answer read from an external registry: one subject's record is small. */
const MAX_RESPONSE_BYTES = 1024 * 1024;

const AnswerSchema = z.object({
  data: z.record(z.string(), z.unknown()),
  version: z.number().int().min(1),
});

export async function readExternalRecord({
  secrets,
  registry,
  subjectId,
  timeoutMs,
  requestId,
  signal,
}: {
  secrets: SecretBox;
  registry: Registry;
  subjectId: string;
  timeoutMs: number;
  requestId: string;
  signal?: AbortSignal | undefined;
}): Promise<RegistryReading> {
  if (!registry.externalUrl || !registry.externalSecretSealed) {
    throw new RegistryUnavailableError("provider_error", "The external registry is not set up.");
  }
  let secret: string;
  try {
    secret = secrets.open(registry.externalSecretSealed);
  } catch (error) {
    throw new RegistryUnavailableError(
      "provider_error",
      "The external registry's secret cannot be opened with this installation's key.",
      { cause: error },
    );
  }
  const limitMs = Math.min(registry.externalTimeoutMs ?? timeoutMs, timeoutMs);
  const timeout = AbortSignal.timeout(limitMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const base = registry.externalUrl.endsWith("/")
    ? registry.externalUrl
    : `${registry.externalUrl}/`;
  const url = new URL(`records/${encodeURIComponent(subjectId)}`, base);

  try {
    const response = await fetch(url, {
      headers: {
        authorization: `Bearer ${secret}`,
        "x-request-id": requestId,
        accept: "application/json",
      },
      // A registry that moves must be told to Pratu, not followed blindly.
      redirect: "error",
      signal: combined,
    });
    if (response.status === 404) {
      await response.body?.cancel();
      return { found: false };
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new RegistryUnavailableError(
        "provider_error",
        `The external registry answered ${response.status}.`,
      );
    }
    const answer = AnswerSchema.safeParse(parseJson(await readLimited(response)));
    if (!answer.success) {
      throw new RegistryUnavailableError(
        "provider_error",
        "The external registry's answer is not {data, version}.",
      );
    }
    const data = recordValidator(registry.recordSchema).safeParse(answer.data.data);
    if (!data.success) {
      throw new RegistryUnavailableError(
        "provider_error",
        "The external registry's record does not fit its record schema.",
      );
    }
    return { found: true, data: data.data, version: answer.data.version };
  } catch (error) {
    if (error instanceof RegistryUnavailableError) throw error;
    if (combined.aborted) {
      throw new RegistryUnavailableError(
        "timeout",
        timeout.aborted
          ? `The external registry did not answer within ${limitMs} ms.`
          : "The call was cancelled before the external registry answered.",
        { cause: error },
      );
    }
    throw new RegistryUnavailableError(
      "provider_error",
      "The external registry cannot be reached.",
      {
        cause: error,
      },
    );
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function readLimited(response: Response): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw new RegistryUnavailableError(
      "provider_error",
      "The external registry's answer is too large.",
    );
  }
  if (!response.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      throw new RegistryUnavailableError(
        "provider_error",
        "The external registry's answer is too large.",
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
