import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";

import type { AppEnv } from "@/core/http/context";

/**
 * The REST edge in Pratu's OpenAPI document. The handlers parse the path
 * and headers themselves, so that every malformed part gets its own X-Road
 * error code rather than a generic validation problem; these declarations
 * describe them.
 */

const REQUEST_HASH_DESCRIPTION = [
  "Base64 of SHA-512(SHA-512(H) || SHA-512(B)), or of SHA-512(H) when the request has no body (every data call), as X-Road's REST protocol defines it.",
  "H is UTF-8 text, one line per item, each ending in LF: the request line `METHOD PATH[?QUERY]` (method in capitals; path and query exactly as sent, still percent-encoded),",
  "then `name:value` for each of x-road-client, x-road-id, x-road-userid, x-road-purpose, x-road-issue that the request carries, in that order, names in lower case, values trimmed.",
  "x-road-id is the id in force (the one echoed in the response, generated when the request had none). The exchange log keeps the same value as the row's request_hash.",
].join(" ");

const XroadErrorSchema = z
  .object({
    type: z.string().openapi({ example: "Server.ServerProxy.AccessDenied" }),
    message: z.string().openapi({ example: "No access right allows this call." }),
    messageTh: z.string(),
    detail: z.string().openapi({ description: "The exchange-log row, or the X-Road-Id" }),
  })
  .openapi("XroadError");

const xroadHeaders = {
  "X-Road-Id": {
    description: "The message id: the consumer's, or generated",
    schema: { type: "string" as const },
  },
  "X-Road-Request-Hash": {
    description: REQUEST_HASH_DESCRIPTION,
    schema: { type: "string" as const },
  },
};

const xroadError = (description: string) => ({
  description: `${description}. X-Road-Error names the code.`,
  headers: {
    ...xroadHeaders,
    "X-Road-Error": { description: "The X-Road error code", schema: { type: "string" as const } },
  },
  content: { "application/json": { schema: XroadErrorSchema } },
});

const clientHeader = z.string().openapi({
  description: "The consumer: INSTANCE/GOV/MEMBER[/SUBSYSTEM]; MEMBER is the API key's agency",
  example: "TH/GOV/CHIANGMAI-CITY/elderly-allowance",
});
const callHeaders = z.object({
  "x-road-client": clientHeader,
  "x-road-purpose": z.string().openapi({
    description: "Why the data is asked for: the purpose code of the access right",
    example: "elderly-allowance-eligibility",
  }),
  "x-road-id": z.string().optional().openapi({ description: "The message id (a UUID is best)" }),
  "x-road-userid": z.string().optional().openapi({
    description: "The person on whose behalf the consumer asks",
    example: "TH3100600123457",
  }),
  "x-road-issue": z
    .string()
    .optional()
    .openapi({ description: "The application or case the call is made for" }),
});

const providerParams = {
  instance: z.string().openapi({ example: "TH" }),
  memberClass: z.string().openapi({ example: "GOV" }),
  memberCode: z.string().openapi({ example: "DOPA", description: "The provider agency's code" }),
  subsystem: z.string().openapi({ example: "population", description: "The registry's code" }),
};

const IdentifierSchema = z.object({
  object_type: z.enum(["MEMBER", "SUBSYSTEM", "SERVICE"]),
  xroad_instance: z.string(),
  member_class: z.string(),
  member_code: z.string(),
  subsystem_code: z.string().optional(),
});

const RestServiceListSchema = z
  .object({
    service: z.array(
      IdentifierSchema.extend({
        service_code: z.string(),
        service_type: z.literal("REST"),
        endpoint_list: z.array(z.object({ method: z.string(), path: z.string() })),
      }),
    ),
  })
  .openapi("XroadRestServiceList");

const bilingual = z.object({ th: z.string(), en: z.string() });
const security = [{ bearer: [] }];
const tags = ["Data exchange (X-Road REST)"];

