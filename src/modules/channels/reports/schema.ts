import { z } from "@hono/zod-openapi";

import { CheckResultSchema, MAX_CHECK_ITEMS, MAX_CHECK_TEXT } from "../schema";

export const receivedVias = ["sms", "line", "email", "phone", "other"] as const;
export type ReceivedVia = (typeof receivedVias)[number];

/** Where a report stands in the operator's review. */
export const scamReportStatuses = ["new", "confirmed_scam", "not_scam", "duplicate"] as const;
export type ScamReportStatus = (typeof scamReportStatuses)[number];
export const scamReportDecisions = ["confirmed_scam", "not_scam", "duplicate"] as const;
export type ScamReportDecision = (typeof scamReportDecisions)[number];

/** What a report names: a domain, a hidden (shortened) link, an address, a number, an account. */
export const indicatorKinds = ["domain", "link", "email", "phone", "line", "sender"] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

export const MAX_REPORT_NOTE = 1_000;
export const MAX_DECISION_NOTE = 1_000;

export const ScamReportRequestSchema = z
  .object({
    text: z.string().openapi({
      description: `The message as received, up to ${MAX_CHECK_TEXT} characters together with channelsSeen.`,
      example: "กรมสรรพากร: ท่านได้รับเงินคืนภาษี กรุณายืนยันที่ https://rd-go-th.com/refund",
    }),
    channelsSeen: z
      .array(z.string().max(500))
      .max(MAX_CHECK_ITEMS)
      .optional()
      .openapi({ description: "Other links, numbers or LINE IDs the sender used." }),
    receivedVia: z.enum(receivedVias).optional(),
    note: z.string().max(MAX_REPORT_NOTE).optional().openapi({
      description: "Anything the operator should know. Leave out your own name and numbers.",
    }),
  })
  .openapi("ScamReportRequest");
export type ScamReportRequest = z.infer<typeof ScamReportRequestSchema>;

export const ScamReportCreatedSchema = z
  .object({
    reference: z.string().openapi({ example: "SR-7K3M-Q9XD" }),
    status: z.enum(scamReportStatuses),
    receivedAt: z.string(),
    deletedAfter: z.string().openapi({ description: "When the report and its text are deleted." }),
    result: CheckResultSchema,
  })
  .openapi("ScamReportCreated");

export const ConfirmedIndicatorsSchema = z
  .object({
    items: z.array(
      z.object({
        kind: z.enum(indicatorKinds),
        indicator: z.string(),
        reports: z.number().int(),
        looksLike: z.string().nullable(),
        lastReportedAt: z.string(),
      }),
    ),
  })
  .openapi("ConfirmedScamIndicators");
