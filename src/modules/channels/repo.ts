import type { Queryable } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";

import type { Channel, ChannelKind, ChannelStatus, RegisteredChannel } from "./schema";

interface ChannelRow {
  id: string;
  kind: ChannelKind;
  value: string;
  display_value: string;
  status: ChannelStatus;
  last_verified_at: Date | null;
}

export interface NewChannel {
  id: string;
  kind: ChannelKind;
  value: string;
  displayValue: string;
  status: ChannelStatus;
  lastVerifiedAt: Date | null;
}

/** Adds a channel to the scope's agency, or refreshes the one it already has of that kind and value. */
export async function upsertChannel(scope: AgencyScope, channel: NewChannel): Promise<void> {
  const { rows } = await scope.tx.query<{ id: string }>(
    `update agency_channels set display_value = $4, status = $5, last_verified_at = $6
      where agency_id = $1 and kind = $2 and value = $3 returning id`,
    [
      scope.agencyId,
      channel.kind,
      channel.value,
      channel.displayValue,
      channel.status,
      channel.lastVerifiedAt,
    ],
  );
  if (rows.length > 0) return;
  await scope.tx.query(
    `insert into agency_channels (agency_id, id, kind, value, display_value, status, last_verified_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      scope.agencyId,
      channel.id,
      channel.kind,
      channel.value,
      channel.displayValue,
      channel.status,
      channel.lastVerifiedAt,
    ],
  );
}

/** An agency's channels, verified first. */
export async function listAgencyChannels(
  db: Queryable,
  agencyId: string,
  { verifiedOnly = false }: { verifiedOnly?: boolean } = {},
): Promise<Channel[]> {
  const { rows } = await db.query<ChannelRow>(
    `select id, kind, value, display_value, status, last_verified_at
       from agency_channels
      where agency_id = $1 ${verifiedOnly ? "and status = 'verified'" : ""}
      order by status = 'verified' desc, kind, value`,
    [agencyId],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    value: row.value,
    displayValue: row.display_value,
    status: row.status,
    lastVerifiedAt: row.last_verified_at ? new Date(row.last_verified_at).toISOString() : null,
  }));
}

interface RegisteredRow {
  id: string;
  kind: ChannelKind;
  value: string;
  display_value: string;
  code: string;
  name_th: string;
  name_en: string;
  short_name_en: string | null;
}

/** Every verified channel of every agency: what the public checker compares against. */
export async function listVerifiedChannels(db: Queryable): Promise<RegisteredChannel[]> {
  const { rows } = await db.query<RegisteredRow>(
    `select c.id, c.kind, c.value, c.display_value, a.code, a.name_th, a.name_en, a.short_name_en
       from agency_channels c join agencies a on a.id = c.agency_id
      where c.status = 'verified'
      order by a.code, c.kind, c.value`,
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    value: row.value,
    displayValue: row.display_value,
    agency: {
      code: row.code,
      nameTh: row.name_th,
      nameEn: row.name_en,
      shortNameEn: row.short_name_en,
    },
  }));
}

/** Changes whenever a channel is added or changes, so a cached index knows to rebuild. */
export async function channelRegisterVersion(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ version: string }>(
    `select count(*)::text || ':' || coalesce(max(last_verified_at)::text, '') || ':' ||
            coalesce(max(created_at)::text, '') as version
       from agency_channels where status = 'verified'`,
  );
  return rows[0]?.version ?? "";
}
