import type { Context } from "hono";
import { z } from "zod";

import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError, isAppError } from "@/core/errors";
import type { Actor, AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { selectAgencyById } from "@/modules/agencies";
import { type ConsoleEnv, requireConsoleOfficer } from "@/modules/console";

import { changeDocumentStatus, MAX_STATUS_REASON_LENGTH } from "./change-document-status";
import { selectDocumentTypeById, selectDocumentTypes } from "./document-type-repo";
import { documentTypeRoutes } from "./document-type-routes";
import { verifyUrlOf } from "./issuance-steps";
import { documentMessages as m } from "./messages";
import { documentPolicy } from "./policy";
import {
  findIssuedDocument,
  selectAgencyDocuments,
  selectDocumentEvents,
  selectDocumentsOfHolder,
  selectIssuedPdf,
} from "./repo";
import { documentStatuses, type IssuedDocument } from "./schema";
import {
  ConsoleDocumentPage,
  ConsoleDocumentsPage,
  type DocumentPageNotice,
  DOCUMENTS_PER_PAGE,
} from "./views/console-documents-pages";
import { type HeldDocument, MyDocumentPage, MyDocumentsPage } from "./views/my-documents-pages";

/** "My documents" for people, and the agency's issued documents in the console. */
export const documentRoutes = createRouter();
documentRoutes.route("/", documentTypeRoutes);

const DocumentIdSchema = z.uuid();

function documentIdOf(value: string | undefined): string {
  const parsed = DocumentIdSchema.safeParse(value);
  if (!parsed.success) throw new AppError("not_found", "There is no such document.");
  return parsed.data;
}

async function nationalIdHashOf(db: Database, citizenId: string): Promise<string | null> {
  const { rows } = await db.query<{ national_id_hash: string | null }>(
    "select national_id_hash from citizens where id = $1",
    [citizenId],
  );
  return rows[0]?.national_id_hash ?? null;
}

function citizenOf(c: Context<AppEnv>): Extract<Actor, { type: "citizen" }> | null {
  const actor = c.get("actor");
  if (actor.type === "citizen") return actor;
  if (actor.type === "anonymous") return null;
  throw new AppError(
    "forbidden",
    "Only the holder, signed in as a person, may see their documents.",
  );
}

/** Documents the signed-in person holds: issued to their account or, in bulk, to their national ID. */
async function heldDocuments(db: Database, citizenId: string): Promise<HeldDocument[]> {
  const documents = await selectDocumentsOfHolder(db, {
    citizenId,
    nationalIdHash: await nationalIdHashOf(db, citizenId),
  });
  const agencies = new Map<string, string>();
  const held: HeldDocument[] = [];
  for (const document of documents) {
    const { agencyId } = document;
    if (!agencies.has(agencyId)) {
      const agency = await selectAgencyById(db, agencyId);
      agencies.set(agencyId, agency?.nameTh ?? "");
    }
    const documentType = document.documentTypeId
      ? await withinAgency(db, agencyId, (scope) =>
          selectDocumentTypeById(scope, document.documentTypeId!),
        )
      : null;
    held.push({ document, documentType, agencyName: agencies.get(agencyId) ?? "" });
  }
  return held;
}

async function ownDocument(c: Context<AppEnv>): Promise<HeldDocument | Response> {
  const citizen = citizenOf(c);
  if (!citizen) return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
  const id = documentIdOf(c.req.param("id"));
  const held = (await heldDocuments(c.get("db"), citizen.citizenId)).find(
    (each) => each.document.id === id,
  );
  // Someone else's document is simply not there.
  if (!held) throw new AppError("not_found", "There is no such document.");
  return held;
}

function pdfResponse(c: Context, pdf: Uint8Array, document: IssuedDocument): Response {
  return c.body(Buffer.from(pdf), 200, {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="${document.number}.pdf"`,
    "Cache-Control": "private, no-store",
  });
}

documentRoutes.get("/me/documents", async (c) => {
  const citizen = citizenOf(c);
  if (!citizen) return c.redirect("/sign-in?next=%2Fme%2Fdocuments", 303);
  const held = await heldDocuments(c.get("db"), citizen.citizenId);
  return c.html(<MyDocumentsPage page={pageContext(c)} held={held} />);
});

documentRoutes.get("/me/documents/:id", async (c) => {
  const held = await ownDocument(c);
  if (held instanceof Response) return held;
  const events = await selectDocumentEvents(c.get("db"), held.document);
  return c.html(
    <MyDocumentPage
      page={pageContext(c)}
      held={held}
      events={events}
      verifyUrl={verifyUrlOf(c.get("config").server.publicUrl, held.document.verifyCode)}
    />,
  );
});

documentRoutes.get("/me/documents/:id/document.pdf", async (c) => {
  const held = await ownDocument(c);
  if (held instanceof Response) return held;
  const pdf = await selectIssuedPdf(c.get("db"), held.document.id);
  if (!pdf) throw new AppError("not_found", "This document has no PDF.");
  return pdfResponse(c, pdf, held.document);
});

documentRoutes.get("/me/documents/:id/credential.json", async (c) => {
  const held = await ownDocument(c);
  if (held instanceof Response) return held;
  return c.body(JSON.stringify(held.document.credential, null, 2), 200, {
    "Content-Type": "application/vc+ld+json; charset=utf-8",
    "Content-Disposition": `attachment; filename="${held.document.number}.json"`,
    "Cache-Control": "private, no-store",
  });
});

const ListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(documentStatuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

documentRoutes.get("/console/documents", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const agencyId = context.agency.id;
  documentPolicy.authorize(context.actor, "document.list", { agencyId });
  const query = ListQuerySchema.parse(c.req.query());
  const pageNumber = query.page ?? 1;
  const { documents, types } = await withinAgency(c.get("db"), agencyId, async (scope) => ({
    documents: await selectAgencyDocuments(scope, {
      ...(query.status ? { status: query.status } : {}),
      ...(query.q ? { query: query.q } : {}),
      limit: DOCUMENTS_PER_PAGE + 1,
      offset: (pageNumber - 1) * DOCUMENTS_PER_PAGE,
    }),
    types: await selectDocumentTypes(scope),
  }));
  const next = new URLSearchParams({
    ...(query.q ? { q: query.q } : {}),
    ...(query.status ? { status: query.status } : {}),
    page: String(pageNumber + 1),
  });
  return c.html(
    <ConsoleDocumentsPage
      page={pageContext(c)}
      context={context}
      documents={documents.slice(0, DOCUMENTS_PER_PAGE)}
      typesById={new Map(types.map((type) => [type.id, type]))}
      filter={{ q: query.q ?? "", status: query.status ?? "" }}
      nextPage={documents.length > DOCUMENTS_PER_PAGE ? `/console/documents?${next}` : null}
    />,
  );
});

/** The agency's document, or not found: another agency's id finds nothing. */
async function agencyDocument(c: Context<ConsoleEnv>): Promise<IssuedDocument> {
  const context = c.get("console");
  const document = await findIssuedDocument(c.get("db"), { id: documentIdOf(c.req.param("id")) });
  if (!document || document.agencyId !== context.agency.id) {
    throw new AppError("not_found", "There is no such document.");
  }
  documentPolicy.authorize(context.actor, "document.view", document);
  return document;
}

const noticeByQuery: Record<string, DocumentPageNotice> = {
  suspended: "suspended",
  reinstated: "reinstated",
  revoked: "revoked",
};

async function renderConsoleDocument(
  c: Context<ConsoleEnv>,
  document: IssuedDocument,
  form: { reason: string; error?: string },
  status: 200 | 400 = 200,
) {
  const context = c.get("console");
  const db = c.get("db");
  const documentType = document.documentTypeId
    ? await withinAgency(db, document.agencyId, (scope) =>
        selectDocumentTypeById(scope, document.documentTypeId!),
      )
    : null;
  const events = await selectDocumentEvents(db, document);
  return c.html(
    <ConsoleDocumentPage
      page={pageContext(c)}
      context={context}
      document={document}
      documentType={documentType}
      events={events}
      canChange={documentPolicy.can(context.actor, "document.change_status", document)}
      notice={noticeByQuery[c.req.query("done") ?? ""] ?? null}
      form={form}
    />,
    status,
  );
}

documentRoutes.get("/console/documents/:id{[0-9a-f-]{36}}", requireConsoleOfficer, async (c) =>
  renderConsoleDocument(c, await agencyDocument(c), { reason: "" }),
);

documentRoutes.get(
  "/console/documents/:id{[0-9a-f-]{36}}/document.pdf",
  requireConsoleOfficer,
  async (c) => {
    const document = await agencyDocument(c);
    const pdf = await selectIssuedPdf(c.get("db"), document.id);
    if (!pdf) throw new AppError("not_found", "This document has no PDF.");
    return pdfResponse(c, pdf, document);
  },
);

const StatusFormSchema = z.object({
  change: z.enum(["suspend", "reinstate", "revoke"]),
  reason: z.preprocess((value) => (typeof value === "string" ? value.trim() : ""), z.string()),
});

const doneOf = { suspend: "suspended", reinstate: "reinstated", revoke: "revoked" } as const;

documentRoutes.post(
  "/console/documents/:id{[0-9a-f-]{36}}/status",
  requireConsoleOfficer,
  async (c) => {
    const document = await agencyDocument(c);
    const parsed = StatusFormSchema.safeParse(await c.req.parseBody());
    if (!parsed.success) throw new AppError("bad_request", "Choose suspend, reinstate or revoke.");
    const { change, reason } = parsed.data;
    if (reason === "" || reason.length > MAX_STATUS_REASON_LENGTH) {
      return renderConsoleDocument(
        c,
        document,
        { reason, error: c.get("t")(m.console.reasonRequired) },
        400,
      );
    }
    try {
      await changeDocumentStatus({
        db: c.get("db"),
        actor: c.get("console").actor,
        agencyId: document.agencyId,
        documentId: document.id,
        change,
        reason,
        requestId: c.get("requestId"),
      });
    } catch (error) {
      // Two officers at once: the page shows where the document stands now.
      if (isAppError(error) && error.code === "conflict") {
        return c.redirect(`/console/documents/${document.id}`, 303);
      }
      throw error;
    }
    return c.redirect(`/console/documents/${document.id}?done=${doneOf[change]}`, 303);
  },
);
