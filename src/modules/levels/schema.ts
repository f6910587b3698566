import { z } from "@hono/zod-openapi";

/** The electronic-method levels of มสพร. 6 the platform judges (advanced comes later). */
export const levels = ["none", "beginner", "standard"] as const;
export type Level = (typeof levels)[number];

/**
 * What an agency declares about itself, after มสพร. 6: the beginner level
 * is the official e-mail run as a registry (checked, logged, answered with a
 * number, results sent back, outgoing register kept); the standard level is
 * automated e-services that receive, send, collect, store, publish and let
 * people track.
 */
export const beginnerCriteria = [
  "official_email",
  "checked_twice_daily",
  "incoming_registered",
  "results_sent_electronically",
  "outgoing_register",
] as const;
export const standardCriteria = [
  "receive_online",
  "send_online",
  "collect_online",
  "store_electronically",
  "publish_online",
  "track_online",
] as const;
export const criteria = [...beginnerCriteria, ...standardCriteria] as const;
export type Criterion = (typeof criteria)[number];

export const MAX_EVIDENCE = 500;

export interface CriterionAnswer {
  isMet: boolean;
  evidence: string;
}
export type SelfAssessment = Record<Criterion, CriterionAnswer>;

export const AnswersSchema = z.record(
  z.enum(criteria),
  z.object({ isMet: z.boolean(), evidence: z.string().max(MAX_EVIDENCE) }),
);

const LevelCountsSchema = z.object({
  none: z.number().int(),
  beginner: z.number().int(),
  standard: z.number().int(),
  total: z.number().int(),
});

export const LevelSummarySchema = z
  .object({
    computedAt: z.string().nullable(),
    totals: LevelCountsSchema,
    byMinistry: z.array(
      LevelCountsSchema.extend({
        ministry: z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string() }).nullable(),
      }),
    ),
    byProvince: z.array(LevelCountsSchema.extend({ province: z.string().nullable() })),
  })
  .openapi("ElectronicMethodLevels");
