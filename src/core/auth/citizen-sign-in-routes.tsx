import type { Context } from "hono";
import { z } from "zod";

import { transaction } from "@/core/db/database";
import { AppError } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { rateLimit } from "@/core/http/rate-limit";
import { safeNextPath } from "@/core/http/sign-in-redirect";
import { pageContext } from "@/core/ui/page-context";

import { isPratuAcr, meetsAssurance, parseAcr } from "./assurance";
import { recordCitizenSignIn } from "./citizens";
import {
  identityProviderIds,
  type RelyingParty,
  SignInFailure,
  type SignInFailureReason,
} from "./oidc-relying-party";
import { ensureSession, startSession } from "./sessions";
import { saveSignInRequest, takeSignInRequest } from "./sign-in-requests";
import { SignInFailedPage, SignInPage } from "./views/citizen-sign-in-pages";

const nextPath = z
  .string()
  .max(2000)
  .optional()
  .transform((value) => safeNextPath(value) ?? undefined);

const level = z
  .string()
  .max(100)
  .optional()
  .refine((value) => value === undefined || isPratuAcr(value), {
    message: "level must be an assurance level such as urn:pratu:ial:2.1:aal:2.1",
  });

const SignInQuerySchema = z.object({ next: nextPath, level });
const StartQuerySchema = z.object({
  provider: z.enum(identityProviderIds).optional(),
  next: nextPath,
  level,
});

const failureStatus: Record<SignInFailureReason, 400 | 403 | 502 | 503> = {
  expired: 400,
  cancelled: 400,
  provider_error: 502,
  provider_unavailable: 503,
  assurance_too_low: 403,
};

/**
 * Citizen sign-in through OpenID Connect: the page, the start (which sends the
 * browser to the provider) and the callback (which proves the answer belongs
 * to the sign-in this browser started, then starts a fresh session).
 */
export function citizenSignInRoutes({
  relyingParty,
  providerName,
}: {
  relyingParty: RelyingParty;
  providerName: string;
}) {
  const router = createRouter();

  router.get("/sign-in", (c) => {
    const query = SignInQuerySchema.parse(c.req.query());
    if (c.get("actor").type === "citizen") return c.redirect(query.next ?? "/me", 303);
    return c.html(
      <SignInPage
        page={pageContext(c)}
        providers={relyingParty.providers}
        providerName={providerName}
        next={query.next}
        level={query.level}
      />,
    );
  });

  router.get(
    "/sign-in/start",
    rateLimit({
      name: "citizen-sign-in",
      limit: (c) => c.get("config").security.signInRateLimitPerMinute,
    }),
    async (c) => {
      const query = StartQuerySchema.parse(c.req.query());
      const provider = query.provider ?? relyingParty.providers[0];
      if (!provider || !relyingParty.providers.includes(provider)) throw new AppError("not_found");
      const session = await ensureSession(c);
      try {
        const start = await relyingParty.begin(provider, { acrValues: query.level });
        await saveSignInRequest(c.get("db"), {
          state: start.state,
          sessionTokenHash: session.tokenHash,
          provider,
          codeVerifier: start.codeVerifier,
          nonce: start.nonce,
          requestedAssurance: query.level ?? null,
          nextPath: query.next ?? "/me",
        });
        return c.redirect(start.url.href, 302);
      } catch (error) {
        return failed(c, error);
      }
    },
  );

  router.get("/sign-in/callback", async (c) => {
    const state = c.req.query("state");
    const session = c.get("session");
    const pending =
      state && session
        ? await takeSignInRequest(c.get("db"), { state, sessionTokenHash: session.tokenHash })
        : null;
    if (!pending) {
      return failed(
        c,
        new SignInFailure("expired", "No sign-in of this browser matches the state."),
      );
    }
    try {
      const callbackUrl = new URL(`${c.get("config").server.publicUrl}${c.req.path}`);
      callbackUrl.search = new URL(c.req.url).search;
      const identity = await relyingParty.finish(pending.provider, callbackUrl, pending);
      const required = parseAcr(pending.requestedAssurance);
      if (required && !meetsAssurance(identity.assurance, required)) {
        throw new SignInFailure(
          "assurance_too_low",
          "The provider confirmed a lower level than asked for.",
        );
      }
      await transaction(c.get("db"), async (tx) => {
        const { citizenId } = await recordCitizenSignIn({
          tx,
          secrets: c.get("secrets"),
          identity,
          provider: pending.provider,
          requestId: c.get("requestId"),
        });
        await startSession(c, tx, { citizenId, assurance: identity.assurance });
      });
      return c.redirect(pending.nextPath, 303);
    } catch (error) {
      return failed(c, error);
    }
  });

  return router;
}

function failed(c: Context<AppEnv>, error: unknown) {
  if (!(error instanceof SignInFailure)) throw error;
  // Codes only: the provider's answer may name the person.
  c.get("logger").warn(
    {
      requestId: c.get("requestId"),
      reason: error.reason,
      providerError: error.providerError,
      cause: error.cause instanceof Error ? error.cause.name : undefined,
    },
    "citizen sign-in failed",
  );
  return c.html(
    <SignInFailedPage page={pageContext(c)} reason={error.reason} />,
    failureStatus[error.reason],
  );
}
