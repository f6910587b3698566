import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";

import { AppError, type FieldProblem } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { rateLimit, rateLimitKey } from "@/core/http/rate-limit";
import { pageContext } from "@/core/ui/page-context";
import { requireConsoleOfficer, requireOperator } from "@/modules/console";

import { checkChannels } from "../check-channels";
import { MAX_CHECK_TEXT } from "../schema";
import { CheckPage } from "../views/check-page";
import { scamReportMessages as m } from "./messages";
import { selectConfirmedIndicators, selectScamReportStanding } from "./repo";
import {
  problemsFromIssues,
  problemsWithReport,
  refuseReport,
  validateScamReport,
} from "./report-input";
import { reportScam } from "./report-scam";
import { decideScamReport, listScamReportQueue, viewScamReport } from "./review-scam-reports";
import {
  ConfirmedIndicatorsSchema,
  indicatorKinds,
  MAX_DECISION_NOTE,
  receivedVias,
  ScamReportCreatedSchema,
  scamReportDecisions,
  ScamReportRequestSchema,
  scamReportStatuses,
} from "./schema";
import { ScamReportQueuePage } from "./views/queue-page";
import { REPORT_PATH } from "./views/report-form";
import { type DecisionForm, ScamReportPage } from "./views/report-page";
import { ReportStandingPage } from "./views/standing-page";

export const scamReportRoutes = createRouter();

const reportLimit = rateLimit({
  name: "scam-report",
  limit: (c) => c.get("config").scamReports.perHour,
  windowSeconds: 60 * 60,
  key: rateLimitKey,
});

const ReferenceParam = z.string().regex(/^SR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

scamReportRoutes.post("/api/v1/scam-reports", reportLimit);
scamReportRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/scam-reports",
    tags: ["Channels"],
    summary: "Report a message as a scam, for the central operator to review",
    description:
      `The text (up to ${MAX_CHECK_TEXT} characters with channelsSeen) is checked against the register and kept, ` +
      "with the result, until it expires (180 days by default); nothing about the reporter is kept.",
    request: {
      body: {
        content: { "application/json": { schema: ScamReportRequestSchema } },
        required: true,
      },
    },
    responses: {
      201: {
        description: "The report was received",
        content: { "application/json": { schema: ScamReportCreatedSchema } },
      },
      400: problemResponse("A field is missing or not valid; each is named, in Thai and English"),
      429: problemResponse("Too many reports from this client"),
    },
  }),
  async (c) => {
    const input = c.req.valid("json");
    const problems = problemsWithReport(c.get("locale"), input);
    if (problems.length > 0) refuseReport(problems);
    const report = await reportScam({
      db: c.get("db"),
      text: input.text,
      channelsSeen: input.channelsSeen,
      receivedVia: input.receivedVia ?? null,
      note: input.note ?? null,
      retentionDays: c.get("config").scamReports.retentionDays,
      requestId: c.get("requestId"),
    });
    return c.json(
      {
        reference: report.reference,
        status: "new" as const,
        receivedAt: report.receivedAt.toISOString(),
        deletedAfter: report.expiresAt.toISOString(),
        result: report.result,
      },
      201,
    );
  },
  // Each problem by field, in both languages, and never a copy of what was sent.
  (result, c) => {
    if (result.success) return;
    // The validator hands the hook what was sent, though its type does not say so.
    const sent = (result as { data?: unknown }).data;
    refuseReport(problemsFromIssues(c.get("locale"), sent, result.error.issues));
  },
);

scamReportRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/scam-reports/confirmed",
    tags: ["Channels"],
    summary: "Look-alikes the central operator confirmed as scams, most reported first",
    responses: {
      200: {
        description:
          "Confirmed look-alike domains, numbers and accounts, without any reported text",
        content: { "application/json": { schema: ConfirmedIndicatorsSchema } },
      },
    },
  }),
  async (c) => {
    const items = await selectConfirmedIndicators(c.get("db"), { limit: 500 });
    return c.json(
      {
        items: items.map((item) => ({
          ...item,
          lastReportedAt: item.lastReportedAt.toISOString(),
        })),
      },
      200,
    );
  },
);

function formText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The page's fields carry their own names; the problems follow them there. */
const PAGE_FIELDS: Record<string, string> = { text: "reportText" };

scamReportRoutes.post(REPORT_PATH, reportLimit, async (c) => {
  const body = await c.req.parseBody();
  const form = {
    text: formText(body.reportText),
    receivedVia: formText(body.receivedVia),
    note: formText(body.note),
  };
  const page = pageContext(c);
  const retentionDays = c.get("config").scamReports.retentionDays;
  const checked = validateScamReport(page.locale, {
    text: form.text,
    ...(form.receivedVia ? { receivedVia: form.receivedVia } : {}),
    ...(form.note.trim() ? { note: form.note } : {}),
  });
  if (!checked.ok) {
    const problems: FieldProblem[] = checked.problems.map((problem) => ({
      ...problem,
      field: PAGE_FIELDS[problem.field] ?? problem.field,
    }));
    const canCheck = form.text.trim() !== "" && form.text.length <= MAX_CHECK_TEXT;
    const result = canCheck ? await checkChannels({ db: c.get("db"), text: form.text }) : null;
    return c.html(
      <CheckPage
        page={page}
        text={form.text.slice(0, MAX_CHECK_TEXT)}
        problems={[]}
        result={result}
        report={{
          ...form,
          receivedVia: (receivedVias as readonly string[]).includes(form.receivedVia)
            ? form.receivedVia
            : "",
          problems,
          retentionDays,
        }}
      />,
      400,
    );
  }
  const report = await reportScam({
    db: c.get("db"),
    text: checked.value.text,
    receivedVia: checked.value.receivedVia ?? null,
    note: checked.value.note ?? null,
    retentionDays,
    requestId: c.get("requestId"),
  });
  return c.redirect(`/check/reports/${report.reference}?received=1`, 303);
});

