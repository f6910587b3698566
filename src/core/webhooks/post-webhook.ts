import { type ClientRequest, request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

import {
  type DnsLookup,
  guardedLookup,
  isPrivateAddress,
  PrivateTargetError,
} from "./target-address";

/** Enough of an answer to read its status; the rest is not kept. */
const MAX_RESPONSE_BYTES = 64 * 1024;

export type WebhookAttemptResult =
  | { outcome: "delivered"; status: number }
  | { outcome: "retry" | "failed"; status: number | null; error: string };

/**
 * POSTs one signed delivery and sorts the answer: 2xx delivered; 408, 429,
 * 5xx, a timeout or a network failure worth another try; any other answer
 * final. Redirects are not followed (they could lead to an inside address)
 * and count as final.
 */
export function postWebhook({
  url,
  headers,
  body,
  timeoutMilliseconds,
  allowPrivateTargets,
  lookup,
}: {
  url: URL;
  headers: Record<string, string>;
  body: string;
  timeoutMilliseconds: number;
  allowPrivateTargets: boolean;
  lookup?: DnsLookup | undefined;
}): Promise<WebhookAttemptResult> {
  // An address written in the URL is connected to without a lookup: check it here.
  if (!allowPrivateTargets && isPrivateAddress(url.hostname)) {
    return Promise.resolve({
      outcome: "failed",
      status: null,
      error: new PrivateTargetError(url.hostname).message,
    });
  }
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const fail = (error: NodeJS.ErrnoException) => {
      if (error instanceof PrivateTargetError || error.cause instanceof PrivateTargetError) {
        resolve({ outcome: "failed", status: null, error: error.message });
        return;
      }
      const isTimeout = error.name === "AbortError" || error.name === "TimeoutError";
      resolve({
        outcome: "retry",
        status: null,
        error: isTimeout
          ? `no answer within ${timeoutMilliseconds / 1000} s`
          : `could not connect: ${error.code ? `${error.code} ` : ""}${error.message}`,
      });
    };
    let request: ClientRequest;
    try {
      request = send(
        url,
        {
          method: "POST",
          headers: { ...headers, "content-length": Buffer.byteLength(body) },
          lookup: guardedLookup({ allowPrivateTargets, lookup }),
          signal: AbortSignal.timeout(timeoutMilliseconds),
        },
        (response) => {
          let received = 0;
          response.on("data", (chunk: Buffer) => {
            received += chunk.length;
            if (received > MAX_RESPONSE_BYTES) response.destroy();
          });
          const settle = () => resolve(classifyStatus(response.statusCode ?? 0));
          response.on("end", settle);
          response.on("close", settle);
          response.on("error", settle);
        },
      );
    } catch (error) {
      // Some failures (a refused socket option, a guard in front of the network) throw at once.
      fail(error as NodeJS.ErrnoException);
      return;
    }
    request.on("error", fail);
    request.end(body);
  });
}

function classifyStatus(status: number): WebhookAttemptResult {
  if (status >= 200 && status < 300) return { outcome: "delivered", status };
  if (status === 408 || status === 429 || status >= 500) {
    return { outcome: "retry", status, error: `the receiver answered ${status}` };
  }
  if (status >= 300 && status < 400) {
    return {
      outcome: "failed",
      status,
      error: `the receiver answered ${status}; redirects are not followed`,
    };
  }
  return { outcome: "failed", status, error: `the receiver answered ${status}` };
}
