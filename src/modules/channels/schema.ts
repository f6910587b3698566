import { z } from "@hono/zod-openapi";

export const channelKinds = [
  "email_domain",
  "email",
  "website",
  "eservice_url",
  "line_oa",
  "facebook",
  "phone",
  "sms_sender",
  "app",
] as const;
export type ChannelKind = (typeof channelKinds)[number];

export const channelStatuses = ["pending", "verified", "suspended", "retired"] as const;
export type ChannelStatus = (typeof channelStatuses)[number];

/** What can happen to a channel, as its history records it. */
export const channelEventNames = [
  "registered",
  "updated",
  "imported",
  "verification_requested",
  "verified",
  "verification_failed",
  "flagged",
  "suspended",
  "retired",
  "reinstated",
] as const;

export const ChannelSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(channelKinds),
    value: z.string(),
    displayValue: z.string(),
    status: z.enum(channelStatuses),
    owner: z.string().nullable(),
    lastVerifiedAt: z.string().nullable(),
  })
  .openapi("AgencyChannel");
export type Channel = z.infer<typeof ChannelSchema>;

/** A verified channel with the agency that holds it, as the checker sees it. */
export interface RegisteredChannel {
  id: string;
  kind: ChannelKind;
  value: string;
  displayValue: string;
  agency: { code: string; nameTh: string; nameEn: string; shortNameEn: string | null };
}

/** Pasted text is capped so one request cannot make the checker work for long. */
export const MAX_CHECK_TEXT = 5_000;
export const MAX_CHECK_ITEMS = 50;

export const CheckRequestSchema = z
  .object({
    text: z.string().optional(),
    items: z.array(z.string().max(500)).max(MAX_CHECK_ITEMS).optional(),
  })
  .openapi("ChannelCheckRequest");

const BilingualSchema = z.object({ th: z.string(), en: z.string() });

export const CheckResultSchema = z
  .object({
    overall: z.enum(["safe", "caution", "danger"]),
    items: z.array(
      z.object({
        type: z.enum(["link", "email", "phone", "line", "sender"]),
        input: z.string(),
        value: z.string(),
        verdict: z.enum(["official", "unknown", "lookalike"]),
        hidesDestination: z.boolean(),
        reason: z
          .enum(["confusable", "separators", "contains_official", "typo", "official_name"])
          .nullable(),
        channel: z
          .object({ kind: z.enum(channelKinds), value: z.string(), displayValue: z.string() })
          .nullable(),
        agency: z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string() }).nullable(),
        explanation: BilingualSchema,
      }),
    ),
  })
  .openapi("ChannelCheckResult");
