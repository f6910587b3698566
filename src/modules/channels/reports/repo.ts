import type { Queryable } from "@/core/db/database";

import type { CheckResult } from "../check/check";
import { type Indicator, indicatorKey } from "./indicators";
import type { IndicatorKind, ReceivedVia, ScamReportDecision, ScamReportStatus } from "./schema";

export interface ScamReport {
  id: string;
  reference: string;
  text: string;
  channelsSeen: string[];
  receivedVia: ReceivedVia | null;
  note: string | null;
  result: CheckResult;
  status: ScamReportStatus;
  decisionNote: string | null;
  decidedAt: Date | null;
  decidedBy: { id: string; nameTh: string; nameEn: string } | null;
  receivedAt: Date;
  expiresAt: Date;
  indicators: Indicator[];
}

/** A report as the queue lists it: no text, only what the operator sorts by. */
export interface ScamReportSummary {
  id: string;
  reference: string;
  overall: CheckResult["overall"];
  status: ScamReportStatus;
  receivedVia: ReceivedVia | null;
  receivedAt: Date;
  indicators: Pick<Indicator, "kind" | "indicator" | "verdict">[];
}

export interface IndicatorGroup {
  kind: IndicatorKind;
  indicator: string;
  looksLike: string | null;
  agencyCode: string | null;
  reports: number;
  newReports: number;
  confirmed: number;
  lastReportedAt: Date;
}

export interface NewScamReport {
  id: string;
  reference: string;
  text: string;
  channelsSeen: readonly string[];
  receivedVia: ReceivedVia | null;
  note: string | null;
  result: CheckResult;
  receivedAt: Date;
  expiresAt: Date;
  indicators: readonly Indicator[];
}

