import { createRoute, z } from "@hono/zod-openapi";

import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { DataSourceSchema, toDataSource } from "@/modules/exchange/once-only";

import { refuseLockedChanges, sourcedFormOf, withVerifiedAnswers } from "../draft-data-sources";
import { getOwnDraft, type OwnDraft, saveDraftAnswers, startDraft, uploadToDraft } from "../drafts";

/** Drafts on the server, under the service they are for: start, read, save, upload files. */
export const draftApiRoutes = createRouter();

const security = [{ bearer: [] }];
const serviceParams = z.object({ serviceId: z.string().min(1).max(80) });

const DraftSchema = z
  .object({
    id: z.uuid(),
    serviceId: z.string(),
    serviceVersion: z.number().int(),
    answers: z.record(z.string(), z.unknown()),
    currentPage: z.string().nullable(),
    expiresAt: z.string().openapi({ format: "date-time" }),
    uploads: z.array(
      z.object({
        id: z.uuid(),
        fieldId: z.string(),
        filename: z.string(),
        mediaType: z.string(),
        size: z.number(),
      }),
    ),
    dataSources: z.array(DataSourceSchema).openapi({
      description:
        "The registry documents settled in the web form: verified (their answers are locked and may only be left out or sent unchanged) or not, and why (a copy is then asked for). A document not settled there is checked by the agency itself, as its manual says.",
    }),
  })
  .openapi("ApplicationDraft");

function presentDraft(own: OwnDraft): z.infer<typeof DraftSchema> {
  return {
    id: own.draft.id,
    serviceId: own.draft.serviceId,
    serviceVersion: own.draft.serviceVersion,
    answers: own.draft.answers,
    currentPage: own.draft.currentPage,
    expiresAt: own.draft.expiresAt.toISOString(),
    uploads: own.uploads.map(({ id, fieldId, filename, mediaType, size }) => ({
      id,
      fieldId,
      filename,
      mediaType,
      size,
    })),
    dataSources: [...sourcedFormOf(own.service, own.draft.dataSources).sources.values()].map(
      toDataSource,
    ),
  };
}

draftApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/services/{serviceId}/drafts",
    tags: ["Applications"],
    summary: "Start a draft on the server, to continue later from any device",
    security,
    request: { params: serviceParams },
    responses: {
      201: {
        description: "The new draft",
        content: { "application/json": { schema: DraftSchema } },
      },
      401: problemResponse("Not signed in"),
      404: problemResponse("No published service has this id"),
    },
  }),
  async (c) => {
    const own = await startDraft({
      db: c.get("db"),
      actor: c.get("actor"),
      serviceId: c.req.valid("param").serviceId,
    });
    return c.json(presentDraft(own), 201);
  },
);

const draftParams = serviceParams.extend({ draftId: z.uuid() });

draftApiRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/services/{serviceId}/drafts/{draftId}",
    tags: ["Applications"],
    summary: "A draft of one's own",
    security,
    request: { params: draftParams },
    responses: {
      200: { description: "The draft", content: { "application/json": { schema: DraftSchema } } },
      401: problemResponse("Not signed in"),
      404: problemResponse("No such draft of the caller's (expired, sent, or someone else's)"),
    },
  }),
  async (c) => {
    const { serviceId, draftId } = c.req.valid("param");
    const own = await getOwnDraft({ db: c.get("db"), actor: c.get("actor"), serviceId, draftId });
    return c.json(presentDraft(own), 200);
  },
);

draftApiRoutes.openapi(
  createRoute({
    method: "put",
    path: "/api/v1/services/{serviceId}/drafts/{draftId}",
    tags: ["Applications"],
    summary: "Save a draft's answers (incomplete answers are kept as they are)",
    security,
    request: {
      params: draftParams,
      body: {
        required: true,
        content: {
          "application/json": {
            schema: z.object({
              answers: z.record(z.string(), z.unknown()),
              currentPage: z.string().max(100).nullable().optional(),
            }),
          },
        },
      },
    },
    responses: {
      200: { description: "Saved", content: { "application/json": { schema: DraftSchema } } },
      400: problemResponse("An answer verified from a registry was changed"),
      401: problemResponse("Not signed in"),
      404: problemResponse("No such draft of the caller's"),
      413: problemResponse("The answers are too long"),
    },
  }),
  async (c) => {
    const { serviceId, draftId } = c.req.valid("param");
    const body = c.req.valid("json");
    const own = await getOwnDraft({ db: c.get("db"), actor: c.get("actor"), serviceId, draftId });
    const { locked } = sourcedFormOf(own.service, own.draft.dataSources);
    refuseLockedChanges(body.answers, locked);
    const draft = await saveDraftAnswers({
      db: c.get("db"),
      draft: own.draft,
      answers: withVerifiedAnswers(body.answers, locked),
      currentPage: body.currentPage ?? null,
    });
    return c.json(presentDraft({ ...own, draft }), 200);
  },
);

draftApiRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/services/{serviceId}/drafts/{draftId}/attachments",
    tags: ["Applications"],
    summary: "Upload a file for a file field of the draft (multipart: fieldId, file)",
    description:
      "The type is detected from the content (JPEG, PNG or PDF as the field allows), never from the name; the field's size limit applies. Use the answer's id in the file field's answer.",
    security,
    request: {
      params: draftParams,
      body: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: z.object({
              fieldId: z.string(),
              file: z.any().openapi({ type: "string", format: "binary" }),
            }),
          },
        },
      },
    },
    responses: {
      201: {
        description: "Kept",
        content: {
          "application/json": {
            schema: z.object({
              id: z.uuid(),
              fieldId: z.string(),
              mediaType: z.string(),
              size: z.number(),
              sha256: z.string(),
            }),
          },
        },
      },
      400: problemResponse("Wrong type or too large, with the reason and the limit"),
      401: problemResponse("Not signed in"),
      404: problemResponse("No such draft of the caller's"),
    },
  }),
  async (c) => {
    const { serviceId, draftId } = c.req.valid("param");
    const own = await getOwnDraft({ db: c.get("db"), actor: c.get("actor"), serviceId, draftId });
    const body = await c.req.parseBody();
    const file = body.file;
    const fieldId = typeof body.fieldId === "string" ? body.fieldId : "";
    if (!(file instanceof File)) {
      throw new AppError("validation_failed", "Send the file in the part named file.", {
        fields: [{ field: "file", message: "Required" }],
      });
    }
    const result = await uploadToDraft({
      db: c.get("db"),
      draft: own.draft,
      service: own.service,
      fieldId,
      filename: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    if (!result.ok) {
      throw new AppError("validation_failed", result.message.en, {
        fields: [
          {
            field: fieldId || "file",
            message: result.message[c.get("locale")],
            messages: result.message,
          },
        ],
      });
    }
    const { id, mediaType, size, sha256 } = result.attachment;
    return c.json({ id, fieldId, mediaType, size, sha256 }, 201);
  },
);
