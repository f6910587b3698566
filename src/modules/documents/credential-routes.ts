import { createRoute, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

import { AppError } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { rateLimit, rateLimitKey } from "@/core/http/rate-limit";
import { translate } from "@/core/i18n";
import { selectAgencyByCode, selectAgencyById } from "@/modules/agencies";

import {
  agencyDid,
  buildAgencyDidDocument,
  type CredentialChecklist,
  credentialIssueProblems,
  type CredentialProblem,
  DOCUMENTS_CONTEXT_PATH,
  documentsContextUrl,
  publishStatusList,
  staticContexts,
  statusPurposes,
  verifyCredential,
  verifyPresentation,
} from "./credentials";
import { credentialProblemMessages } from "./credentials/messages";
import {
  IssueCredentialBodySchema,
  JsonLdDocumentSchema,
  VerificationProblemSchema,
  VerifyCredentialBodySchema,
  VerifyCredentialResultSchema,
  VerifyPresentationBodySchema,
  VerifyPresentationResultSchema,
} from "./credentials/schema";
import { issueCredential } from "./issue-credential";
import { documentPolicy } from "./policy";

/**
 * The public face of the credentials: the contexts, each agency's DID
 * document and status lists, and the VC-API (verify for anyone, issue for
 * an agency's own systems).
 */
export const credentialRoutes = createRouter();

/** A credential is a few kilobytes; a transcript a few dozen. Anything far larger is refused unread. */
const MAX_BODY_BYTES = 512 * 1024;

const limitBody: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new AppError("payload_too_large", `The body may be at most ${MAX_BODY_BYTES} bytes.`);
  },
});

/** Verification is open to anyone: counted per client like the rest of the API. */
const verifyLimit = rateLimit({
  name: "credentials-verify",
  limit: (c) => c.get("config").security.rateLimitPerMinute,
  key: rateLimitKey,
});

const AgencyParamsSchema = z.object({ code: z.string().min(1).max(40) });

async function agencyByCode(c: Context<AppEnv>, code: string) {
  const agency = await selectAgencyByCode(c.get("db"), code);
  if (!agency) throw new AppError("not_found", "There is no agency with this code.");
  return agency;
}

credentialRoutes.openapi(
  createRoute({
    method: "get",
    path: DOCUMENTS_CONTEXT_PATH,
    tags: ["Credentials"],
    summary: `The JSON-LD context of Pratu's document credentials (${documentsContextUrl})`,
    responses: {
      200: {
        description: "The context, as every Pratu deployment holds it",
        content: { "application/ld+json": { schema: JsonLdDocumentSchema } },
      },
    },
  }),
  (c) => {
    c.header("Cache-Control", "public, max-age=86400");
    return c.json(staticContexts.get(documentsContextUrl) as Record<string, unknown>, 200, {
      "Content-Type": "application/ld+json",
    });
  },
);

credentialRoutes.openapi(
  createRoute({
    method: "get",
    path: "/agencies/{code}/did.json",
    tags: ["Credentials"],
    summary: "The agency's DID document (did:web): every key it has signed credentials with",
    request: { params: AgencyParamsSchema },
    responses: {
      200: {
        description: "A DID document with Multikey verification methods",
        content: { "application/json": { schema: JsonLdDocumentSchema } },
      },
      404: problemResponse("No such agency"),
    },
  }),
  async (c) => {
    const agency = await agencyByCode(c, c.req.valid("param").code);
    const document = await buildAgencyDidDocument({
      db: c.get("db"),
      publicUrl: c.get("config").server.publicUrl,
      agency,
    });
    c.header("Cache-Control", "public, max-age=300");
    return c.json(document as unknown as Record<string, unknown>, 200);
  },
);