/** Stores a report and what it names. False when the reference is already taken. */
export async function insertScamReport(db: Queryable, report: NewScamReport): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into scam_reports
       (id, reference, text, channels_seen, received_via, note, overall, result, received_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (reference) do nothing`,
    [
      report.id,
      report.reference,
      report.text,
      report.channelsSeen,
      report.receivedVia,
      report.note,
      report.result.overall,
      JSON.stringify(report.result),
      report.receivedAt,
      report.expiresAt,
    ],
  );
  if (rowCount === 0) return false;
  if (report.indicators.length > 0) {
    await db.query(
      `insert into scam_report_indicators (report_id, kind, indicator, verdict, looks_like, agency_code)
       select $1, kind, indicator, verdict, looks_like, agency_code
         from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
           as i (kind, indicator, verdict, looks_like, agency_code)`,
      [
        report.id,
        report.indicators.map((item) => item.kind),
        report.indicators.map((item) => item.indicator),
        report.indicators.map((item) => item.verdict),
        report.indicators.map((item) => item.looksLike),
        report.indicators.map((item) => item.agencyCode),
      ],
    );
  }
  return true;
}

export interface ScamReportFilter {
  status?: ScamReportStatus | undefined;
  indicator?: { kind: IndicatorKind; indicator: string } | undefined;
  limit: number;
  offset: number;
}

/** Reports newest first, by status and by what they name; with how many match in all. */
export async function selectScamReports(
  db: Queryable,
  filter: ScamReportFilter,
): Promise<{ items: ScamReportSummary[]; total: number }> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.status) {
    params.push(filter.status);
    conditions.push(`r.status = $${params.length}`);
  }
  if (filter.indicator) {
    params.push(filter.indicator.kind, filter.indicator.indicator);
    conditions.push(
      `exists (select 1 from scam_report_indicators f
                where f.report_id = r.id and f.kind = $${params.length - 1} and f.indicator = $${params.length})`,
    );
  }
  const where = conditions.length > 0 ? `where ${conditions.join(" and ")}` : "";
  const { rows } = await db.query<{
    id: string;
    reference: string;
    overall: CheckResult["overall"];
    status: ScamReportStatus;
    received_via: ReceivedVia | null;
    received_at: Date;
    indicators: Pick<Indicator, "kind" | "indicator" | "verdict">[] | null;
    total: number;
  }>(
    `select r.id, r.reference, r.overall, r.status, r.received_via, r.received_at,
            count(*) over ()::int as total,
            (select json_agg(json_build_object('kind', i.kind, 'indicator', i.indicator, 'verdict', i.verdict)
                             order by i.verdict desc, i.kind, i.indicator)
               from scam_report_indicators i where i.report_id = r.id) as indicators
       from scam_reports r ${where}
      order by r.received_at desc, r.id desc
      limit ${filter.limit} offset ${filter.offset}`,
    params,
  );
  return {
    total: rows[0]?.total ?? (filter.offset > 0 ? await countScamReports(db, where, params) : 0),
    items: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      overall: row.overall,
      status: row.status,
      receivedVia: row.received_via,
      receivedAt: new Date(row.received_at),
      indicators: row.indicators ?? [],
    })),
  };
}

async function countScamReports(db: Queryable, where: string, params: unknown[]): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    `select count(*)::int as count from scam_reports r ${where}`,
    params,
  );
  return rows[0]?.count ?? 0;
}

/** What several reports name, most reported first: the campaigns. */
export async function selectIndicatorGroups(
  db: Queryable,
  { status, limit }: { status?: ScamReportStatus | undefined; limit: number },
): Promise<IndicatorGroup[]> {
  const { rows } = await db.query<{
    kind: IndicatorKind;
    indicator: string;
    looks_like: string | null;
    agency_code: string | null;
    reports: number;
    new_reports: number;
    confirmed: number;
    last_reported_at: Date;
  }>(
    `select i.kind, i.indicator, max(i.looks_like) as looks_like, max(i.agency_code) as agency_code,
            count(*)::int as reports,
            count(*) filter (where r.status = 'new')::int as new_reports,
            count(*) filter (where r.status = 'confirmed_scam')::int as confirmed,
            max(r.received_at) as last_reported_at
       from scam_report_indicators i join scam_reports r on r.id = i.report_id
      ${status ? "where r.status = $1" : ""}
      group by i.kind, i.indicator
      order by count(*) desc, max(r.received_at) desc, i.indicator
      limit ${limit}`,
    status ? [status] : [],
  );
  return rows.map((row) => ({
    kind: row.kind,
    indicator: row.indicator,
    looksLike: row.looks_like,
    agencyCode: row.agency_code,
    reports: row.reports,
    newReports: row.new_reports,
    confirmed: row.confirmed,
    lastReportedAt: new Date(row.last_reported_at),
  }));
}

interface ReportRow {
  id: string;
  reference: string;
  text: string;
  channels_seen: string[];
  received_via: ReceivedVia | null;
  note: string | null;
  result: CheckResult;
  status: ScamReportStatus;
  decision_note: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  decider_name_th: string | null;
  decider_name_en: string | null;
  received_at: Date;
  expires_at: Date;
}

/** One report in full, with the officer who decided it. */
export async function selectScamReport(db: Queryable, id: string): Promise<ScamReport | null> {
  const { rows } = await db.query<ReportRow>(
    `select r.id, r.reference, r.text, r.channels_seen, r.received_via, r.note, r.result, r.status,
            r.decision_note, r.decided_at, r.decided_by, o.name_th as decider_name_th,
            o.name_en as decider_name_en, r.received_at, r.expires_at
       from scam_reports r left join officers o on o.id = r.decided_by
      where r.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const { rows: indicators } = await db.query<{
    kind: IndicatorKind;
    indicator: string;
    verdict: Indicator["verdict"];
    looks_like: string | null;
    agency_code: string | null;
  }>(
    `select kind, indicator, verdict, looks_like, agency_code from scam_report_indicators
      where report_id = $1 order by verdict desc, kind, indicator`,
    [id],
  );
  return {
    id: row.id,
    reference: row.reference,
    text: row.text,
    channelsSeen: row.channels_seen,
    receivedVia: row.received_via,
    note: row.note,
    result: row.result,
    status: row.status,
    decisionNote: row.decision_note,
    decidedAt: row.decided_at ? new Date(row.decided_at) : null,
    decidedBy:
      row.decided_by && row.decider_name_th && row.decider_name_en
        ? { id: row.decided_by, nameTh: row.decider_name_th, nameEn: row.decider_name_en }
        : null,
    receivedAt: new Date(row.received_at),
    expiresAt: new Date(row.expires_at),
    indicators: indicators.map((item) => ({
      kind: item.kind,
      indicator: item.indicator,
      verdict: item.verdict,
      looksLike: item.looks_like,
      agencyCode: item.agency_code,
    })),
  };
}

