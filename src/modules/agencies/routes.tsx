import { createRoute, z } from "@hono/zod-openapi";

import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { pageContext } from "@/core/ui/page-context";

import { getAgency, listAgencies } from "./list-agencies";
import { selectAgencyByCode } from "./repo";
import { AgencyCodeSchema, AgencyListQuerySchema, AgencySchema } from "./schema";
import { AgencyDirectoryPage, AgencyPage } from "./views/agency-pages";

export const agencyRoutes = createRouter();

agencyRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies",
    tags: ["Agencies"],
    summary: "List agencies, optionally searched by name or code",
    request: { query: AgencyListQuerySchema },
    responses: {
      200: {
        description: "Agencies",
        content: { "application/json": { schema: z.object({ items: z.array(AgencySchema) }) } },
      },
      400: problemResponse("The query is not valid"),
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const items = await listAgencies({
      db: c.get("db"),
      filter: { search: query.q, kind: query.kind, parentCode: query.parent },
    });
    return c.json({ items }, 200);
  },
);

agencyRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/agencies/{code}",
    tags: ["Agencies"],
    summary: "One agency and the agencies under it",
    request: { params: z.object({ code: AgencyCodeSchema }) },
    responses: {
      200: {
        description: "The agency",
        content: {
          "application/json": {
            schema: z.object({ agency: AgencySchema, children: z.array(AgencySchema) }),
          },
        },
      },
      404: problemResponse("No agency has this code"),
    },
  }),
  async (c) => c.json(await getAgency({ db: c.get("db"), code: c.req.valid("param").code }), 200),
);

agencyRoutes.get("/agencies", async (c) => {
  const parsed = AgencyListQuerySchema.safeParse(c.req.query());
  const search = parsed.success ? (parsed.data.q ?? "") : "";
  const agencies = await listAgencies({ db: c.get("db"), filter: { search } });
  return c.html(<AgencyDirectoryPage page={pageContext(c)} agencies={agencies} search={search} />);
});

agencyRoutes.get("/agencies/:code", async (c) => {
  const code = c.req.param("code").toUpperCase();
  if (!AgencyCodeSchema.safeParse(code).success) throw new AppError("not_found");
  const db = c.get("db");
  const { agency, children } = await getAgency({ db, code });
  const parent = agency.parentCode ? await selectAgencyByCode(db, agency.parentCode) : null;
  return c.html(
    <AgencyPage page={pageContext(c)} agency={agency} parent={parent} children={children} />,
  );
});
