import type { AgencyRef, DataService, Registry } from "../lookups";
import { MEMBER_CLASS } from "../schema";
import { fieldJsonSchema } from "./record-schema";

const bilingual = {
  type: "object",
  required: ["th", "en"],
  properties: { th: { type: "string" }, en: { type: "string" } },
};

const xroadError = (description: string) => ({
  description: `${description}. X-Road-Error names the code.`,
  headers: { "X-Road-Error": { schema: { type: "string" } } },
  content: { "application/json": { schema: { $ref: "#/components/schemas/XroadError" } } },
});

/**
 * The OpenAPI 3.1 description of one data service, as X-Road's getOpenAPI
 * serves it: the one GET the consumer makes, its headers, and a response
 * schema built from the fields the service returns (each may be null when
 * the registry holds no value for the subject).
 */
export function dataServiceOpenApi({
  provider,
  registry,
  dataService,
  instance,
  publicUrl,
}: {
  provider: AgencyRef;
  registry: Registry;
  dataService: DataService;
  instance: string;
  publicUrl: string;
}): Record<string, unknown> {
  const serviceId = `${instance}/${MEMBER_CLASS}/${provider.code}/${registry.code}/${dataService.code}`;
  const fieldsByKey = new Map(registry.recordSchema.map((field) => [field.key, field]));
  const properties = Object.fromEntries(
    dataService.fields.map((key) => {
      const field = fieldsByKey.get(key);
      const schema = field ? fieldJsonSchema(field) : {};
      return [key, { oneOf: [schema, { type: "null" }] }];
    }),
  );
  const subjectDescription =
    registry.subjectKind === "citizen_id"
      ? "The person's 13-digit citizen ID"
      : "The company's 13-digit juristic person ID";
  return {
    openapi: "3.1.0",
    info: {
      title: `${dataService.name.en} (${serviceId})`,
      summary: dataService.name.th,
      description: [
        dataService.description?.en,
        dataService.description?.th,
        `Provided by ${provider.nameEn} (${provider.nameTh}) from ${registry.name.en} (${registry.name.th}).`,
        `Classification: ${dataService.classification}.`,
        dataService.consentRequired
          ? "Every call needs the data subject's live consent for the consumer and purpose."
          : "Calls need an approved access right for the consumer and purpose.",
      ]
        .filter(Boolean)
        .join("\n\n"),
      version: String(dataService.version),
    },
    servers: [{ url: publicUrl }],
    "x-road-service": serviceId,
    "x-classification": dataService.classification,
    "x-consent-required": dataService.consentRequired,
    security: [{ bearer: [] }],
    paths: {
      [`/r1/${instance}/${MEMBER_CLASS}/${provider.code}/${registry.code}/${dataService.code}/{subjectId}`]:
        {
          get: {
            operationId: dataService.code,
            summary: dataService.name.en,
            parameters: [
              {
                name: "subjectId",
                in: "path",
                required: true,
                description: subjectDescription,
                schema: { type: "string", pattern: "^\\d{13}$" },
              },
              {
                name: "fields",
                in: "query",
                required: false,
                description: "Only these fields, comma-separated (within the access right's)",
                schema: { type: "string" },
              },
              header("X-Road-Client", true, "The consumer: INSTANCE/GOV/MEMBER[/SUBSYSTEM]"),
              header("X-Road-Purpose", true, "The purpose code of the access right"),
              header("X-Road-Id", false, "The message id (a UUID is best)"),
              header("X-Road-UserId", false, "The person on whose behalf the consumer asks"),
              header("X-Road-Issue", false, "The application or case the call is made for"),
            ],
            responses: {
              200: {
                description: "The data, with its source",
                headers: {
                  "X-Road-Id": { schema: { type: "string" } },
                  "X-Road-Request-Hash": { schema: { type: "string" } },
                },
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      required: ["data", "source", "retrievedAt"],
                      properties: {
                        data: {
                          type: "object",
                          additionalProperties: false,
                          required: dataService.fields,
                          properties,
                        },
                        source: { $ref: "#/components/schemas/Source" },
                        retrievedAt: { type: "string", format: "date-time" },
                      },
                    },
                  },
                },
              },
              400: xroadError("Malformed path, header, query or subject ID"),
              401: xroadError("No API key"),
              403: xroadError("No access right, or no live consent"),
              404: xroadError("Unknown service, or (with an access right) unknown subject"),
              429: xroadError("The access right's rate limit is reached"),
              502: xroadError("The provider's registry failed"),
              504: xroadError("The provider's registry did not answer in time"),
            },
          },
        },
    },
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "An API key of the consumer agency with the exchange:query scope",
        },
      },
      schemas: {
        Source: {
          type: "object",
          properties: {
            service: { type: "string", examples: [serviceId] },
            provider: {
              type: "object",
              properties: { code: { type: "string" }, name: bilingual },
            },
            registry: {
              type: "object",
              properties: { code: { type: "string" }, name: bilingual },
            },
            dataService: {
              type: "object",
              properties: {
                code: { type: "string" },
                name: bilingual,
                version: { type: "integer" },
                classification: { type: "string" },
              },
            },
            exchangeLogId: { type: "string" },
          },
        },
        XroadError: {
          type: "object",
          required: ["type", "message", "detail"],
          properties: {
            type: { type: "string", examples: ["Server.ServerProxy.AccessDenied"] },
            message: { type: "string" },
            messageTh: { type: "string" },
            detail: { type: "string" },
          },
        },
      },
    },
  };
}

function header(name: string, required: boolean, description: string) {
  return { name, in: "header", required, description, schema: { type: "string" } };
}
