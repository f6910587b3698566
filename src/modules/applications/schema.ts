import { z } from "@hono/zod-openapi";

import { DataSourceSchema } from "@/modules/exchange/once-only";

export const applicationStatuses = [
  "submitted",
  "in_review",
  "info_requested",
  "approved",
  "rejected",
] as const;

export type ApplicationStatus = (typeof applicationStatuses)[number];

export const openStatuses: readonly ApplicationStatus[] = [
  "submitted",
  "in_review",
  "info_requested",
];

export function isDecided(status: ApplicationStatus): boolean {
  return status === "approved" || status === "rejected";
}

export const ReferenceSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*-\d{4}-\d{6,}$/, "A reference number like DOPA-2569-000123")
  .openapi({ example: "CHIANGMAI-CITY-2569-000123" });

/** What the public status lookup asks for: the code printed on the receipt. */
export const StatusCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^[0-9A-Z]{8}$/, "Eight letters and digits, as on the receipt"))
  .openapi({ example: "7K2M-9QXD" });

export const IdempotencyKeySchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, "Visible ASCII characters only")
  .openapi({ example: "5b0f3f0e-8d5e-4bd2-9d2e-6f1a7b3c2d10" });

const Bilingual = z.object({ th: z.string(), en: z.string() });

export const AttachmentSummarySchema = z
  .object({
    id: z.uuid(),
    fieldId: z.string(),
    filename: z.string(),
    mediaType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
  })
  .openapi("AttachmentSummary");

export type AttachmentSummary = z.infer<typeof AttachmentSummarySchema>;

export const TimelineEventSchema = z
  .object({
    kind: z.string(),
    occurredAt: z.string().openapi({ format: "date-time" }),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi("ApplicationEvent");

export const ExpectedStepSchema = z.object({
  title: Bilingual,
  workingDays: z.number().int(),
  expectedBy: z.string().openapi({ format: "date-time" }),
});

export const ApplicationSchema = z
  .object({
    id: z.uuid(),
    reference: ReferenceSchema,
    agency: z.object({ code: z.string(), name: Bilingual }),
    service: z.object({ id: z.string(), version: z.number().int(), name: Bilingual }),
    status: z.enum(applicationStatuses),
    submittedAt: z.string().openapi({ format: "date-time" }),
    dueAt: z.string().openapi({ format: "date-time" }),
    isClockPaused: z.boolean(),
    answers: z.record(z.string(), z.unknown()),
    attachments: z.array(AttachmentSummarySchema),
    /** Where each registry document came from: verified from a registry, or a copy and why. */
    dataSources: z.array(DataSourceSchema),
    infoRequest: z
      .object({ message: z.string(), requestedAt: z.string().openapi({ format: "date-time" }) })
      .nullable(),
    decision: z
      .object({
        outcome: z.enum(["approved", "rejected"]),
        reason: z.string(),
        decidedAt: z.string().openapi({ format: "date-time" }),
      })
      .nullable(),
    expectedSteps: z.array(ExpectedStepSchema),
    timeline: z.array(TimelineEventSchema),
    rating: z.object({ score: z.number().int(), comment: z.string().nullable() }).nullable(),
  })
  .openapi("Application");

export type ApplicationView = z.infer<typeof ApplicationSchema>;

export const ReceiptSchema = z
  .object({
    jws: z.string().openapi({ description: "The receipt as a compact JWS signed by the agency" }),
    payload: z.record(z.string(), z.unknown()),
    statusCode: z
      .string()
      .openapi({ description: "With the reference number, lets anyone check the status" }),
  })
  .openapi("Receipt");

export const SubmitApplicationBodySchema = z
  .object({
    serviceVersion: z.number().int().positive().optional().openapi({
      description: "The version the answers were made for; the current one if omitted",
    }),
    answers: z.record(z.string(), z.unknown()).openapi({
      description: "Answers keyed by field id, as the service's form describes them",
    }),
    draftId: z.uuid().optional().openapi({ description: "A draft whose uploads the answers use" }),
  })
  .openapi("SubmitApplication");
