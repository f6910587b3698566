import type { Context } from "hono";

import {
  importAgencyDocumentCertificate,
  listAgencyDocumentCertificates,
  rotateAgencyDocumentCertificate,
} from "@/core/crypto/x509";
import { type FieldProblem, isAppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { type ConsoleEnv, requireConsoleOfficer } from "@/modules/console";

import { CERTIFICATES_PATH } from "./console-section";
import { MAX_PKCS12_BYTES } from "./limits";
import { pkiMessages } from "./messages";
import { certificatePolicy } from "./policy";
import {
  type CertificatePageNotice,
  certificatePageNotices,
  ConsoleCertificatesPage,
} from "./views/console-certificates-page";

const m = pkiMessages.console;

/** The agency's document-signing certificates in the console: list, rotate, import. */
export const certificateConsoleRoutes = createRouter();

async function renderPage(
  c: Context<ConsoleEnv>,
  options: { notice?: CertificatePageNotice | null; problems?: FieldProblem[] } = {},
  status: 200 | 400 = 200,
) {
  const context = c.get("console");
  const certificates = await listAgencyDocumentCertificates({
    db: c.get("db"),
    agencyId: context.agency.id,
  });
  c.header("Cache-Control", "no-store");
  return c.html(
    <ConsoleCertificatesPage
      page={pageContext(c)}
      context={context}
      view={{
        certificates,
        canManage: certificatePolicy.can(context.actor, "document_certificate.manage", {
          agencyId: context.agency.id,
        }),
        notice: options.notice ?? null,
        problems: options.problems ?? [],
        maxFileKilobytes: MAX_PKCS12_BYTES / 1024,
        now: new Date(),
      }}
    />,
    status,
  );
}

/** Asks that the officer may replace the agency's certificate: members read, administrators change. */
function authorizeManage(c: Context<ConsoleEnv>): void {
  const { actor, agency } = c.get("console");
  certificatePolicy.authorize(actor, "document_certificate.manage", { agencyId: agency.id });
}

certificateConsoleRoutes.get(CERTIFICATES_PATH, requireConsoleOfficer, (c) => {
  const { actor, agency } = c.get("console");
  certificatePolicy.authorize(actor, "document_certificate.list", { agencyId: agency.id });
  const done = c.req.query("done");
  const notice = certificatePageNotices.find((candidate) => candidate === done) ?? null;
  return renderPage(c, { notice });
});

certificateConsoleRoutes.post(`${CERTIFICATES_PATH}/rotate`, requireConsoleOfficer, async (c) => {
  authorizeManage(c);
  const body = await c.req.parseBody();
  if (body.confirm !== "yes") {
    const message = c.get("t")(m.rotateConfirmRequired);
    return renderPage(c, { problems: [{ field: "confirm", message }] }, 400);
  }
  const { agency, actor } = c.get("console");
  await rotateAgencyDocumentCertificate({
    db: c.get("db"),
    secrets: c.get("secrets"),
    agency: { id: agency.id, code: agency.code, nameEn: agency.nameEn },
    actor,
    requestId: c.get("requestId"),
  });
  return c.redirect(`${CERTIFICATES_PATH}?done=rotated`, 303);
});

/** Which field of the form an import problem belongs beside. */
function fieldOf(problem: FieldProblem): string {
  return problem.code === "wrong_password" ? "password" : "file";
}

certificateConsoleRoutes.post(`${CERTIFICATES_PATH}/import`, requireConsoleOfficer, async (c) => {
  authorizeManage(c);
  const t = c.get("t");
  const body = await c.req.parseBody();
  const { file, password } = body;
  const problems: FieldProblem[] = [];
  if (!(file instanceof File) || file.size === 0) {
    problems.push({ field: "file", message: t(m.fileRequired) });
  } else if (file.size > MAX_PKCS12_BYTES) {
    problems.push({
      field: "file",
      message: t(m.fileTooLarge, { size: MAX_PKCS12_BYTES / 1024 }),
    });
  }
  if (typeof password !== "string" || password === "") {
    problems.push({ field: "password", message: t(m.passwordRequired) });
  }
  if (problems.length > 0 || !(file instanceof File) || typeof password !== "string") {
    return renderPage(c, { problems }, 400);
  }
  const { agency, actor } = c.get("console");
  try {
    await importAgencyDocumentCertificate({
      db: c.get("db"),
      secrets: c.get("secrets"),
      agencyId: agency.id,
      pkcs12: new Uint8Array(await file.arrayBuffer()),
      password,
      actor,
      requestId: c.get("requestId"),
    });
  } catch (error) {
    if (!isAppError(error) || error.code !== "validation_failed") throw error;
    return renderPage(
      c,
      {
        problems: error.fields.map((problem) => ({
          field: fieldOf(problem),
          message: problem.messages ? t(problem.messages) : problem.message,
        })),
      },
      400,
    );
  }
  return c.redirect(`${CERTIFICATES_PATH}?done=imported`, 303);
});
