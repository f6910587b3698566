import { randomUUID } from "node:crypto";

import { getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";

import { defaultLocale, isLocale, type Locale, translatorFor } from "@/core/i18n";

import type { AppEnv } from "./context";

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;
export const LOCALE_COOKIE = "pratu_lang";

/** Gives each request an id (the caller's, when it sent a sane one) and echoes it back. */
export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const incoming = c.req.header("x-request-id");
  const id = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
  c.set("requestId", id);
  c.header("X-Request-Id", id);
  await next();
});

/**
 * Chooses the language: the person's own switch (a cookie) first; otherwise
 * Thai for pages, whatever the browser says, because a Thai government site
 * opens in Thai. Programs (anything not asking for HTML) may ask for English
 * with Accept-Language.
 */
export const locale = createMiddleware<AppEnv>(async (c, next) => {
  const chosen = getCookie(c, LOCALE_COOKIE);
  const isPage = (c.req.header("accept") ?? "").includes("text/html");
  const accepted = c.req.header("accept-language")?.trim().slice(0, 2).toLowerCase();
  const value: Locale = isLocale(chosen)
    ? chosen
    : !isPage && isLocale(accepted)
      ? accepted
      : defaultLocale;
  c.set("locale", value);
  c.set("t", translatorFor(value));
  await next();
});

export function rememberLocale(
  c: Parameters<typeof setCookie>[0],
  value: Locale,
  isSecure: boolean,
): void {
  setCookie(c, LOCALE_COOKIE, value, {
    path: "/",
    sameSite: "Lax",
    secure: isSecure,
    maxAge: 60 * 60 * 24 * 365,
  });
}

/** One log line per request: route, status and time. No query strings, bodies or identities. */
export const accessLog = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  await next();
  const logger = c.get("logger");
  const routePath = c.req.routePath && c.req.routePath !== "/*" ? c.req.routePath : undefined;
  logger.info(
    {
      requestId: c.get("requestId"),
      method: c.req.method,
      route: routePath ?? "(unmatched)",
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      actor: c.get("actor")?.type,
    },
    "request",
  );
});