export function describeXroadRoutes(router: OpenAPIHono<AppEnv>): void {
  router.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: "/r1/{instance}/{memberClass}/{memberCode}/{subsystem}/{serviceCode}/{subjectId}",
      tags,
      summary: "Read a data service about one person or company (a mediated call)",
      description:
        "Checks the consumer's access right (purpose, subsystem, expiry), the person's consent where it is the basis, then reads the provider's registry within a time bound. Every call, allowed or refused, is written to the exchange log. A consumer without an access right gets the same 403 whether or not the registry knows the subject.",
      security,
      request: {
        params: z.object({
          ...providerParams,
          serviceCode: z.string().openapi({ example: "person.address" }),
          subjectId: z.string().openapi({
            example: "3100600123457",
            description: "The 13-digit citizen or juristic ID",
          }),
        }),
        query: z.object({
          fields: z.string().optional().openapi({
            description: "Only these fields (comma-separated), a subset of the right's",
            example: "address",
          }),
        }),
        headers: callHeaders,
      },
      responses: {
        200: {
          description: "The data, with its source",
          headers: {
            ...xroadHeaders,
            "X-Road-Client": { schema: { type: "string" } },
            "X-Road-Service": { schema: { type: "string" } },
          },
          content: {
            "application/json": {
              schema: z
                .object({
                  data: z.record(z.string(), z.unknown()),
                  source: z.object({
                    service: z
                      .string()
                      .openapi({ example: "TH/GOV/DOPA/population/person.address" }),
                    provider: z.object({ code: z.string(), name: bilingual }),
                    registry: z.object({ code: z.string(), name: bilingual }),
                    dataService: z.object({
                      code: z.string(),
                      name: bilingual,
                      version: z.number().int(),
                    }),
                    recordVersion: z.number().int(),
                    purpose: z.object({ code: z.string(), text: bilingual }),
                    exchangeLogId: z.string(),
                  }),
                  retrievedAt: z.string().datetime(),
                })
                .openapi("XroadDataResponse"),
            },
          },
        },
        400: xroadError("Malformed path, header, query or subject identifier (Client.*)"),
        401: xroadError("No API key"),
        403: xroadError("No access right, no live consent, or a key that is not the client's"),
        404: xroadError(
          "Unknown service (Server.ServerProxy.UnknownService); or, with an access right, no record of the subject: the data service's own answer, without X-Road-Error",
        ),
        429: xroadError("The access right's rate limit is reached"),
        502: xroadError("The provider's registry failed (Server.ServerProxy.*)"),
        504: xroadError("The provider's registry did not answer in time"),
      },
    }),
  );

  for (const [operation, summary] of [
    ["listMethods", "The REST services of a provider subsystem (X-Road listMethods)"],
    ["allowedMethods", "The services of a provider subsystem the client holds an access right for"],
  ] as const) {
    router.openAPIRegistry.registerPath(
      createRoute({
        method: "get",
        path: `/r1/{instance}/{memberClass}/{memberCode}/{subsystem}/${operation}`,
        tags,
        summary,
        security,
        request: {
          params: z.object(providerParams),
          headers: z.object({ "x-road-client": clientHeader }),
        },
        responses: {
          200: {
            description: "The services",
            headers: xroadHeaders,
            content: { "application/json": { schema: RestServiceListSchema } },
          },
          400: xroadError("Malformed path or X-Road-Client"),
          404: xroadError("No such provider subsystem"),
        },
      }),
    );
  }

  router.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: "/r1/{instance}/{memberClass}/{memberCode}/{subsystem}/getOpenAPI",
      tags,
      summary: "The OpenAPI description of one data service (X-Road getOpenAPI)",
      security,
      request: {
        params: z.object(providerParams),
        query: z.object({ serviceCode: z.string().openapi({ example: "person.address" }) }),
        headers: z.object({ "x-road-client": clientHeader }),
      },
      responses: {
        200: {
          description: "An OpenAPI 3.1 document",
          headers: xroadHeaders,
          content: { "application/json": { schema: z.record(z.string(), z.unknown()) } },
        },
        400: xroadError("Malformed path, X-Road-Client or serviceCode"),
        404: xroadError("No such data service"),
      },
    }),
  );

  for (const path of ["/listClients", "/r1/{instance}/listClients"]) {
    router.openAPIRegistry.registerPath(
      createRoute({
        method: "get",
        path,
        tags,
        summary: "The members (agencies) and subsystems of the exchange (X-Road listClients)",
        request: {
          ...(path.includes("{instance}")
            ? { params: z.object({ instance: providerParams.instance }) }
            : {}),
          query: z.object({ xRoadInstance: z.string().optional() }),
        },
        responses: {
          200: {
            description: "Members and subsystems",
            content: {
              "application/json": {
                schema: z
                  .object({
                    member: z.array(
                      z.object({
                        id: IdentifierSchema,
                        name: z.string(),
                        name_en: z.string(),
                        subsystem_name: z.string().optional(),
                        subsystem_name_en: z.string().optional(),
                      }),
                    ),
                  })
                  .openapi("XroadClientList"),
              },
            },
          },
        },
      }),
    );
  }
}
