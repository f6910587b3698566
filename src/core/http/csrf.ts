import { createMiddleware } from "hono/factory";

import { equalsInConstantTime } from "@/core/crypto/tokens";
import { AppError } from "@/core/errors";

import type { AppEnv } from "./context";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Two walls against cross-site requests on cookie-authenticated calls: the
 * browser's Origin (or Sec-Fetch-Site) must be this site, and the form must
 * carry the session's token (`_csrf` field or `X-CSRF-Token` header).
 * Bearer-authenticated calls carry no cookie and need neither.
 */
export const csrfProtection = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method) || c.req.header("authorization")) return next();

  const expectedOrigin = new URL(c.get("config").server.publicUrl).origin;
  const requestOrigin = new URL(c.req.url).origin;
  const origin = c.req.header("origin");
  const fetchSite = c.req.header("sec-fetch-site");
  const isSameOrigin =
    origin !== undefined
      ? origin === expectedOrigin || origin === requestOrigin
      : fetchSite === undefined || fetchSite === "same-origin";
  if (!isSameOrigin) throw new AppError("csrf_failed", "The request did not come from this site.");

  const session = c.get("session");
  // A program calling the public API with JSON and no cookie holds no
  // session to abuse, and a cross-site page cannot send JSON without CORS.
  if (!session && isProgramPath(c.req.path) && isJson(c.req.header("content-type"))) {
    return next();
  }
  // Time-stamp clients (RFC 3161) post their query with no cookie, and no
  // page can send that content type across sites without CORS either.
  if (!session && isTimeStampQuery(c.req.header("content-type"))) return next();
  // A PDF posted to the API to be verified likewise: a page elsewhere cannot send that type.
  if (!session && c.req.path.startsWith("/api/") && isPdf(c.req.header("content-type"))) {
    return next();
  }
  let token = c.req.header("x-csrf-token");
  if (token === undefined && isForm(c.req.header("content-type"))) {
    // A body that does not parse as the form it claims to be carries no token either.
    const body: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
    token = typeof body._csrf === "string" ? body._csrf : undefined;
  }
  if (!session || !token || !equalsInConstantTime(token, session.csrfToken)) {
    throw new AppError("csrf_failed", "The form token is missing or does not match this session.");
  }
  await next();
});

/** The API, and the VC-API's standard paths at the root (/credentials/verify, /presentations/verify, ...). */
function isProgramPath(path: string): boolean {
  return (
    path.startsWith("/api/") ||
    path.startsWith("/credentials/") ||
    path.startsWith("/presentations/")
  );
}

function isPdf(contentType: string | undefined): boolean {
  return Boolean(contentType && /^application\/pdf\s*(;|$)/i.test(contentType));
}

function isForm(contentType: string | undefined): boolean {
  return Boolean(
    contentType && /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType),
  );
}

function isJson(contentType: string | undefined): boolean {
  return Boolean(contentType && /^application\/([a-z.+-]*\+)?json\b/i.test(contentType));
}

function isTimeStampQuery(contentType: string | undefined): boolean {
  return Boolean(contentType && /^application\/timestamp-query\s*(;|$)/i.test(contentType));
}
