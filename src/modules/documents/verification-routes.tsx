import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";

import { ensureSession } from "@/core/auth/sessions";
import { AppError, isAppError } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { renderError, wantsProblemJson } from "@/core/http/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { rateLimit, rateLimitKey } from "@/core/http/rate-limit";
import { pageContext } from "@/core/ui/page-context";

import { verificationMessages as m } from "./verification/messages";
import { DocumentVerificationSchema, VerifyJsonRequestSchema } from "./verification/schema";
import {
  inputProblem,
  MAX_CREDENTIAL_CHARACTERS,
  MAX_PDF_BYTES,
  MAX_UPLOAD_BODY_BYTES,
  rejectInput,
  type VerificationInput,
} from "./verification/verification-input";
import { verifyDocument } from "./verification/verify-document";
import { VerificationResultPage } from "./verification/views/result-page";
import { type VerifyFormValues, VerifyPage } from "./verification/views/verify-page";

/** The verify page, the QR code's short link, and the verification API: public, anonymous. */
export const verificationRoutes = createRouter();

const verifyLimit = rateLimit({
  name: "document-verify",
  limit: (c) => c.get("config").security.rateLimitPerMinute,
  key: rateLimitKey,
});

/**
 * Refuses an upload over the limit before any of it is read: mounted ahead of
 * the CSRF check (which reads form bodies) for the two addresses that take
 * files. A person gets the verify page saying so; a program, a 413 problem.
 */
export const verificationUploadLimit = createMiddleware<AppEnv>((c, next) =>
  bodyLimit({
    maxSize: MAX_UPLOAD_BODY_BYTES,
    onError: () => {
      const problem = inputProblem("file", "too_large", m.input.fileTooLarge);
      if (wantsProblemJson(c)) {
        return renderError(
          c,
          new AppError("payload_too_large", problem.message, { fields: [problem] }),
        );
      }
      const page = pageContext(c);
      return c.html(
        <VerifyPage page={page} problems={[problem]} title={page.t(m.page.tooLargeTitle)} />,
        413,
      );
    },
  })(c, next),
);

/** A result depends on the moment (a revocation shows at once) and names a person: neither cached nor indexed. */
function keepPrivate(c: Context<AppEnv>): void {
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex");
}

verificationRoutes.get("/verify", async (c) => {
  // The forms post back with a CSRF token, so even a visitor gets a session.
  await ensureSession(c);
  return c.html(<VerifyPage page={pageContext(c)} />);
});

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** What one of the three forms sent, as the verification's input. */
async function formInput(body: Record<string, unknown>): Promise<VerificationInput> {
  switch (body.via) {
    case "pdf": {
      const file = body.file;
      if (!(file instanceof File) || (file.name === "" && file.size === 0)) {
        rejectInput("validation_failed", inputProblem("file", "required", m.input.fileRequired));
      }
      if (file.size > MAX_PDF_BYTES) {
        rejectInput("payload_too_large", inputProblem("file", "too_large", m.input.fileTooLarge));
      }
      return { kind: "pdf", bytes: new Uint8Array(await file.arrayBuffer()) };
    }
    case "credential":
      return { kind: "credential", json: text(body.credential) };
    default:
      return { kind: "code", code: text(body.code) };
  }
}

/** The posted form; a body that does not parse as the form it claims to be is refused, not a crash. */
async function readForm(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  try {
    return await c.req.parseBody();
  } catch {
    rejectInput("bad_request", inputProblem("file", "unsupported_body", m.input.unsupportedBody));
  }
}

verificationRoutes.post("/verify", verifyLimit, async (c) => {
  const body = await readForm(c);
  const page = pageContext(c);
  const values: VerifyFormValues = {
    code: text(body.code).slice(0, 200),
    credential: text(body.credential).slice(0, MAX_CREDENTIAL_CHARACTERS),
  };
  try {
    const result = await verifyDocument({
      db: c.get("db"),
      config: c.get("config"),
      input: await formInput(body),
    });
    keepPrivate(c);
    return c.html(<VerificationResultPage page={page} result={result} />);
  } catch (error) {
    if (!isAppError(error) || error.fields.length === 0) throw error;
    const title = error.code === "payload_too_large" ? page.t(m.page.tooLargeTitle) : undefined;
    return c.html(
      <VerifyPage page={page} problems={error.fields} values={values} title={title} />,
      error.status,
    );
  }
});

