import type { Context } from "hono";
import { z } from "zod";

import { withinAgency } from "@/core/db/tenant";
import { AppError, isAppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { type ConsoleEnv, requireConsoleOfficer } from "@/modules/console";

import { selectDocumentTypeByCode, selectDocumentTypes } from "../document-type-repo";
import { BATCHES_PATH } from "./console-section";
import { createDocumentBatch } from "./create-document-batch";
import { batchMessages as m, csvMessages } from "./messages";
import { authorizeBatchCreation, canCreateBatch, documentBatchPolicy } from "./policy";
import { type CsvProblem, csvTemplate, MAX_CSV_BYTES, readBatchCsv } from "./read-batch-csv";
import { getDocumentBatch, listDocumentBatches } from "./read-batches";
import { BatchListPage } from "./views/batch-list-page";
import { BatchPage } from "./views/batch-page";
import { NewBatchPage } from "./views/new-batch-page";

/**
 * Bulk issuance in the console: the list of batches, the CSV upload and
 * each batch's progress page. Members read; administrators upload.
 */
export const documentBatchConsoleRoutes = createRouter();

/** Rows of errors the progress page lists; the API gives all of them. */
const ERRORS_SHOWN = 500;

documentBatchConsoleRoutes.get(BATCHES_PATH, requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const batches = await listDocumentBatches({
    db: c.get("db"),
    actor: context.actor,
    agencyId: context.agency.id,
  });
  c.header("Cache-Control", "no-store");
  return c.html(
    <BatchListPage
      page={pageContext(c)}
      context={context}
      batches={batches}
      canCreate={canCreateBatch(context.actor, context.agency.id)}
    />,
  );
});

async function renderNewBatch(
  c: Context<ConsoleEnv>,
  options: { chosenType?: string; problems?: CsvProblem[]; formError?: string | null },
  status: 200 | 400 | 413 = 200,
) {
  const context = c.get("console");
  const documentTypes = await withinAgency(c.get("db"), context.agency.id, selectDocumentTypes);
  return c.html(
    <NewBatchPage
      page={pageContext(c)}
      context={context}
      documentTypes={documentTypes}
      chosenType={options.chosenType ?? documentTypes[0]?.code ?? ""}
      problems={options.problems ?? []}
      formError={options.formError ?? null}
    />,
    status,
  );
}

documentBatchConsoleRoutes.get(`${BATCHES_PATH}/new`, requireConsoleOfficer, async (c) => {
  const { actor, agency } = c.get("console");
  authorizeBatchCreation(actor, agency.id);
  return renderNewBatch(c, {});
});

documentBatchConsoleRoutes.get(
  `${BATCHES_PATH}/templates/:typeCode`,
  requireConsoleOfficer,
  async (c) => {
    const { actor, agency } = c.get("console");
    documentBatchPolicy.authorize(actor, "document_batch.view", { agencyId: agency.id });
    const documentType = await withinAgency(c.get("db"), agency.id, (scope) =>
      selectDocumentTypeByCode(scope, c.req.param("typeCode")),
    );
    if (!documentType) throw new AppError("not_found", "There is no such document type.");
    return c.body(csvTemplate(documentType), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${agency.code}-${documentType.code}-template.csv"`,
    });
  },
);

const UploadSchema = z.object({
  documentType: z.preprocess((value) => (typeof value === "string" ? value : ""), z.string()),
  file: z.unknown().optional(),
});

documentBatchConsoleRoutes.post(BATCHES_PATH, requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const agencyId = context.agency.id;
  authorizeBatchCreation(context.actor, agencyId);
  const form = UploadSchema.parse(await c.req.parseBody());
  const t = c.get("t");
  const documentType = form.documentType
    ? await withinAgency(c.get("db"), agencyId, (scope) =>
        selectDocumentTypeByCode(scope, form.documentType),
      )
    : null;
  if (!documentType) return renderNewBatch(c, { formError: t(m.typeRequired) }, 400);
  const file = form.file;
  if (!(file instanceof File) || file.size === 0) {
    return renderNewBatch(c, { chosenType: documentType.code, formError: t(m.fileRequired) }, 400);
  }
  if (file.size > MAX_CSV_BYTES) {
    return renderNewBatch(
      c,
      { chosenType: documentType.code, formError: t(csvMessages.tooLarge) },
      413,
    );
  }
  const read = readBatchCsv(new Uint8Array(await file.arrayBuffer()), documentType);
  if (read.problems.length > 0) {
    return renderNewBatch(c, { chosenType: documentType.code, problems: read.problems }, 400);
  }
  try {
    const { batch } = await createDocumentBatch({
      db: c.get("db"),
      secrets: c.get("secrets"),
      actor: context.actor,
      agencyId,
      documentTypeCode: documentType.code,
      items: read.items,
      source: "csv",
      fileName: file.name.slice(0, 255) || "upload.csv",
      requestId: c.get("requestId"),
    });
    return c.redirect(`${BATCHES_PATH}/${batch.id}`, 303);
  } catch (error) {
    // The file was read with the same checks: only a race (the type changed) lands here.
    if (!isAppError(error) || error.code !== "validation_failed") throw error;
    const problems = error.fields.map((field): CsvProblem => ({
      line: null,
      column: null,
      code: field.code ?? "invalid",
      messages: field.messages ?? { th: field.message, en: field.message },
    }));
    return renderNewBatch(c, { chosenType: documentType.code, problems }, 400);
  }
});

documentBatchConsoleRoutes.get(`${BATCHES_PATH}/:batchId`, requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const batchId = z.uuid().safeParse(c.req.param("batchId"));
  if (!batchId.success) throw new AppError("not_found", "There is no such batch.");
  const found = await getDocumentBatch({
    db: c.get("db"),
    actor: context.actor,
    agencyId: context.agency.id,
    batchId: batchId.data,
    errorLimit: ERRORS_SHOWN,
  });
  c.header("Cache-Control", "no-store");
  return c.html(
    <BatchPage
      page={pageContext(c)}
      context={context}
      view={found}
      errors={found.errors}
      isRefreshing={found.batch.status !== "done" && c.req.query("refresh") !== "off"}
    />,
  );
});
