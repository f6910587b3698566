import { z } from "@hono/zod-openapi";

import { apiKeyScopes } from "@/core/auth/api-key-scopes";

export const AgencyCodeParamSchema = z
  .string()
  .openapi({ param: { name: "code", in: "path" }, example: "DOPA" });

export const ApiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().openapi({ example: "pratu_ak_Xq3v9aB1" }),
    scopes: z.array(z.enum(apiKeyScopes)),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi("ApiKey");

export type ApiKey = z.infer<typeof ApiKeySchema>;

export const CreatedApiKeySchema = z
  .object({
    apiKey: ApiKeySchema,
    key: z.string().openapi({
      description: "The secret key. Shown only in this answer: store it now.",
      example: "pratu_ak_Xq3v9aB1.5mJ…",
    }),
  })
  .openapi("CreatedApiKey");

export const ApiKeyNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name for the key")
  .max(200, "The key name must be 200 characters or fewer");

export const CreateApiKeyBodySchema = z
  .object({
    name: ApiKeyNameSchema.openapi({ example: "Registry division records system" }),
    scopes: z
      .array(z.enum(apiKeyScopes))
      .min(1, "Choose at least one scope")
      .transform((scopes) => [...new Set(scopes)]),
  })
  .openapi("CreateApiKey");

export const ApiKeyIdParamSchema = z.uuid().openapi({ param: { name: "id", in: "path" } });

export const ActorSchema = z
  .discriminatedUnion("type", [
    z.object({
      type: z.literal("citizen"),
      citizenId: z.uuid(),
      assurance: z.string().nullable(),
    }),
    z.object({
      type: z.literal("officer"),
      officerId: z.uuid(),
      agencyId: z.uuid().nullable(),
      role: z.enum(["admin", "officer", "viewer"]).nullable(),
    }),
    z.object({
      type: z.literal("api_key"),
      agencyId: z.uuid(),
      keyId: z.uuid(),
      scopes: z.array(z.string()),
    }),
  ])
  .openapi("Actor");

/** Form fields arrive as text; a missing one is an empty string, not a crash. */
const formText = z.preprocess((value) => (typeof value === "string" ? value : ""), z.string());

export const SignInFormSchema = z.object({
  email: formText,
  password: formText,
  next: formText,
});

export const CodeFormSchema = z.object({
  code: formText.transform((value) => value.replace(/\s/g, "")),
  next: formText,
});

export const ChooseAgencyFormSchema = z.object({
  agencyId: formText,
  next: formText,
});

export const CreateApiKeyFormSchema = z.object({
  name: formText,
  scopes: z.preprocess(
    (value): unknown[] =>
      Array.isArray(value) ? (value as unknown[]) : typeof value === "string" ? [value] : [],
    z.array(z.string()),
  ),
});
