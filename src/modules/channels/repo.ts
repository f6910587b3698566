import type { Queryable } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import type { AgencyScope } from "@/core/db/tenant";

import {
  type Channel,
  type channelEventNames,
  type ChannelKind,
  type ChannelStatus,
  type RegisteredChannel,
} from "./schema";

interface ChannelRow {
  id: string;
  kind: ChannelKind;
  value: string;
  display_value: string;
  status: ChannelStatus;
  owner: string | null;
  last_verified_at: Date | null;
}

export interface NewChannel {
  id: string;
  kind: ChannelKind;
  value: string;
  displayValue: string;
  status: ChannelStatus;
  lastVerifiedAt: Date | null;
  owner?: string | null;
}

export type ChannelEventName = (typeof channelEventNames)[number];

export interface ChannelEvent {
  id: string;
  channelId: string;
  at: string;
  event: ChannelEventName;
  status: ChannelStatus;
  actor: string;
  details: Record<string, unknown>;
}

/** What `upsertChannel` did: a new channel, a changed one, or nothing at all. */
export type UpsertOutcome = { id: string; change: "created" | "updated" | "unchanged" };

/**
 * Adds a channel to the scope's agency, or refreshes the one it already has
 * of that kind and value. A change is written to the channel's history,
 * named by `event` (registered, imported...) and `actor`; running it again
 * with the same data changes nothing and writes nothing.
 */
export async function upsertChannel(
  scope: AgencyScope,
  channel: NewChannel,
  { actor = "system", event = "registered" }: { actor?: string; event?: ChannelEventName } = {},
): Promise<UpsertOutcome> {
  const owner = channel.owner ?? null;
  const { rows } = await scope.tx.query<{ id: string; changed: boolean }>(
    `with old as (
       select id, display_value, status, last_verified_at, owner from agency_channels
        where agency_id = $1 and kind = $2 and value = $3
        for update
     )
     update agency_channels c
        set display_value = $4, status = $5, last_verified_at = $6, owner = $7,
            updated_at = case when (old.display_value, old.status, old.last_verified_at, old.owner)
                                   is distinct from ($4, $5, $6::timestamptz, $7)
                              then now() else c.updated_at end
       from old
      where c.agency_id = $1 and c.id = old.id
      returning c.id,
                (old.display_value, old.status, old.last_verified_at, old.owner)
                  is distinct from ($4, $5, $6::timestamptz, $7) as changed`,
    [
      scope.agencyId,
      channel.kind,
      channel.value,
      channel.displayValue,
      channel.status,
      channel.lastVerifiedAt,
      owner,
    ],
  );
  const existing = rows[0];
  if (existing) {
    if (!existing.changed) return { id: existing.id, change: "unchanged" };
    await recordChannelEvent(scope, {
      channelId: existing.id,
      event: event === "registered" ? "updated" : event,
      status: channel.status,
      actor,
    });
    return { id: existing.id, change: "updated" };
  }
  await scope.tx.query(
    `insert into agency_channels
       (agency_id, id, kind, value, display_value, status, last_verified_at, owner)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      scope.agencyId,
      channel.id,
      channel.kind,
      channel.value,
      channel.displayValue,
      channel.status,
      channel.lastVerifiedAt,
      owner,
    ],
  );
  await recordChannelEvent(scope, {
    channelId: channel.id,
    event,
    status: channel.status,
    actor,
  });
  return { id: channel.id, change: "created" };
}

/** Appends one entry to a channel's history, in the caller's transaction. */
export async function recordChannelEvent(
  scope: AgencyScope,
  entry: {
    channelId: string;
    event: ChannelEventName;
    status: ChannelStatus;
    actor: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await scope.tx.query(
    `insert into agency_channel_events (agency_id, id, channel_id, event, status, actor, details)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      scope.agencyId,
      newId(),
      entry.channelId,
      entry.event,
      entry.status,
      entry.actor,
      JSON.stringify(entry.details ?? {}),
    ],
  );
}

/** A channel's history, oldest first. */
export async function listChannelEvents(
  scope: AgencyScope,
  channelId: string,
): Promise<ChannelEvent[]> {
  const { rows } = await scope.tx.query<{
    id: string;
    channel_id: string;
    at: Date;
    event: ChannelEventName;
    status: ChannelStatus;
    actor: string;
    details: Record<string, unknown>;
  }>(
    `select id, channel_id, at, event, status, actor, details from agency_channel_events
      where agency_id = $1 and channel_id = $2 order by at, id`,
    [scope.agencyId, channelId],
  );
  return rows.map((row) => ({
    id: row.id,
    channelId: row.channel_id,
    at: new Date(row.at).toISOString(),
    event: row.event,
    status: row.status,
    actor: row.actor,
    details: row.details,
  }));
}

/** An agency's channels, verified first. */
export async function listAgencyChannels(
  db: Queryable,
  agencyId: string,
  { verifiedOnly = false }: { verifiedOnly?: boolean } = {},
): Promise<Channel[]> {
  const { rows } = await db.query<ChannelRow>(
    `select id, kind, value, display_value, status, owner, last_verified_at
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
    owner: row.owner,
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

/**
 * Changes whenever a channel is added or changes (every change sets
 * `updated_at`, and channels are retired, never deleted), so a cached index
 * knows to rebuild. One read of an index, cheap enough for every check.
 */
export async function channelRegisterVersion(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ version: string }>(
    `select coalesce(max(updated_at)::text, '') as version from agency_channels`,
  );
  return rows[0]?.version ?? "";
}
