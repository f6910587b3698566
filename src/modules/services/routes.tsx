import { createRoute, z } from "@hono/zod-openapi";

import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { pageContext } from "@/core/ui/page-context";
import { listAgencies } from "@/modules/agencies";

import { serviceAdminApiRoutes } from "./admin-api-routes";
import { serviceConsoleRoutes } from "./console-routes";
import { getPublishedService } from "./get-published-service";
import { listPublishedServices } from "./list-published-services";
import { providerNamesOf } from "./provider-names";
import {
  PublishedServiceSchema,
  serviceDefinitionJsonSchema,
  ServiceIdSchema,
  ServiceListQuerySchema,
  ServiceSummarySchema,
} from "./schema";
import { getServiceStanding } from "./service-availability";
import { getServiceSatisfaction } from "./service-satisfaction";
import { CataloguePage } from "./views/catalogue-page";
import { ManualPage } from "./views/manual-page";
import { RetiredServicePage } from "./views/retired-service-page";

export const serviceRoutes = createRouter();

serviceRoutes.route("/", serviceAdminApiRoutes);
serviceRoutes.route("/", serviceConsoleRoutes);

// Built once: the schema is fixed for the life of the process.
const definitionJsonSchema = serviceDefinitionJsonSchema();

serviceRoutes.get("/api/v1/services/schema.json", (c) =>
  c.json(definitionJsonSchema, 200, { "content-type": "application/schema+json" }),
);

serviceRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/services",
    tags: ["Services"],
    summary: "Published services, searched by words (Thai segmented by word) and filtered",
    request: { query: ServiceListQuerySchema },
    responses: {
      200: {
        description: "Services",
        content: {
          "application/json": { schema: z.object({ items: z.array(ServiceSummarySchema) }) },
        },
      },
      400: problemResponse("The query is not valid"),
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const items = await listPublishedServices({
      db: c.get("db"),
      search: query.q,
      agencyCode: query.agency,
      category: query.category,
      lifeEvent: query.lifeEvent,
    });
    return c.json({ items }, 200);
  },
);

serviceRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/services/{serviceId}",
    tags: ["Services"],
    summary: "A published service's definition: its current version, or the version asked for",
    request: {
      params: z.object({ serviceId: ServiceIdSchema }),
      query: z.object({ version: z.coerce.number().int().positive().optional() }),
    },
    responses: {
      200: {
        description: "The service",
        content: { "application/json": { schema: PublishedServiceSchema } },
      },
      400: problemResponse("The service id or version is not valid"),
      404: problemResponse("No published service has this id or version"),
    },
  }),
  async (c) => {
    const service = await getPublishedService({
      db: c.get("db"),
      serviceId: c.req.valid("param").serviceId,
      version: c.req.valid("query").version,
    });
    return c.json(service, 200);
  },
);

serviceRoutes.get("/services", async (c) => {
  const parsed = ServiceListQuerySchema.safeParse(c.req.query());
  const query = parsed.success ? parsed.data : ServiceListQuerySchema.parse({});
  const db = c.get("db");
  const [services, agencies] = await Promise.all([
    listPublishedServices({
      db,
      search: query.q,
      agencyCode: query.agency,
      category: query.category,
      lifeEvent: query.lifeEvent,
    }),
    listAgencies({ db, filter: {} }),
  ]);
  return c.html(
    <CataloguePage
      page={pageContext(c)}
      services={services}
      agencies={agencies}
      query={{
        q: query.q ?? "",
        agency: query.agency?.toUpperCase() ?? "",
        category: query.category,
        lifeEvent: query.lifeEvent,
      }}
    />,
  );
});

serviceRoutes.get("/services/:serviceId", async (c) => {
  const serviceId = ServiceIdSchema.safeParse(c.req.param("serviceId"));
  if (!serviceId.success) throw new AppError("not_found");
  const version = z.coerce.number().int().positive().safeParse(c.req.query("version"));
  const db = c.get("db");
  const service = await getPublishedService({
    db,
    serviceId: serviceId.data,
    version: version.success ? version.data : undefined,
  }).catch(async (error: unknown) => {
    // A retired service's page stays, to say it is no longer offered and why.
    const standing = version.success
      ? null
      : await getServiceStanding({ db, serviceId: serviceId.data });
    if (standing?.status !== "retired" || !standing.retiredAt || !standing.publishedVersion) {
      throw error;
    }
    const lastVersion = await getPublishedService({
      db,
      serviceId: serviceId.data,
      version: standing.publishedVersion,
    });
    return { retired: { ...standing, retiredAt: standing.retiredAt }, lastVersion };
  });
  if ("retired" in service) {
    return c.html(
      <RetiredServicePage
        page={pageContext(c)}
        standing={service.retired}
        lastVersion={service.lastVersion}
      />,
      410,
    );
  }
  const satisfaction = await getServiceSatisfaction(db, service.id);
  const providerNames = await providerNamesOf(db, service.definition);
  return c.html(
    <ManualPage
      page={pageContext(c)}
      service={service}
      satisfaction={satisfaction}
      isCurrentVersion={!version.success}
      providerNames={providerNames}
    />,
  );
});