verificationRoutes.get("/v/:code", verifyLimit, async (c) => {
  const code = c.req.param("code");
  try {
    const result = await verifyDocument({
      db: c.get("db"),
      config: c.get("config"),
      input: { kind: "code", code },
    });
    keepPrivate(c);
    return c.html(<VerificationResultPage page={pageContext(c)} result={result} />);
  } catch (error) {
    if (!isAppError(error) || error.fields.length === 0) throw error;
    // A link nobody was given, or one damaged on the way: say so, and offer the other ways.
    await ensureSession(c);
    const page = pageContext(c);
    return c.html(
      <VerifyPage
        page={page}
        title={page.t(m.page.notFoundTitle)}
        intro={page.t(m.page.notFoundLead, { code: code.slice(0, 40) })}
        values={{ code: code.slice(0, 40) }}
      />,
      404,
    );
  }
});

/** What a program sent: a PDF as the body or as a multipart field, or JSON with a code or a credential. */
async function apiInput(c: Context<AppEnv>): Promise<VerificationInput> {
  const contentType = c.req.header("content-type") ?? "";
  if (/^application\/pdf\b/i.test(contentType)) {
    return { kind: "pdf", bytes: new Uint8Array(await c.req.arrayBuffer()) };
  }
  if (/^multipart\/form-data\b/i.test(contentType)) {
    return formInput({ ...(await readForm(c)), via: "pdf" });
  }
  if (/^application\/([a-z.+-]*\+)?json\b/i.test(contentType)) {
    const parsed = VerifyJsonRequestSchema.safeParse(await c.req.json().catch(() => undefined));
    if (parsed.success) {
      const request = parsed.data;
      if ("code" in request) return { kind: "code", code: request.code };
      const { credential } = request;
      return {
        kind: "credential",
        json: typeof credential === "string" ? credential : JSON.stringify(credential),
      };
    }
  }
  rejectInput("bad_request", inputProblem("file", "unsupported_body", m.input.unsupportedBody));
}

verificationRoutes.openAPIRegistry.register("DocumentVerifyRequest", VerifyJsonRequestSchema);

verificationRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/documents/verify",
    tags: ["Documents"],
    summary: "Verify a document from its PDF, its verification code or its credential",
    description: [
      "Send the PDF as the body (`application/pdf`) or as the `file` field of a multipart form, or JSON",
      "with `code` (the verification code or the whole `/v/` link) or `credential` (the verifiable",
      "credential, as an object or as JSON text). The answer is the checklist a person sees on",
      "`/verify`: signature, issuing agency, revocation or suspension, expiry, and whether the file is",
      "byte for byte the one issued. A document that checks out but is revoked, suspended or expired,",
      "and a file changed after signing, are answers, not errors: 200 with `verified: false` and the",
      `\`verdict\`. Files over ${MAX_PDF_BYTES / 1024 / 1024} MB get 413. Nothing sent is stored.`,
      "Without an API key, multipart uploads need the page's CSRF token; send `application/pdf` instead.",
    ].join(" "),
    request: {
      body: {
        required: true,
        content: {
          "application/pdf": { schema: { type: "string", format: "binary" } },
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: { file: { type: "string", format: "binary" } },
              required: ["file"],
            },
          },
          "application/json": { schema: { $ref: "#/components/schemas/DocumentVerifyRequest" } },
        },
      },
    },
    responses: {
      200: {
        description: "The checklist, the verdict and, for a document issued here, its data",
        content: { "application/json": { schema: DocumentVerificationSchema } },
      },
      400: problemResponse(
        "Nothing to verify: an empty file, a file that is not a PDF, text that is not JSON, a malformed code",
      ),
      404: problemResponse("No document has this verification code"),
      413: problemResponse(`A file over ${MAX_PDF_BYTES / 1024 / 1024} MB`),
      429: problemResponse("Too many requests from this client"),
    },
  }),
  async (c) => {
    const result = await verifyDocument({
      db: c.get("db"),
      config: c.get("config"),
      input: await apiInput(c),
    });
    keepPrivate(c);
    return c.json(result, 200);
  },
);
