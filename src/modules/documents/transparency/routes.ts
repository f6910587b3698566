import { createRoute, type z } from "@hono/zod-openapi";
import type { Context } from "hono";

import { AppError, type FieldProblem } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { type Agency, selectAgencyByCode } from "@/modules/agencies";

import { transparencyMessages as m } from "./messages";
import { fieldProblem, invalidRequest } from "./problems";
import {
  getConsistencyProof,
  getInclusionProof,
  listTransparencyLogEntries,
} from "./read-transparency-log";
import {
  AgencyCodeParamsSchema,
  ConsistencyProofQuerySchema,
  ConsistencyProofSchema,
  EntriesQuerySchema,
  EntriesSchema,
  InclusionProofQuerySchema,
  InclusionProofSchema,
  SignedTreeHeadSchema,
} from "./schema";
import { currentSignedTreeHead, type SignedTreeHead } from "./signed-tree-head";

/**
 * The agencies' transparency logs, public on purpose: anyone may audit what
 * an agency issued. Nothing here reveals more than the hashes and ids the
 * log was made to publish.
 */
export const transparencyRoutes = createRouter();

const TAG = "Document transparency";

/** What a past tree size's proof says never changes; the current head moves. */
const IMMUTABLE = "public, max-age=86400, immutable";
const FRESH = "public, max-age=10";

async function agencyOf(c: Context<AppEnv>, code: string): Promise<Agency> {
  const agency = await selectAgencyByCode(c.get("db"), code.toUpperCase());
  if (!agency) throw new AppError("not_found", "There is no agency with this code.");
  return agency;
}

function withKeys(head: SignedTreeHead) {
  return { ...head, keys: `/api/v1/agencies/${head.agency}/signing-keys` };
}

/** Each field's problem in Thai and English, whatever Zod said. */
function refuseQuery(result: { success: boolean; error?: z.ZodError }): undefined {
  if (result.success || !result.error) return undefined;
  const problems = new Map<string, FieldProblem>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "(query)");
    if (problems.has(field)) continue;
    const message =
      field === "hash"
        ? m.problems.hashInvalid
        : field === "leafIndex"
          ? m.problems.leafIndexInvalid
          : m.problems.sizeInvalid;
    problems.set(field, fieldProblem(field, "invalid", message));
  }
  throw new AppError("validation_failed", "The request is not valid.", {
    fields: [...problems.values()],
  });
}

transparencyRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/transparency/tree-head",
    tags: [TAG],
    summary: "The agency's current signed tree head",
    description:
      "The size and Merkle root (RFC 9162) of the agency's log of issued documents, signed with the agency's key.",
    request: { params: AgencyCodeParamsSchema },
    responses: {
      200: {
        description: "The signed tree head",
        content: { "application/json": { schema: SignedTreeHeadSchema } },
      },
      404: problemResponse("No agency has this code"),
    },
  }),
  async (c) => {
    const agency = await agencyOf(c, c.req.valid("param").code);
    const head = await currentSignedTreeHead({
      db: c.get("db"),
      secrets: c.get("secrets"),
      agencyId: agency.id,
    });
    c.header("Cache-Control", FRESH);
    return c.json(withKeys(head), 200);
  },
);

transparencyRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/transparency/inclusion-proof",
    tags: [TAG],
    summary: "Proof that a document is in the agency's log",
    description:
      "Find the entry by `hash` (SHA-256 of the PDF or the credential) or by `leafIndex`. Without `treeSize` the proof is against the current signed head, which is returned with it.",
    request: { params: AgencyCodeParamsSchema, query: InclusionProofQuerySchema },
    responses: {
      200: {
        description: "The entry and its inclusion path",
        content: { "application/json": { schema: InclusionProofSchema } },
      },
      400: problemResponse(
        "A parameter is missing or not valid; each is named, in Thai and English",
      ),
      404: problemResponse("No agency has this code, or no document with this hash is in its log"),
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const agency = await agencyOf(c, c.req.valid("param").code);
    if ((query.hash === undefined) === (query.leafIndex === undefined)) {
      throw invalidRequest("hash", "hash_or_leaf_index", m.problems.hashOrLeafIndex);
    }
    const treeSize = query.treeSize === undefined ? undefined : Number(query.treeSize);
    const { treeHead, ...proof } = await getInclusionProof({
      db: c.get("db"),
      secrets: c.get("secrets"),
      agencyId: agency.id,
      leaf:
        query.hash === undefined
          ? { leafIndex: Number(query.leafIndex) }
          : { sha256: query.hash.toLowerCase() },
      treeSize,
    });
    c.header("Cache-Control", treeSize === undefined ? FRESH : IMMUTABLE);
    return c.json({ ...proof, ...(treeHead ? { treeHead: withKeys(treeHead) } : {}) }, 200);
  },
  (result) => refuseQuery(result),
);

transparencyRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/transparency/consistency-proof",
    tags: [TAG],
    summary: "Proof that the log at one size extends the log at an earlier size",
    description:
      "RFC 9162 §2.1.4: nothing logged before `first` was changed or removed by `second`.",
    request: { params: AgencyCodeParamsSchema, query: ConsistencyProofQuerySchema },
    responses: {
      200: {
        description: "The consistency path",
        content: { "application/json": { schema: ConsistencyProofSchema } },
      },
      400: problemResponse("A size is missing or not valid; each is named, in Thai and English"),
      404: problemResponse("No agency has this code"),
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const agency = await agencyOf(c, c.req.valid("param").code);
    const proof = await getConsistencyProof({
      db: c.get("db"),
      agencyId: agency.id,
      first: Number(query.first),
      second: Number(query.second),
    });
    c.header("Cache-Control", IMMUTABLE);
    return c.json(proof, 200);
  },
  (result) => refuseQuery(result),
);

transparencyRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/transparency/entries",
    tags: [TAG],
    summary: "The log's entries from `start` to `end` inclusive, at most 1000 at a time",
    description:
      "Each entry's leaf hash is SHA-256(0x00 || JSON of {documentId, documentSha256, credentialSha256, issuedAt}, in that order, without spaces).",
    request: { params: AgencyCodeParamsSchema, query: EntriesQuerySchema },
    responses: {
      200: {
        description: "The entries, in order; fewer than asked when the page or the log ends",
        content: { "application/json": { schema: EntriesSchema } },
      },
      400: problemResponse("A bound is missing or not valid; each is named, in Thai and English"),
      404: problemResponse("No agency has this code"),
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const agency = await agencyOf(c, c.req.valid("param").code);
    const start = Number(query.start);
    const end = Number(query.end);
    const page = await listTransparencyLogEntries({
      db: c.get("db"),
      agencyId: agency.id,
      start,
      end,
    });
    const isWholePage = page.entries.length === end - start + 1;
    c.header("Cache-Control", isWholePage ? IMMUTABLE : FRESH);
    return c.json(page, 200);
  },
  (result) => refuseQuery(result),
);
