import type { Context } from "hono";

import type { FieldProblem } from "@/core/errors";
import type { Translate } from "@/core/i18n";
import type { ConsoleEnv } from "@/modules/console";

import { getAgencyService } from "./agency-services";
import { serviceConsoleMessages as m } from "./console-messages";

export type ConsoleContextOf = Context<ConsoleEnv>;

/** Problems in the reader's language, when they carry both languages. */
export function translateProblems(t: Translate, problems: readonly FieldProblem[]): FieldProblem[] {
  return problems.map((problem) => ({
    field: problem.field,
    message: problem.messages ? t(problem.messages) : problem.message,
  }));
}

/** The banner a page shows after a change, from `?done=` on the address it was sent back to. */
export function doneNotice(c: ConsoleContextOf): string | null {
  const t = c.get("t");
  const done = c.req.query("done");
  const version = Number(c.req.query("version")) || 0;
  if (done === "created") return t(m.notices.created);
  if (done === "saved") return t(m.notices.saved);
  if (done === "imported") return t(m.notices.imported);
  if (done === "published") return t(m.notices.published, { version });
  if (done === "retired") return t(m.notices.retired);
  return null;
}

/** The agency's service named in the path; for any other agency's, or none, 404. */
export function loadService(c: ConsoleContextOf) {
  return getAgencyService({
    db: c.get("db"),
    agencyId: c.get("console").agency.id,
    serviceId: c.req.param("serviceId") ?? "",
  });
}
