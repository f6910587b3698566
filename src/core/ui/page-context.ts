import type { Context } from "hono";

import type { Actor, AppEnv } from "@/core/http/context";
import type { Locale, Translate } from "@/core/i18n";

/** What every page needs to know about the request it answers. */
export interface PageContext {
  locale: Locale;
  t: Translate;
  actor: Actor;
  csrfToken: string | null;
  path: string;
  requestId: string;
  nonce: string | undefined;
}

// Only reads the request: a route whose middleware adds variables of its own can pass its context.
export function pageContext(c: Pick<Context<AppEnv>, "req" | "get">): PageContext {
  const url = new URL(c.req.url);
  return {
    locale: c.get("locale"),
    t: c.get("t"),
    actor: c.get("actor"),
    csrfToken: c.get("session")?.csrfToken ?? null,
    path: url.pathname + url.search,
    requestId: c.get("requestId"),
    nonce: c.get("secureHeadersNonce"),
  };
}
