import type { Config } from "@/config/schema";
import type { Database } from "@/core/db/database";

import type { SecretBox } from "../secrets";
import type { SignatureTimeStamper } from "./cades-signature";
import { createTimeStampRequest } from "./time-stamp-protocol";
import { createTimeStampResponse } from "./time-stamp-response";
import { readTimeStampResponse, TimeStampError } from "./time-stamp-token";
import { ensureTimeStampingAuthority } from "./time-stamping-authority";

/** A token with its TSA's certificate and the root is a few kilobytes; anything far larger is not one. */
const MAX_RESPONSE_BYTES = 256 * 1024;
const replyContentTypes = ["application/timestamp-reply", "application/timestamp-response"];

/**
 * Pratu's own time-stamping authority, asked in this process: the same
 * request and the same checks of the answer as over HTTP, without the trip.
 */
export function createBuiltInTimeStamper(options: {
  db: Database;
  secrets: SecretBox;
}): SignatureTimeStamper {
  return {
    async timeStamp(messageImprint) {
      const authority = await ensureTimeStampingAuthority(options);
      const request = createTimeStampRequest({ messageImprint });
      const response = await createTimeStampResponse({ authority, request: request.der });
      return readTimeStampResponse({ response, messageImprint, nonce: request.nonce }).token;
    },
  };
}

async function readLimited(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw new TimeStampError("too_large", "The time-stamping authority's answer is too large");
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of response.body ?? []) {
    length += chunk.byteLength;
    if (length > MAX_RESPONSE_BYTES) {
      throw new TimeStampError("too_large", "The time-stamping authority's answer is too large");
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * An external time-stamping authority reached over HTTP (RFC 3161 3.4). The
 * answer must come in time, as a time-stamp reply, granted, over the digest
 * asked for and echoing the request's nonce; anything else throws a
 * `TimeStampError`, so a document is never signed with a token that does
 * not belong to it.
 */
export function createHttpTimeStamper(options: {
  url: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}): SignatureTimeStamper {
  const send = options.fetch ?? fetch;
  return {
    async timeStamp(messageImprint) {
      const request = createTimeStampRequest({ messageImprint });
      let response: Response;
      try {
        response = await send(options.url, {
          method: "POST",
          headers: {
            "Content-Type": "application/timestamp-query",
            Accept: "application/timestamp-reply",
          },
          body: new Uint8Array(request.der),
          redirect: "error",
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new TimeStampError(
          "unavailable",
          `The time-stamping authority did not answer: ${message}`,
        );
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new TimeStampError(
          "unavailable",
          `The time-stamping authority answered HTTP ${response.status}`,
        );
      }
      const contentType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
      if (!replyContentTypes.includes(contentType.toLowerCase())) {
        await response.body?.cancel();
        throw new TimeStampError(
          "wrong_content_type",
          `The time-stamping authority answered ${contentType || "no content type"}, not a time-stamp reply`,
        );
      }
      const body = await readLimited(response);
      return readTimeStampResponse({ response: body, messageImprint, nonce: request.nonce }).token;
    },
  };
}

/**
 * The time stamper documents are signed with, as configured
 * (`DOCUMENT_TIME_STAMPING`): Pratu's own TSA, an external one, or none
 * (then signatures stay PAdES B-B). Pass it to `signPdf`.
 */
export function documentTimeStamper(options: {
  config: Pick<Config, "timeStamping">;
  db: Database;
  secrets: SecretBox;
}): SignatureTimeStamper | undefined {
  const setting = options.config.timeStamping.documents;
  if (setting === "off") return undefined;
  if (setting === "built-in") return createBuiltInTimeStamper(options);
  return createHttpTimeStamper({
    url: setting,
    timeoutMs: options.config.timeStamping.timeoutSeconds * 1000,
  });
}
