import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ZodError } from "zod";

import { AppError, type ErrorCode, errorStatus, type FieldProblem } from "@/core/errors";
import { translate } from "@/core/i18n";
import { coreMessages as m } from "@/core/i18n/core-messages";
import { Layout } from "@/core/ui/layout";
import { pageContext } from "@/core/ui/page-context";

import type { AppEnv } from "./context";
import { signInLocation } from "./sign-in-redirect";

/** Requests from programs get problem documents; people get pages. */
export function wantsProblemJson(c: Context<AppEnv>): boolean {
  const path = c.req.path;
  if (
    path.startsWith("/api/") ||
    path.startsWith("/credentials/") ||
    path.startsWith("/presentations/") ||
    path === "/tsa"
  )
    return true;
  const accept = c.req.header("accept") ?? "";
  return (
    !accept.includes("text/html") &&
    (accept.includes("json") || Boolean(c.req.header("authorization")))
  );
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("validation_failed", "The request is not valid.", {
      fields: error.issues.map((issue) => ({
        field: issue.path.join(".") || "(body)",
        message: issue.message,
      })),
    });
  }
  if (error instanceof HTTPException) {
    const code = (Object.entries(errorStatus).find(([, status]) => status === error.status)?.[0] ??
      "bad_request") as ErrorCode;
    return new AppError(code, error.message || code, { cause: error });
  }
  return new AppError("internal", "Internal error", { cause: error });
}

export function renderError(c: Context<AppEnv>, error: AppError): Response | Promise<Response> {
  if (error.retryAfterSeconds !== undefined)
    c.header("Retry-After", String(error.retryAfterSeconds));
  const isForProgram = wantsProblemJson(c);
  // A person who follows a link to a page that needs them signed in is sent
  // to sign in and brought back, rather than shown an error.
  if (
    !isForProgram &&
    (error.code === "unauthenticated" || error.code === "second_factor_required")
  ) {
    return c.redirect(signInLocation(c, error.code), 303);
  }
  const locale = c.get("locale") ?? "th";
  const message = m.errors[error.code];
  if (isForProgram) {
    return c.json(
      {
        type: `urn:pratu:problem:${error.code}`,
        title: translate(locale, message),
        status: error.status,
        code: error.code,
        detail: error.code === "internal" ? translate(locale, message) : error.message,
        messages: { th: message.th, en: message.en },
        instance: c.req.path,
        requestId: c.get("requestId"),
        ...(error.fields.length > 0 ? { errors: error.fields } : {}),
      },
      error.status,
      { "Content-Type": "application/problem+json; charset=utf-8" },
    );
  }
  return c.html(<ErrorPage c={c} code={error.code} fields={error.fields} />, error.status);
}

function ErrorPage({
  c,
  code,
  fields,
}: {
  c: Context<AppEnv>;
  code: ErrorCode;
  fields: readonly FieldProblem[];
}) {
  const page = pageContext(c);
  const { t } = page;
  return (
    <Layout page={page} title={t(m.errors.title)}>
      <h1>{t(m.errors.title)}</h1>
      <p class="lead">{t(m.errors[code])}</p>
      {fields.length > 0 ? (
        <ul>
          {fields.map((field) => (
            <li>
              {field.field}: {field.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href="/">{t(m.errors.backHome)}</a>
      </p>
      <p class="caption">{t(m.errors.requestId, { id: page.requestId })}</p>
    </Layout>
  );
}