/** A report's standing, as the person who sent it may look it up by its reference. */
export async function selectScamReportStanding(
  db: Queryable,
  reference: string,
): Promise<{
  reference: string;
  status: ScamReportStatus;
  receivedAt: Date;
  expiresAt: Date;
} | null> {
  const { rows } = await db.query<{
    reference: string;
    status: ScamReportStatus;
    received_at: Date;
    expires_at: Date;
  }>("select reference, status, received_at, expires_at from scam_reports where reference = $1", [
    reference,
  ]);
  const row = rows[0];
  return row
    ? {
        reference: row.reference,
        status: row.status,
        receivedAt: new Date(row.received_at),
        expiresAt: new Date(row.expires_at),
      }
    : null;
}

/** Records the operator's decision; returns the status it replaced, or null when there is no such report. */
export async function updateScamReportDecision(
  db: Queryable,
  {
    id,
    status,
    note,
    officerId,
    at,
  }: { id: string; status: ScamReportDecision; note: string; officerId: string; at: Date },
): Promise<ScamReportStatus | null> {
  const { rows } = await db.query<{ previous: ScamReportStatus }>(
    `with old as (select id, status from scam_reports where id = $1 for update)
     update scam_reports r
        set status = $2, decision_note = $3, decided_by = $4, decided_at = $5
       from old where r.id = old.id
     returning old.status as previous`,
    [id, status, note, officerId, at],
  );
  return rows[0]?.previous ?? null;
}

/**
 * Deletes reports past their expiry, or older than the retention now
 * configured when that is shorter, a batch at a time; returns how many.
 */
export async function deleteExpiredScamReports(
  db: Queryable,
  { now, retentionDays, batch }: { now: Date; retentionDays: number; batch: number },
): Promise<number> {
  const { rowCount } = await db.query(
    `delete from scam_reports where id in (
       select id from scam_reports
        where expires_at <= $1 or received_at <= $1 - make_interval(days => $2)
        limit ${batch})`,
    [now, retentionDays],
  );
  return rowCount;
}

/**
 * How many reports the operator confirmed as scams name each look-alike asked
 * about. Only look-alikes are counted for the public: a confirmed scam may
 * also quote an innocent third party's address, which must not be branded.
 */
export async function countConfirmedReports(
  db: Queryable,
  indicators: readonly Pick<Indicator, "kind" | "indicator">[],
): Promise<Map<string, number>> {
  if (indicators.length === 0) return new Map();
  const { rows } = await db.query<{ kind: IndicatorKind; indicator: string; reports: number }>(
    `select i.kind, i.indicator, count(*)::int as reports
       from scam_report_indicators i join scam_reports r on r.id = i.report_id
      where r.status = 'confirmed_scam' and i.verdict = 'lookalike'
        and (i.kind, i.indicator) in (select * from unnest($1::text[], $2::text[]))
      group by i.kind, i.indicator`,
    [indicators.map((item) => item.kind), indicators.map((item) => item.indicator)],
  );
  return new Map(rows.map((row) => [indicatorKey(row), row.reports]));
}

/** Every look-alike named by a confirmed scam, most reported first: the public summary. */
export async function selectConfirmedIndicators(
  db: Queryable,
  { limit }: { limit: number },
): Promise<
  {
    kind: IndicatorKind;
    indicator: string;
    reports: number;
    looksLike: string | null;
    lastReportedAt: Date;
  }[]
> {
  const { rows } = await db.query<{
    kind: IndicatorKind;
    indicator: string;
    reports: number;
    looks_like: string | null;
    last_reported_at: Date;
  }>(
    `select i.kind, i.indicator, count(*)::int as reports, max(i.looks_like) as looks_like,
            max(r.received_at) as last_reported_at
       from scam_report_indicators i join scam_reports r on r.id = i.report_id
      where r.status = 'confirmed_scam' and i.verdict = 'lookalike'
      group by i.kind, i.indicator
      order by count(*) desc, i.kind, i.indicator
      limit ${limit}`,
  );
  return rows.map((row) => ({
    kind: row.kind,
    indicator: row.indicator,
    reports: row.reports,
    looksLike: row.looks_like,
    lastReportedAt: new Date(row.last_reported_at),
  }));
}
