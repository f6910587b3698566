import type { Queryable } from "@/core/db/database";
import type { AgencyKind } from "@/modules/agencies";

import type { ChannelKind } from "../schema";

export interface OpenDataRow {
  agency_code: string;
  agency_name_th: string;
  agency_name_en: string;
  agency_short_name_th: string | null;
  agency_short_name_en: string | null;
  agency_kind: AgencyKind;
  parent_agency_code: string | null;
  province_th: string | null;
  channel_kind: ChannelKind;
  channel_value: string;
  channel_display_value: string;
  last_verified_date: string | null;
}

/**
 * Every verified channel with its agency, in a stable order so the same
 * register always gives the same file. Only what the agencies publish: no
 * owner, no history, no actor.
 */
export async function selectOpenDataRows(db: Queryable): Promise<OpenDataRow[]> {
  const { rows } = await db.query<OpenDataRow>(
    `select a.code as agency_code, a.name_th as agency_name_th, a.name_en as agency_name_en,
            a.short_name_th as agency_short_name_th, a.short_name_en as agency_short_name_en,
            a.kind as agency_kind, p.code as parent_agency_code, a.province_th,
            c.kind as channel_kind, c.value as channel_value,
            c.display_value as channel_display_value,
            to_char(c.last_verified_at at time zone 'Asia/Bangkok', 'YYYY-MM-DD') as last_verified_date
       from agency_channels c
       join agencies a on a.id = c.agency_id
       left join agencies p on p.id = a.parent_id
      where c.status = 'verified'
      order by a.code, c.kind, c.value`,
  );
  return rows;
}

export type SnapshotFormat = "csv" | "json";

export interface SnapshotSummary {
  day: string;
  format: SnapshotFormat;
  sha256: string;
  rowCount: number;
  createdAt: string;
}

export interface Snapshot extends SnapshotSummary {
  content: string;
}

interface SnapshotRow {
  day: string;
  format: SnapshotFormat;
  sha256: string;
  row_count: number;
  created_at: Date;
  content?: string;
}

function toSummary(row: SnapshotRow): SnapshotSummary {
  return {
    day: row.day,
    format: row.format,
    sha256: row.sha256,
    rowCount: row.row_count,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

const summaryColumns = "to_char(day, 'YYYY-MM-DD') as day, format, sha256, row_count, created_at";

/** Keeps the first snapshot of a day: a dated file never changes once published. */
export async function insertSnapshot(
  db: Queryable,
  snapshot: Omit<Snapshot, "createdAt">,
): Promise<void> {
  await db.query(
    `insert into channel_register_snapshots (day, format, content, sha256, row_count)
     values ($1, $2, $3, $4, $5) on conflict (day, format) do nothing`,
    [snapshot.day, snapshot.format, snapshot.content, snapshot.sha256, snapshot.rowCount],
  );
}

export async function selectSnapshot(
  db: Queryable,
  { day, format }: { day: string | null; format: SnapshotFormat },
): Promise<Snapshot | null> {
  const { rows } = await db.query<SnapshotRow & { content: string }>(
    `select ${summaryColumns}, content from channel_register_snapshots
      where format = $1 and ($2::date is null or day = $2::date)
      order by day desc limit 1`,
    [format, day],
  );
  const row = rows[0];
  return row ? { ...toSummary(row), content: row.content } : null;
}

/** The snapshots kept, newest first, without their content. */
export async function listSnapshots(db: Queryable): Promise<SnapshotSummary[]> {
  const { rows } = await db.query<SnapshotRow>(
    `select ${summaryColumns} from channel_register_snapshots order by day desc, format`,
  );
  return rows.map(toSummary);
}

export async function hasSnapshotsFor(db: Queryable, day: string): Promise<boolean> {
  const { rows } = await db.query<{ count: number }>(
    "select count(*)::int as count from channel_register_snapshots where day = $1::date",
    [day],
  );
  return (rows[0]?.count ?? 0) >= 2;
}

export async function deleteSnapshotsBefore(db: Queryable, day: string): Promise<number> {
  const { rowCount } = await db.query(
    "delete from channel_register_snapshots where day < $1::date",
    [day],
  );
  return rowCount;
}
