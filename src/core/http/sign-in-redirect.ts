import type { Context } from "hono";

import type { ErrorCode } from "@/core/errors";

import type { AppEnv } from "./context";

const OFFICER_PATH = /^\/(console|officer)(\/|$)/;

/**
 * A path on this site to return to after sign-in, or null. Only a relative
 * path is accepted, never `//host` or `/\host` (both leave the site), so the
 * parameter cannot make Pratu an open redirect.
 */
export function safeNextPath(value: string | undefined | null): string | null {
  if (!value || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  // Control characters and backslashes are never part of a path Pratu links to.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  return value;
}

/**
 * Where to send a person who asked for a page that needs them signed in:
 * officers' pages to the officer sign-in (or its second step), the rest to
 * the citizens' sign-in, with the page to come back to.
 */
export function signInLocation(c: Context<AppEnv>, code: ErrorCode): string {
  const url = new URL(c.req.url);
  const path = url.pathname;
  const isOfficerPage = OFFICER_PATH.test(path);
  const target = !isOfficerPage
    ? "/sign-in"
    : code === "second_factor_required"
      ? "/officer/sign-in/verify"
      : "/officer/sign-in";
  const next = c.req.method === "GET" ? safeNextPath(path + url.search) : null;
  return next && next !== target ? `${target}?next=${encodeURIComponent(next)}` : target;
}