scamReportRoutes.get("/check/reports/:reference", async (c) => {
  const reference = ReferenceParam.safeParse(c.req.param("reference").toUpperCase());
  const standing = reference.success
    ? await selectScamReportStanding(c.get("db"), reference.data)
    : null;
  if (!standing) throw new AppError("not_found", "There is no report with this reference.");
  return c.html(
    <ReportStandingPage
      page={pageContext(c)}
      standing={standing}
      isJustReceived={c.req.query("received") === "1"}
    />,
  );
});

const QueueQuerySchema = z.object({
  status: z.enum([...scamReportStatuses, "all"]).catch("new"),
  kind: z.enum(indicatorKinds).optional().catch(undefined),
  indicator: z.string().max(2_100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

scamReportRoutes.get(
  "/console/operator/scam-reports",
  requireConsoleOfficer,
  requireOperator(),
  async (c) => {
    const parsed = QueueQuerySchema.parse({
      status: c.req.query("status") ?? "new",
      kind: c.req.query("kind"),
      indicator: c.req.query("indicator"),
      page: c.req.query("page") ?? 1,
    });
    const query = {
      status: parsed.status,
      indicator:
        parsed.kind && parsed.indicator ? { kind: parsed.kind, indicator: parsed.indicator } : null,
      page: parsed.page,
    };
    const queue = await listScamReportQueue({
      db: c.get("db"),
      status: query.status === "all" ? undefined : query.status,
      indicator: query.indicator ?? undefined,
      page: query.page,
    });
    return c.html(
      <ScamReportQueuePage
        page={pageContext(c)}
        context={c.get("console")}
        query={query}
        queue={queue}
        retentionDays={c.get("config").scamReports.retentionDays}
      />,
    );
  },
);

const ReportIdParam = z.uuid();

function reportIdOf(c: Pick<Context<AppEnv>, "req">): string {
  const id = ReportIdParam.safeParse(c.req.param("id"));
  if (!id.success) throw new AppError("not_found", "There is no such scam report.");
  return id.data;
}

scamReportRoutes.get(
  "/console/operator/scam-reports/:id",
  requireConsoleOfficer,
  requireOperator(),
  async (c) => {
    const context = c.get("console");
    const report = await viewScamReport({
      db: c.get("db"),
      actor: context.actor,
      operatorAgencyId: context.agency.id,
      reportId: reportIdOf(c),
      requestId: c.get("requestId"),
    });
    return c.html(
      <ScamReportPage
        page={pageContext(c)}
        context={context}
        report={report}
        form={{ decision: "", note: "" }}
        problems={[]}
        isJustDecided={c.req.query("decided") === "1"}
      />,
    );
  },
);

function problemsWithDecision(
  t: AppEnv["Variables"]["t"],
  form: DecisionForm,
): { problems: FieldProblem[]; decision: (typeof scamReportDecisions)[number] | null } {
  const problems: FieldProblem[] = [];
  const decision = scamReportDecisions.find((candidate) => candidate === form.decision) ?? null;
  if (!decision) problems.push({ field: "decision", message: t(m.report.decisionRequired) });
  if (form.note.trim() === "") problems.push({ field: "note", message: t(m.report.noteRequired) });
  else if (form.note.length > MAX_DECISION_NOTE)
    problems.push({ field: "note", message: t(m.report.noteTooLong) });
  return { problems, decision };
}

scamReportRoutes.post(
  "/console/operator/scam-reports/:id/decision",
  requireConsoleOfficer,
  requireOperator(),
  async (c) => {
    const context = c.get("console");
    const reportId = reportIdOf(c);
    const body = await c.req.parseBody();
    const form = { decision: formText(body.decision), note: formText(body.note) };
    const { problems, decision } = problemsWithDecision(c.get("t"), form);
    if (!decision || problems.length > 0) {
      const report = await viewScamReport({
        db: c.get("db"),
        actor: context.actor,
        operatorAgencyId: context.agency.id,
        reportId,
        requestId: c.get("requestId"),
      });
      return c.html(
        <ScamReportPage
          page={pageContext(c)}
          context={context}
          report={report}
          form={form}
          problems={problems}
          isJustDecided={false}
        />,
        400,
      );
    }
    await decideScamReport({
      db: c.get("db"),
      actor: context.actor,
      operatorAgencyId: context.agency.id,
      reportId,
      decision,
      note: form.note.trim(),
      requestId: c.get("requestId"),
    });
    return c.redirect(`/console/operator/scam-reports/${reportId}?decided=1`, 303);
  },
);
