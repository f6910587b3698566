import { createRoute, z } from "@hono/zod-openapi";

import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { requireAgencyMember } from "@/modules/console";

import { selectDocumentTypes } from "./document-type-repo";
import { saveDocumentType } from "./document-types";
import { documentPolicy } from "./policy";
import { DocumentTypeDefinitionSchema } from "./schema";

/** The kinds of document an agency issues: read by its members, defined by its administrators. */
export const documentTypeRoutes = createRouter();

const security = [{ bearer: [] }];
const notMember = problemResponse(
  "No such agency, or the caller is not one of its members (the same answer, so nothing leaks)",
);
const DocumentTypeSchema = DocumentTypeDefinitionSchema.extend({ id: z.uuid() }).openapi(
  "DocumentType",
);

documentTypeRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/document-types",
    tags: ["Documents"],
    summary: "The document types the agency issues",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: z.object({ code: z.string() }) },
    responses: {
      200: {
        description: "Every current document type",
        content: {
          "application/json": { schema: z.object({ documentTypes: z.array(DocumentTypeSchema) }) },
        },
      },
      401: problemResponse("Not signed in"),
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    documentPolicy.authorize(actor, "document.list", { agencyId: agency.id });
    const types = await withinAgency(c.get("db"), agency.id, selectDocumentTypes);
    return c.json({ documentTypes: types.map(({ agencyId, ...type }) => type) }, 200);
  },
);

documentTypeRoutes.openapi(
  createRoute({
    method: "put",
    path: "/api/v1/agencies/{code}/document-types/{typeCode}",
    tags: ["Documents"],
    summary: "Define or change a document type (administrators)",
    description:
      "Its Thai layout comes from the title, fields and signatory; `service` links it to a service output, so it is issued when an application is approved.",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params: z.object({ code: z.string(), typeCode: z.string() }),
      body: {
        required: true,
        content: { "application/json": { schema: DocumentTypeDefinitionSchema } },
      },
    },
    responses: {
      200: {
        description: "Saved",
        content: { "application/json": { schema: DocumentTypeSchema } },
      },
      400: problemResponse("The definition is not valid, or names another code"),
      401: problemResponse("Not signed in"),
      403: problemResponse("A member who is not an administrator"),
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    documentPolicy.authorize(actor, "document_type.manage", { agencyId: agency.id });
    const definition = c.req.valid("json");
    if (definition.code !== c.req.valid("param").typeCode) {
      throw new AppError("validation_failed", "The body's code must be the code in the path.", {
        fields: [
          {
            field: "code",
            message: "The body's code must be the code in the path.",
            messages: {
              th: "รหัสในเนื้อหาต้องตรงกับรหัสในที่อยู่ (path)",
              en: "The body's code must be the code in the path.",
            },
          },
        ],
      });
    }
    const saved = await withinAgency(c.get("db"), agency.id, (scope) =>
      saveDocumentType(scope, definition),
    );
    const { agencyId, ...type } = saved;
    return c.json(type, 200);
  },
);
