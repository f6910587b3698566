import { createRoute, z } from "@hono/zod-openapi";

import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { requireConsoleOfficer, requireOperator } from "@/modules/console";

import {
  assessLevel,
  type AssessmentForm,
  getAgencyLevel,
  problemsWithAssessment,
} from "./assess-level";
import { laggingSorts } from "./dashboard-repo";
import { getLevelDashboard, getLevelSummary, type LaggingFilter } from "./level-dashboard";
import { levelPolicy } from "./policy";
import { refreshAllAgencyLevels } from "./refresh-levels";
import { criteria, LevelSummarySchema } from "./schema";
import { DASHBOARD_PATH, LevelDashboardPage } from "./views/dashboard-page";
import { AgencyLevelPage, LEVEL_PATH } from "./views/level-page";

export const levelRoutes = createRouter();

function formFromAnswers(answers: Partial<AssessmentForm> | undefined): AssessmentForm {
  return Object.fromEntries(
    criteria.map((id) => [
      id,
      { isMet: answers?.[id]?.isMet ?? false, evidence: answers?.[id]?.evidence ?? "" },
    ]),
  ) as AssessmentForm;
}

levelRoutes.get(LEVEL_PATH, requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const level = await getAgencyLevel({
    db: c.get("db"),
    actor: context.actor,
    agencyId: context.agency.id,
  });
  return c.html(
    <AgencyLevelPage
      page={pageContext(c)}
      context={context}
      level={level}
      form={formFromAnswers(level.history[0]?.answers)}
      problems={[]}
      canAssess={levelPolicy.can(context.actor, "level.assess", { agencyId: context.agency.id })}
      isJustSaved={c.req.query("saved") === "1"}
    />,
  );
});

levelRoutes.post(LEVEL_PATH, requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const agencyId = context.agency.id;
  levelPolicy.authorize(context.actor, "level.assess", { agencyId });
  const body = await c.req.parseBody({ all: true });
  const ticked = new Set(
    (Array.isArray(body.met) ? body.met : [body.met]).filter(
      (value): value is string => typeof value === "string",
    ),
  );
  const form = Object.fromEntries(
    criteria.map((id) => {
      const evidence = body[`evidence-${id}`];
      return [
        id,
        { isMet: ticked.has(id), evidence: typeof evidence === "string" ? evidence : "" },
      ];
    }),
  ) as AssessmentForm;
  const problems = problemsWithAssessment(c.get("t"), form);
  if (problems.length > 0) {
    const level = await getAgencyLevel({ db: c.get("db"), actor: context.actor, agencyId });
    return c.html(
      <AgencyLevelPage
        page={pageContext(c)}
        context={context}
        level={level}
        form={form}
        problems={problems}
        canAssess
        isJustSaved={false}
      />,
      400,
    );
  }
  await assessLevel({
    db: c.get("db"),
    actor: context.actor,
    agencyId,
    form,
    requestId: c.get("requestId"),
  });
  return c.redirect(`${LEVEL_PATH}?saved=1`, 303);
});

const DashboardQuerySchema = z.object({
  sort: z.enum(laggingSorts).catch("ministry"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  ministry: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/)
    .optional()
    .catch(undefined),
  province: z.string().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

levelRoutes.get(DASHBOARD_PATH, requireConsoleOfficer, requireOperator(), async (c) => {
  const query = DashboardQuerySchema.parse({
    sort: c.req.query("sort") ?? "ministry",
    dir: c.req.query("dir") ?? "asc",
    ministry: c.req.query("ministry") || undefined,
    province: c.req.query("province") || undefined,
    page: c.req.query("page") ?? 1,
  });
  const filter: LaggingFilter = {
    sort: query.sort,
    isDescending: query.dir === "desc",
    ministryCode: query.ministry ?? null,
    // "-" names the agencies without a province.
    province: query.province === undefined ? null : query.province === "-" ? "" : query.province,
    page: query.page,
  };
  const dashboard = await getLevelDashboard({ db: c.get("db"), filter });
  return c.html(
    <LevelDashboardPage
      page={pageContext(c)}
      context={c.get("console")}
      filter={filter}
      dashboard={dashboard}
    />,
  );
});

levelRoutes.post(
  `${DASHBOARD_PATH}/refresh`,
  requireConsoleOfficer,
  requireOperator(),
  async (c) => {
    await refreshAllAgencyLevels({ db: c.get("db") });
    return c.redirect(DASHBOARD_PATH, 303);
  },
);

levelRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/levels",
    tags: ["Levels"],
    summary: "Agencies per electronic-method level (มสพร. 6), by ministry and by province",
    description:
      "Open data: counts only, as last computed (every 15 minutes). Names no agency below a level.",
    responses: {
      200: {
        description: "Counts per level, in all, by ministry and by province",
        content: { "application/json": { schema: LevelSummarySchema } },
      },
    },
  }),
  async (c) => {
    const summary = await getLevelSummary({ db: c.get("db") });
    return c.json(
      {
        computedAt: summary.computedAt?.toISOString() ?? null,
        totals: summary.totals,
        byMinistry: summary.byMinistry,
        byProvince: summary.byProvince,
      },
      200,
    );
  },
);
