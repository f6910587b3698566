import { createRoute, z } from "@hono/zod-openapi";

import { ensureSession } from "@/core/auth/sessions";
import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { rateLimit, rateLimitKey } from "@/core/http/rate-limit";
import { pageContext } from "@/core/ui/page-context";
import { type Agency, selectAgencyByCode } from "@/modules/agencies";

import { checkChannels } from "./check-channels";
import { consoleImportRoutes } from "./import/console-import-routes";
import { channelLifecycleRoutes } from "./lifecycle/lifecycle-routes";
import { channelMessages as m } from "./messages";
import { registerRoutes } from "./register/routes";
import { listAgencyChannels } from "./repo";
import { blankReportForm, confirmedReportCounts } from "./reports/check-page-reports";
import { scamReportRoutes } from "./reports/routes";
import { ChannelSchema, CheckRequestSchema, CheckResultSchema, MAX_CHECK_TEXT } from "./schema";
import { CheckPage } from "./views/check-page";
import { ChannelRegisterPage } from "./views/register-page";

export const channelRoutes = createRouter();

const checkLimit = rateLimit({
  name: "channel-check",
  limit: (c) => c.get("config").security.rateLimitPerMinute,
  key: rateLimitKey,
});

const AgencyCodeParam = z.string().regex(/^[A-Za-z0-9-]{1,40}$/);

async function agencyOrNotFound(db: Parameters<typeof selectAgencyByCode>[0], code: string) {
  const parsed = AgencyCodeParam.safeParse(code);
  const agency: Agency | null = parsed.success
    ? await selectAgencyByCode(db, parsed.data.toUpperCase())
    : null;
  if (!agency) throw new AppError("not_found", `There is no agency with code ${code}.`);
  return agency;
}

channelRoutes.post("/api/v1/channels/check", checkLimit);
channelRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api/v1/channels/check",
    tags: ["Channels"],
    summary: "Check text, links, e-mail addresses, phone numbers or LINE IDs against the register",
    description: `Give \`text\` (up to ${MAX_CHECK_TEXT} characters) or \`items\`. Nothing sent is stored or logged.`,
    request: {
      body: { content: { "application/json": { schema: CheckRequestSchema } }, required: true },
    },
    responses: {
      200: {
        description: "Each item found and an overall verdict",
        content: { "application/json": { schema: CheckResultSchema } },
      },
      400: problemResponse("Nothing to check, or the text is too long"),
      429: problemResponse("Too many checks from this client"),
    },
  }),
  async (c) => {
    const body = c.req.valid("json");
    const result = await checkChannels({ db: c.get("db"), text: body.text, items: body.items });
    return c.json(result, 200);
  },
);

channelRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}/channels",
    tags: ["Channels"],
    summary: "The verified official channels of one agency",
    request: { params: z.object({ code: AgencyCodeParam }) },
    responses: {
      200: {
        description: "The agency's verified channels",
        content: {
          "application/json": {
            schema: z.object({
              agency: z.object({ code: z.string() }),
              items: z.array(ChannelSchema),
            }),
          },
        },
      },
      404: problemResponse("No agency has this code"),
    },
  }),
  async (c) => {
    const db = c.get("db");
    const agency = await agencyOrNotFound(db, c.req.valid("param").code);
    const items = await listAgencyChannels(db, agency.id, { verifiedOnly: true });
    return c.json({ agency: { code: agency.code }, items }, 200);
  },
);

channelRoutes.get("/agencies/:code/channels", async (c) => {
  const db = c.get("db");
  const agency = await agencyOrNotFound(db, c.req.param("code"));
  const channels = await listAgencyChannels(db, agency.id, { verifiedOnly: true });
  return c.html(<ChannelRegisterPage page={pageContext(c)} agency={agency} channels={channels} />);
});

channelRoutes.get("/check", async (c) => {
  // The form posts back with a CSRF token, so even a visitor gets a session.
  await ensureSession(c);
  return c.html(<CheckPage page={pageContext(c)} text="" problems={[]} result={null} />);
});

channelRoutes.post("/check", checkLimit, async (c) => {
  const body = await c.req.parseBody();
  const text = typeof body.text === "string" ? body.text : "";
  const page = pageContext(c);
  const problem =
    text.trim() === ""
      ? page.t(m.textRequired)
      : text.length > MAX_CHECK_TEXT
        ? page.t(m.textTooLong)
        : null;
  if (problem) {
    const kept = text.slice(0, MAX_CHECK_TEXT);
    return c.html(
      <CheckPage
        page={page}
        text={kept}
        problems={[{ field: "text", message: problem }]}
        result={null}
      />,
      400,
    );
  }
  const result = await checkChannels({ db: c.get("db"), text });
  return c.html(
    <CheckPage
      page={page}
      text={text}
      problems={[]}
      result={result}
      report={blankReportForm(c.get("config"), text)}
      reportedTimes={await confirmedReportCounts(c.get("db"), result.items)}
    />,
  );
});

// Reporting a checked message as a scam, and the operator's review of reports.
channelRoutes.route("/", scamReportRoutes);
channelRoutes.route("/", channelLifecycleRoutes);
// The public register: search, open data, each agency's section 10 announcement.
channelRoutes.route("/", registerRoutes);
// The central operator's bulk import, in the console.
channelRoutes.route("/", consoleImportRoutes);
