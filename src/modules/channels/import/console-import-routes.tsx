import type { Context } from "hono";
import { z } from "zod";

import { sha256Hex } from "@/core/crypto/tokens";
import { AppError, type FieldProblem } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { type ConsoleEnv, requireConsoleOfficer, requireOperator } from "@/modules/console";

import { IMPORT_PATH } from "./console-section";
import { MAX_IMPORT_BYTES } from "./csv-format";
import { importAgencies, type ImportReport } from "./import-agencies";
import { consoleImportMessages as m } from "./messages";
import { deleteUpload, findUpload, replaceUpload } from "./upload-repo";
import { ImportPage } from "./views/import-page";

/**
 * The central operator's import in the console: upload a file, read the dry
 * run, then import what was checked. Administrators of the operator only;
 * to anyone else these pages do not exist.
 */
export const consoleImportRoutes = createRouter();

function renderImport(
  c: Context<ConsoleEnv>,
  {
    report = null,
    uploadId = null,
    problems = [],
  }: { report?: ImportReport | null; uploadId?: string | null; problems?: FieldProblem[] },
  status: 200 | 400 = 200,
) {
  c.header("Cache-Control", "no-store");
  return c.html(
    <ImportPage
      page={pageContext(c)}
      context={c.get("console")}
      report={report}
      uploadId={uploadId}
      problems={problems}
    />,
    status,
  );
}

consoleImportRoutes.get(IMPORT_PATH, requireConsoleOfficer, requireOperator("admin"), (c) =>
  renderImport(c, {}),
);

consoleImportRoutes.post(
  IMPORT_PATH,
  requireConsoleOfficer,
  requireOperator("admin"),
  async (c) => {
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0 || file.size > MAX_IMPORT_BYTES) {
      return renderImport(
        c,
        { problems: [{ field: "file", message: c.get("t")(m.fileRequired) }] },
        400,
      );
    }
    const content = new Uint8Array(await file.arrayBuffer());
    const fileName = file.name.slice(0, 255) || "import.csv";
    const { officer, actor } = c.get("console");
    const report = await importAgencies({
      db: c.get("db"),
      file: content,
      fileName,
      actor,
      isDryRun: true,
    });
    const hasChanges =
      report.agencies.created +
        report.agencies.updated +
        report.channels.created +
        report.channels.updated >
      0;
    const uploadId =
      report.problems.length === 0 && hasChanges
        ? await replaceUpload(c.get("db"), {
            officerId: officer.id,
            fileName,
            content,
            sha256: report.sha256,
          })
        : null;
    return renderImport(c, { report, uploadId }, report.problems.length > 0 ? 400 : 200);
  },
);

consoleImportRoutes.post(
  `${IMPORT_PATH}/:uploadId`,
  requireConsoleOfficer,
  requireOperator("admin"),
  async (c) => {
    const id = z.uuid().safeParse(c.req.param("uploadId"));
    const { officer, actor } = c.get("console");
    const db = c.get("db");
    const upload = id.success ? await findUpload(db, { id: id.data, officerId: officer.id }) : null;
    if (!upload || sha256Hex(upload.content) !== upload.sha256) {
      throw new AppError("not_found", "There is no such upload.");
    }
    const report = await importAgencies({
      db,
      file: upload.content,
      fileName: upload.fileName,
      actor,
      requestId: c.get("requestId"),
    });
    if (report.problems.length === 0) await deleteUpload(db, upload.id);
    return renderImport(c, { report }, report.problems.length > 0 ? 400 : 200);
  },
);