credentialRoutes.openapi(
  createRoute({
    method: "get",
    path: "/agencies/{code}/credentials/status/{purpose}",
    tags: ["Credentials"],
    summary: "The agency's Bitstring Status List for revocation or suspension",
    description:
      "A BitstringStatusListCredential signed by the agency (ecdsa-rdfc-2019). It changes the moment a document is suspended, reinstated or revoked.",
    request: {
      params: AgencyParamsSchema.extend({ purpose: z.enum(statusPurposes) }),
    },
    responses: {
      200: {
        description: "The status list credential",
        content: { "application/json": { schema: JsonLdDocumentSchema } },
      },
      400: problemResponse("Not a status purpose Pratu publishes"),
      404: problemResponse("No such agency"),
    },
  }),
  async (c) => {
    const { code, purpose } = c.req.valid("param");
    const agency = await agencyByCode(c, code);
    const list = await publishStatusList({
      db: c.get("db"),
      secrets: c.get("secrets"),
      config: c.get("config"),
      agency,
      purpose,
    });
    c.header("Cache-Control", "no-cache");
    return c.json(list, 200);
  },
);

/** The names of the checks that passed, as VC-API clients read them. */
function passedChecks(checklist: CredentialChecklist): string[] {
  const names = ["proof", "issuer", "status", "validity", "issuedRecord"] as const;
  return names.filter((name) => checklist[name].status === "passed");
}

/** A failed verification as problem details, with the VC-API members besides. */
function verificationProblem(
  c: Context<AppEnv>,
  result: { checks: string[]; errors: CredentialProblem[]; warnings: CredentialProblem[] },
  extra: Record<string, unknown>,
) {
  // Every failed verification carries at least one error; the first is the headline.
  const code = result.errors[0]?.code ?? "malformed_credential";
  const message = credentialProblemMessages[code];
  return c.json(
    {
      type: `urn:pratu:problem:${code}`,
      title: translate(c.get("locale") ?? "th", message),
      status: 400,
      code,
      detail: result.errors.map((error) => error.message).join(" "),
      messages: { th: message.th, en: message.en },
      instance: c.req.path,
      requestId: c.get("requestId"),
      verified: false as const,
      checks: result.checks,
      warnings: result.warnings,
      errors: result.errors,
      ...extra,
    },
    400,
    { "Content-Type": "application/problem+json; charset=utf-8" },
  );
}

credentialRoutes.openapi(
  createRoute({
    method: "post",
    path: "/credentials/verify",
    tags: ["Credentials"],
    summary: "Verify a credential (VC-API)",
    description:
      "Checks the Data Integrity proof (ecdsa-rdfc-2019 or eddsa-rdfc-2022), the issuer against the register of agencies, the status lists, the validity window and, for documents issued here, that the credential is the one issued. No sign-in; no network is used.",
    middleware: [verifyLimit, limitBody] as const,
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: VerifyCredentialBodySchema } },
      },
    },
    responses: {
      200: {
        description: "Verified",
        content: { "application/json": { schema: VerifyCredentialResultSchema } },
      },
      400: {
        description: "Not verified, or not a credential: every reason, in Thai and English",
        content: { "application/problem+json": { schema: VerificationProblemSchema } },
      },
      413: problemResponse("The body is too large"),
      429: problemResponse("Too many requests; wait a minute"),
    },
  }),
  async (c) => {
    const body = c.req.valid("json");
    const verification = await verifyCredential({
      db: c.get("db"),
      config: c.get("config"),
      credential: body.verifiableCredential,
      allowUnregisteredIssuer: body.options?.allowUnregisteredIssuer === true,
    });
    const result = { ...verification, checks: passedChecks(verification.checklist) };
    if (!verification.verified) {
      return verificationProblem(c, result, { checklist: verification.checklist });
    }
    return c.json(
      {
        verified: true,
        checks: result.checks,
        warnings: result.warnings,
        errors: [],
        checklist: result.checklist,
      },
      200,
    );
  },
);

