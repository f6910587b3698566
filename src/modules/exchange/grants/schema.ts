import { z } from "@hono/zod-openapi";

import { AppError, type FieldProblem } from "@/core/errors";
import { type Message, type Params, translate } from "@/core/i18n";
import {
  BilingualSchema,
  classifications,
  grantBases,
  grantStatuses,
  PurposeSchema,
  SubsystemCodeSchema,
} from "@/modules/exchange/schema";

import { grantMessages } from "./messages";

const problem = grantMessages.problems;

export const MAX_NOTE_LENGTH = 1000;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

const FieldListSchema = z.array(z.string().min(1).max(63)).min(1).max(200);
const RateLimitSchema = z.number().int().min(1).max(100_000);
const InstantSchema = z.iso.datetime({ offset: true });
const NoteSchema = z.string().trim().max(MAX_NOTE_LENGTH);

/** What a consumer agency asks for. The API takes it as JSON; the console builds it from its form. */
export const GrantRequestInputSchema = z
  .object({
    service: z.string().min(1).max(300).openapi({
      description: "The data service, as X-Road names it: INSTANCE/GOV/PROVIDER/REGISTRY/SERVICE",
      example: "TH/GOV/DOPA/population/person.address",
    }),
    subsystem: SubsystemCodeSchema.nullish().openapi({
      description:
        "The consumer's subsystem (e.g. the e-service) allowed to call; null or absent: any of them",
      example: "elderly-allowance",
    }),
    purpose: PurposeSchema,
    purposeText: BilingualSchema(500),
    basis: z.enum(grantBases),
    legalBasis: BilingualSchema(500),
    fields: FieldListSchema.optional().openapi({
      description: "A subset of the data service's fields; absent: all of them",
    }),
    expiresAt: InstantSchema.nullish(),
    rateLimitPerMinute: RateLimitSchema.optional().openapi({
      example: DEFAULT_RATE_LIMIT_PER_MINUTE,
    }),
  })
  .strict()
  .openapi("ExchangeGrantRequest");
export type GrantRequestInput = z.infer<typeof GrantRequestInputSchema>;

export const grantDecisions = ["approve", "reject"] as const;
export type GrantDecision = (typeof grantDecisions)[number];

/** The provider's answer: approve (perhaps narrower, with an expiry and a limit) or reject with a note. */
export const GrantDecisionInputSchema = z
  .object({
    decision: z.enum(grantDecisions),
    fields: FieldListSchema.optional().openapi({
      description: "Approve fewer fields than asked for; absent: as requested",
    }),
    expiresAt: InstantSchema.nullish().openapi({
      description: "Absent: as requested; null: no expiry",
    }),
    rateLimitPerMinute: RateLimitSchema.optional(),
    note: NoteSchema.optional().openapi({ description: "Required to reject" }),
  })
  .strict()
  .openapi("ExchangeGrantDecision");
export type GrantDecisionInput = z.infer<typeof GrantDecisionInputSchema>;

export const GrantRevocationInputSchema = z
  .object({ note: NoteSchema.min(1).openapi({ description: "Why, for the consumer" }) })
  .strict()
  .openapi("ExchangeGrantRevocation");

export const grantRoles = ["provider", "consumer"] as const;
export type GrantRole = (typeof grantRoles)[number];

export const GrantListQuerySchema = z.object({
  role: z.enum(grantRoles).optional(),
  status: z.enum(grantStatuses).optional(),
});

const Bilingual = z.object({ th: z.string(), en: z.string() });
const AgencyRefSchema = z.object({ code: z.string(), name: Bilingual });

export const GrantSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(grantStatuses),
    isExpired: z.boolean().openapi({ description: "Approved, but past its expiry" }),
    provider: AgencyRefSchema,
    consumer: AgencyRefSchema.extend({
      subsystem: z.string().nullable(),
      client: z.string().openapi({ example: "TH/GOV/CHIANGMAI-CITY/elderly-allowance" }),
    }),
    service: z.object({
      id: z.string().openapi({ example: "TH/GOV/DOPA/population/person.address" }),
      code: z.string(),
      name: Bilingual,
      classification: z.enum(classifications),
      consentRequired: z.boolean(),
    }),
    purpose: z.string(),
    purposeText: Bilingual,
    basis: z.enum(grantBases),
    legalBasis: Bilingual,
    fields: z.array(z.string()).nullable().openapi({ description: "null: every field" }),
    expiresAt: z.string().nullable(),
    rateLimitPerMinute: z.number().int(),
    requestedAt: z.string(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
  })
  .openapi("ExchangeGrant");

/** One problem with a field, named in both languages. */
export function fieldProblem(field: string, message: Message, params?: Params): FieldProblem {
  const en = translate("en", message, params);
  return {
    field,
    code: "invalid",
    message: en,
    messages: { th: translate("th", message, params), en },
  };
}

export function invalidGrant(problems: FieldProblem[]): AppError {
  return new AppError("validation_failed", "The access right is not valid; nothing was changed.", {
    fields: problems,
  });
}

const messageByPath: Record<string, Message> = {
  service: problem.service,
  subsystem: problem.subsystem,
  purpose: problem.purpose,
  "purposeText.th": problem.purposeTh,
  "purposeText.en": problem.purposeEn,
  purposeText: problem.purposeTh,
  basis: problem.basis,
  "legalBasis.th": problem.legalBasisTh,
  "legalBasis.en": problem.legalBasisEn,
  legalBasis: problem.legalBasisTh,
  fields: problem.fieldsEmpty,
  expiresAt: problem.expiresAt,
  rateLimitPerMinute: problem.rateLimit,
  decision: problem.decision,
  note: problem.note,
};

/** Zod's issues as field problems in Thai and English, one per field. */
export function grantProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  const byField = new Map<string, FieldProblem>();
  for (const issue of issues) {
    const path = issue.path.map(String);
    const joined = path.join(".");
    const field = joined in messageByPath ? joined : (path[0] ?? "(body)");
    if (byField.has(field)) continue;
    byField.set(
      field,
      issue.code === "unrecognized_keys"
        ? fieldProblem(field, problem.unknownKeys, { keys: issue.keys.join(", ") })
        : field === "note" && issue.code === "too_small"
          ? fieldProblem(field, problem.noteRequired)
          : fieldProblem(field, messageByPath[field] ?? problem.invalid),
    );
  }
  return [...byField.values()];
}

/** Parses input with a schema, or throws the bilingual 400 the API and console both show. */
export function parseGrantInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidGrant(grantProblems(parsed.error.issues));
  return parsed.data;
}
