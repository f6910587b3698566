import { createRoute, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";

import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { requireAgencyMember } from "@/modules/console";

import { importRegistryRecords } from "./import-records";
import { deleteRegistryRecord, getRegistryRecord, saveRegistryRecord } from "./manage-records";
import { registryPolicy } from "./policy";
import { MAX_IMPORT_BYTES } from "./read-records-csv";
import {
  accessOf,
  authorizeFirst,
  BASE,
  forbidden,
  notMember,
  security,
  tags,
} from "./route-helpers";
import {
  ImportSummarySchema,
  RecordBodySchema,
  RecordParamsSchema,
  RecordViewSchema,
  RecordWrittenSchema,
  RegistryParamsSchema,
} from "./schema";

/** A hosted registry's records: one subject at a time, or a whole CSV file. */
export const registryRecordRoutes = createRouter();

registryRecordRoutes.openapi(
  createRoute({
    method: "put",
    path: `${BASE}/records/{subjectId}`,
    tags,
    summary: "Write one subject's record in a hosted registry",
    description:
      "The data is checked against the registry's record schema; the subject ID's check digit against its kind. The previous version is kept.",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params: RecordParamsSchema,
      body: { required: true, content: { "application/json": { schema: RecordBodySchema } } },
    },
    responses: {
      200: {
        description: "Changed, or already so",
        content: { "application/json": { schema: RecordWrittenSchema } },
      },
      201: {
        description: "Created",
        content: { "application/json": { schema: RecordWrittenSchema } },
      },
      400: problemResponse("The subject ID or the record is not valid; every problem is named"),
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
      409: problemResponse(
        "The registry is external: its records are kept in the provider's system",
      ),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const { registry, subjectId } = c.req.valid("param");
    const written = await saveRegistryRecord({
      db: c.get("db"),
      secrets: c.get("secrets"),
      author: actor,
      agencyId: agency.id,
      registryCode: registry,
      subjectId,
      data: c.req.valid("json").data,
      requestId: c.get("requestId"),
    });
    return c.json(written, written.change === "created" ? 201 : 200);
  },
  authorizeFirst("registry.manage"),
);

registryRecordRoutes.openapi(
  createRoute({
    method: "get",
    path: `${BASE}/records/{subjectId}`,
    tags,
    summary: "One subject's current record, its version and how many versions came before",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: RecordParamsSchema },
    responses: {
      200: {
        description: "The record",
        content: { "application/json": { schema: RecordViewSchema } },
      },
      400: problemResponse("The subject ID is not valid"),
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
      409: problemResponse("The registry is external"),
    },
  }),
  async (c) => {
    const { registry, subjectId } = c.req.valid("param");
    const record = await getRegistryRecord({
      db: c.get("db"),
      secrets: c.get("secrets"),
      agencyId: c.get("agencyAccess").agency.id,
      registryCode: registry,
      subjectId,
    });
    c.header("Cache-Control", "no-store");
    return c.json(record, 200);
  },
  authorizeFirst("registry.view"),
);

registryRecordRoutes.openapi(
  createRoute({
    method: "delete",
    path: `${BASE}/records/{subjectId}`,
    tags,
    summary: "Delete one subject's record; its last version stays in the history",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: RecordParamsSchema },
    responses: {
      200: {
        description: "Deleted",
        content: {
          "application/json": {
            schema: z.object({ subjectId: z.string(), version: z.number().int() }),
          },
        },
      },
      400: problemResponse("The subject ID is not valid"),
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
      409: problemResponse("The registry is external"),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const { registry, subjectId } = c.req.valid("param");
    const deleted = await deleteRegistryRecord({
      db: c.get("db"),
      secrets: c.get("secrets"),
      author: actor,
      agencyId: agency.id,
      registryCode: registry,
      subjectId,
      requestId: c.get("requestId"),
    });
    return c.json(deleted, 200);
  },
  authorizeFirst("registry.manage"),
);

const importLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES,
  onError: () => {
    throw new AppError("payload_too_large", "The CSV file may be at most 20 MB.");
  },
});

registryRecordRoutes.openapi(
  createRoute({
    method: "post",
    path: `${BASE}/records/import`,
    tags,
    summary: "Import a hosted registry's records from CSV, all or nothing",
    description:
      "UTF-8 CSV (a byte-order mark is fine). The header row names `subject_id` and any of the record schema's keys; each further row is one subject. Dates are YYYY-MM-DD; true/false for yes-no fields; addresses and lists are JSON in their cell. The whole file is checked first: any problem refuses it, each named by line and column in Thai and English, and nothing is written. Rows equal to the stored record write nothing, so importing the same file again changes nothing.",
    security,
    middleware: [requireAgencyMember, importLimit] as const,
    request: {
      params: RegistryParamsSchema,
      body: { required: true, content: { "text/csv": { schema: z.string() } } },
    },
    responses: {
      200: {
        description: "Imported",
        content: { "application/json": { schema: ImportSummarySchema } },
      },
      400: problemResponse(
        "The file has problems; each is named by line and column, and nothing was imported",
      ),
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
      409: problemResponse("The registry is external"),
      413: problemResponse("The file is larger than 20 MB"),
    },
  }),
  async (c) => {
    const { agency, actor } = accessOf(c);
    registryPolicy.authorize(actor, "registry.manage", { agencyId: agency.id });
    const summary = await importRegistryRecords({
      db: c.get("db"),
      secrets: c.get("secrets"),
      author: actor,
      agencyId: agency.id,
      registryCode: c.req.valid("param").registry,
      file: new Uint8Array(await c.req.arrayBuffer()),
      requestId: c.get("requestId"),
    });
    return c.json(summary, 200);
  },
  authorizeFirst("registry.manage"),
);