credentialRoutes.openapi(
  createRoute({
    method: "post",
    path: "/presentations/verify",
    tags: ["Credentials"],
    summary: "Verify a presentation and each credential in it (VC-API)",
    description:
      "The presentation's own proof, when present, must be made for authentication by its holder; with `options.challenge` or `options.domain` a proof carrying them is required.",
    middleware: [verifyLimit, limitBody] as const,
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: VerifyPresentationBodySchema } },
      },
    },
    responses: {
      200: {
        description: "Verified",
        content: { "application/json": { schema: VerifyPresentationResultSchema } },
      },
      400: {
        description: "Not verified, or not a presentation: every reason, in Thai and English",
        content: { "application/problem+json": { schema: VerificationProblemSchema } },
      },
      413: problemResponse("The body is too large"),
      429: problemResponse("Too many requests; wait a minute"),
    },
  }),
  async (c) => {
    const { verifiablePresentation, options } = c.req.valid("json");
    const verification = await verifyPresentation({
      db: c.get("db"),
      config: c.get("config"),
      presentation: verifiablePresentation,
      challenge: options?.challenge,
      domain: options?.domain,
      allowUnregisteredIssuer: options?.allowUnregisteredIssuer === true,
    });
    const credentialResults = verification.credentials.map((result) => ({
      ...result,
      checks: passedChecks(result.checklist),
    }));
    const checks = [
      ...(verification.presentation.status === "passed" ? ["proof"] : []),
      ...(credentialResults.length > 0 && credentialResults.every((result) => result.verified)
        ? ["credentials"]
        : []),
    ];
    const presentationResult = verification.presentation;
    if (!verification.verified) {
      return verificationProblem(
        c,
        { checks, errors: verification.errors, warnings: verification.warnings },
        { presentationResult, credentialResults },
      );
    }
    return c.json(
      {
        verified: true,
        checks,
        warnings: verification.warnings,
        errors: [],
        presentationResult,
        credentialResults,
      },
      200,
    );
  },
);

credentialRoutes.openapi(
  createRoute({
    method: "post",
    path: "/credentials/issue",
    tags: ["Credentials"],
    summary: "Issue a credential as the agency (VC-API)",
    description:
      "For an agency's own systems, with an API key holding the `documents:issue` scope. Pratu sets the issuer to the agency's DID, adds its status list entries, signs with the agency's key (ecdsa-rdfc-2019) and keeps the credential so that it can be verified and revoked. The `Idempotency-Key` header makes a retry return the credential issued the first time.",
    security: [{ bearer: [] }],
    middleware: [limitBody] as const,
    request: {
      headers: z.object({ "idempotency-key": z.string().min(1).max(200).optional() }),
      body: {
        required: true,
        content: { "application/json": { schema: IssueCredentialBodySchema } },
      },
    },
    responses: {
      201: {
        description: "Issued",
        content: {
          "application/json": {
            schema: z.object({ verifiableCredential: JsonLdDocumentSchema }),
          },
        },
      },
      400: problemResponse("The credential cannot be issued as it is: every reason is named"),
      401: problemResponse("No API key"),
      403: problemResponse("The key lacks the documents:issue scope"),
      413: problemResponse("The body is too large"),
    },
  }),
  async (c) => {
    const actor = c.get("actor");
    if (actor.type === "anonymous") throw new AppError("unauthenticated");
    const agencyId =
      actor.type === "api_key" ? actor.agencyId : actor.type === "officer" ? actor.agencyId : null;
    if (!agencyId) throw new AppError("forbidden", "Only an agency's systems issue credentials.");
    documentPolicy.authorize(actor, "document.issue", { agencyId });
    const agency = await selectAgencyById(c.get("db"), agencyId);
    if (!agency) throw new AppError("not_found", "There is no such agency.");
    const { credential } = c.req.valid("json");
    const config = c.get("config");
    const problems = await credentialIssueProblems({
      credential,
      issuerDid: agencyDid(config.server.publicUrl, agency.code),
    });
    if (problems.length > 0) {
      throw new AppError("validation_failed", "The credential cannot be issued as it is.", {
        fields: problems,
      });
    }
    const issued = await issueCredential({
      db: c.get("db"),
      secrets: c.get("secrets"),
      config,
      agency,
      credential,
      idempotencyKey: c.req.valid("header")["idempotency-key"],
      actor,
      requestId: c.get("requestId"),
    });
    return c.json({ verifiableCredential: issued.credential }, 201);
  },
);
