import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";

import { createTimeStampResponse, ensureTimeStampingAuthority } from "@/core/crypto/x509";
import { AppError } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { rateLimit } from "@/core/http/rate-limit";

import { MAX_TIME_STAMP_QUERY_BYTES } from "./limits";

/**
 * Pratu's time-stamping authority over HTTP (RFC 3161 3.4), for others to
 * use when the deployment offers it (`TSA_ENABLED`). The documents it signs
 * itself are stamped in process and need none of this.
 */
export const tsaRoutes = createRouter();

const whenServed = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get("config").timeStamping.serveTsa) {
    throw new AppError("not_found", "This deployment does not answer time-stamp requests.");
  }
  await next();
});

const queryOnly = createMiddleware<AppEnv>(async (c, next) => {
  const contentType = c.req.header("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/timestamp-query") {
    throw new AppError("bad_request", "Send a DER TimeStampReq as application/timestamp-query.");
  }
  await next();
});

tsaRoutes.post(
  "/tsa",
  whenServed,
  rateLimit({
    name: "tsa",
    limit: (c) => c.get("config").timeStamping.tsaRequestsPerMinute,
  }),
  queryOnly,
  bodyLimit({
    maxSize: MAX_TIME_STAMP_QUERY_BYTES,
    onError: () => {
      throw new AppError(
        "payload_too_large",
        `A time-stamp request may have at most ${MAX_TIME_STAMP_QUERY_BYTES} bytes.`,
      );
    },
  }),
  async (c) => {
    const request = new Uint8Array(await c.req.arrayBuffer());
    const authority = await ensureTimeStampingAuthority({
      db: c.get("db"),
      secrets: c.get("secrets"),
    });
    // Whatever the bytes, the answer is a TimeStampResp: a request that
    // cannot be honoured gets status rejection with the reason in it.
    const response = await createTimeStampResponse({ authority, request });
    return c.body(new Uint8Array(response), 200, {
      "Content-Type": "application/timestamp-reply",
      "Cache-Control": "no-store",
    });
  },
);
