import { createRoute, z } from "@hono/zod-openapi";

import { createRouter } from "@/core/http/openapi";
import { problemResponse } from "@/core/http/problem-schema";
import { requireAgencyMember } from "@/modules/console";

import {
  authorizeFirst,
  BASE,
  forbidden,
  notMember,
  placeOf,
  registryView,
  security,
  tags,
} from "./route-helpers";
import { getDataService, saveDataService } from "./save-data-service";
import { saveRegistry } from "./save-registry";
import {
  changeKinds,
  DataServiceDefinitionSchema,
  DataServiceParamsSchema,
  DataServiceViewSchema,
  RegistryDefinitionSchema,
  RegistryParamsSchema,
  RegistryViewSchema,
} from "./schema";

/** Registry definitions and their data services. */
export const registryDefinitionRoutes = createRouter();

registryDefinitionRoutes.openapi(
  createRoute({
    method: "put",
    path: BASE,
    tags,
    summary: "Create or change a registry's definition",
    description:
      "The code is the registry's X-Road subsystem code. Changing the record schema makes a new schema version; records keep the version they were written under. A field a data service returns cannot be removed.",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params: RegistryParamsSchema,
      body: {
        required: true,
        content: { "application/json": { schema: RegistryDefinitionSchema } },
      },
    },
    responses: {
      200: {
        description: "Changed, or already so",
        content: {
          "application/json": {
            schema: z.object({ change: z.enum(changeKinds), registry: RegistryViewSchema }),
          },
        },
      },
      201: {
        description: "Created",
        content: {
          "application/json": {
            schema: z.object({ change: z.enum(changeKinds), registry: RegistryViewSchema }),
          },
        },
      },
      400: problemResponse("The definition is not valid; every problem is named"),
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
      409: problemResponse(
        "The registry has records: its subject kind is fixed and it stays hosted",
      ),
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const { registry } = c.req.valid("param");
    const saved = await saveRegistry({
      db: c.get("db"),
      secrets: c.get("secrets"),
      author: actor,
      agencyId: agency.id,
      code: registry,
      definition: c.req.valid("json"),
      requestId: c.get("requestId"),
    });
    const view = await registryView(c, registry);
    return c.json({ change: saved.change, registry: view }, saved.change === "created" ? 201 : 200);
  },
  authorizeFirst("registry.manage"),
);

registryDefinitionRoutes.openapi(
  createRoute({
    method: "get",
    path: BASE,
    tags,
    summary: "A registry's definition, record count and data services",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: RegistryParamsSchema },
    responses: {
      200: {
        description: "The registry",
        content: { "application/json": { schema: RegistryViewSchema } },
      },
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
    },
  }),
  async (c) => c.json(await registryView(c, c.req.valid("param").registry), 200),
  authorizeFirst("registry.view"),
);

registryDefinitionRoutes.openapi(
  createRoute({
    method: "put",
    path: `${BASE}/data-services/{serviceCode}`,
    tags,
    summary: "Create or change a data service of a registry",
    description:
      "The service code is its X-Road service code. Changing the fields, classification or consent requirement makes a new version.",
    security,
    middleware: [requireAgencyMember] as const,
    request: {
      params: DataServiceParamsSchema,
      body: {
        required: true,
        content: { "application/json": { schema: DataServiceDefinitionSchema } },
      },
    },
    responses: {
      200: {
        description: "Changed, or already so",
        content: {
          "application/json": {
            schema: z.object({ change: z.enum(changeKinds), dataService: DataServiceViewSchema }),
          },
        },
      },
      201: {
        description: "Created",
        content: {
          "application/json": {
            schema: z.object({ change: z.enum(changeKinds), dataService: DataServiceViewSchema }),
          },
        },
      },
      400: problemResponse("The definition is not valid, or names fields the registry lacks"),
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
    },
  }),
  async (c) => {
    const { agency, actor } = c.get("agencyAccess");
    const { registry, serviceCode } = c.req.valid("param");
    const db = c.get("db");
    const saved = await saveDataService({
      db,
      author: actor,
      agencyId: agency.id,
      registryCode: registry,
      serviceCode,
      definition: c.req.valid("json"),
      requestId: c.get("requestId"),
    });
    const dataService = await getDataService({
      db,
      agencyId: agency.id,
      registryCode: registry,
      serviceCode,
      place: placeOf(c),
    });
    return c.json({ change: saved.change, dataService }, saved.change === "created" ? 201 : 200);
  },
  authorizeFirst("registry.manage"),
);

registryDefinitionRoutes.openapi(
  createRoute({
    method: "get",
    path: `${BASE}/data-services/{serviceCode}`,
    tags,
    summary: "A data service of a registry",
    security,
    middleware: [requireAgencyMember] as const,
    request: { params: DataServiceParamsSchema },
    responses: {
      200: {
        description: "The data service",
        content: { "application/json": { schema: DataServiceViewSchema } },
      },
      401: problemResponse("Not signed in"),
      403: forbidden,
      404: notMember,
    },
  }),
  async (c) => {
    const { registry, serviceCode } = c.req.valid("param");
    const view = await getDataService({
      db: c.get("db"),
      agencyId: c.get("agencyAccess").agency.id,
      registryCode: registry,
      serviceCode,
      place: placeOf(c),
    });
    return c.json(view, 200);
  },
  authorizeFirst("registry.view"),
);
