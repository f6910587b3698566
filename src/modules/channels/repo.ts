import type { Queryable, Transaction } from "@/core/db/database";
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

/**
 * How many verified channels of each kind each agency has (all agencies, or
 * those named): what the platform can see of an agency's register for
 * itself. Agencies without a verified channel are not listed.
 */
export async function countVerifiedChannels(
  db: Queryable,
  { agencyIds }: { agencyIds?: readonly string[] | undefined } = {},
): Promise<{ agencyId: string; kind: ChannelKind; count: number }[]> {
  const { rows } = await db.query<{ agency_id: string; kind: ChannelKind; count: number }>(
    `select agency_id, kind, count(*)::int as count from agency_channels
      where status = 'verified' ${agencyIds ? "and agency_id = any ($1::uuid[])" : ""}
      group by agency_id, kind`,
    agencyIds ? [agencyIds] : [],
  );
  return rows.map((row) => ({ agencyId: row.agency_id, kind: row.kind, count: row.count }));
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

/** A stored channel with its agency's code, as an import compares against it. */
export interface StoredChannel extends Channel {
  agencyId: string;
  agencyCode: string;
}

const VALUE_LOOKUP_BATCH = 10_000;

/**
 * Every channel, of any agency and status, whose kind and value are among
 * `pairs`: both the rows an import would refresh and the verified rows of
 * other agencies it must not take over. Platform-wide: call it unscoped.
 */
export async function selectChannelsByValues(
  db: Queryable,
  pairs: readonly { kind: ChannelKind; value: string }[],
): Promise<StoredChannel[]> {
  const found: StoredChannel[] = [];
  for (let start = 0; start < pairs.length; start += VALUE_LOOKUP_BATCH) {
    const batch = pairs.slice(start, start + VALUE_LOOKUP_BATCH);
    const { rows } = await db.query<ChannelRow & { agency_id: string; code: string }>(
      `select c.agency_id, a.code, c.id, c.kind, c.value, c.display_value, c.status, c.owner,
              c.last_verified_at
         from agency_channels c
         join unnest($1::text[], $2::text[]) as wanted (kind, value)
           on wanted.kind = c.kind and wanted.value = c.value
         join agencies a on a.id = c.agency_id`,
      [batch.map((pair) => pair.kind), batch.map((pair) => pair.value)],
    );
    for (const row of rows) {
      found.push({
        agencyId: row.agency_id,
        agencyCode: row.code,
        id: row.id,
        kind: row.kind,
        value: row.value,
        displayValue: row.display_value,
        status: row.status,
        owner: row.owner,
        lastVerifiedAt: row.last_verified_at ? new Date(row.last_verified_at).toISOString() : null,
      });
    }
  }
  return found;
}

export interface AgencyChannelInput extends NewChannel {
  agencyId: string;
}

/**
 * The batched form of `upsertChannel`, for importing a register: adds or
 * refreshes channels of many agencies in a few statements and writes one
 * history entry, named `event`, for each channel created or changed; one
 * already as given is not touched. The rows must be distinct by agency,
 * kind and value. Platform-wide, in the caller's (unscoped) transaction.
 */
export async function upsertChannels(
  tx: Transaction,
  channels: readonly AgencyChannelInput[],
  { actor, event }: { actor: string; event: ChannelEventName },
): Promise<{ created: number; updated: number }> {
  if (channels.length === 0) return { created: 0, updated: 0 };
  const column = <T>(pick: (channel: AgencyChannelInput) => T) => channels.map(pick);
  const values = [
    column((channel) => channel.agencyId),
    column((channel) => channel.id),
    column((channel) => channel.kind),
    column((channel) => channel.value),
    column((channel) => channel.displayValue),
    column((channel) => channel.status),
    column((channel) => channel.lastVerifiedAt?.toISOString() ?? null),
    column((channel) => channel.owner ?? null),
  ];
  const input = `select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[],
                                     $6::text[], $7::timestamptz[], $8::text[])
                   as i (agency_id, id, kind, value, display_value, status, last_verified_at, owner)`;
  const { rows: updated } = await tx.query<{
    agency_id: string;
    id: string;
    status: ChannelStatus;
  }>(
    `with input as (${input}),
     changed as (
       select c.agency_id, c.id, i.display_value, i.status, i.last_verified_at, i.owner
         from agency_channels c
         join input i on i.agency_id = c.agency_id and i.kind = c.kind and i.value = c.value
        where (c.display_value, c.status, c.last_verified_at, c.owner)
              is distinct from (i.display_value, i.status, i.last_verified_at, i.owner)
          for update of c
     )
     update agency_channels c
        set display_value = changed.display_value, status = changed.status,
            last_verified_at = changed.last_verified_at, owner = changed.owner, updated_at = now()
       from changed
      where c.agency_id = changed.agency_id and c.id = changed.id
      returning c.agency_id, c.id, c.status`,
    values,
  );
  const { rows: created } = await tx.query<{
    agency_id: string;
    id: string;
    status: ChannelStatus;
  }>(
    `with input as (${input})
     insert into agency_channels
       (agency_id, id, kind, value, display_value, status, last_verified_at, owner)
     select i.agency_id, i.id, i.kind, i.value, i.display_value, i.status, i.last_verified_at, i.owner
       from input i
      where not exists (select 1 from agency_channels c
                         where c.agency_id = i.agency_id and c.kind = i.kind and c.value = i.value)
      returning agency_id, id, status`,
    values,
  );
  const changed = [
    ...created.map((row) => ({ ...row, event })),
    ...updated.map((row) => ({ ...row, event: event === "registered" ? "updated" : event })),
  ];
  if (changed.length > 0) {
    await tx.query(
      `insert into agency_channel_events (agency_id, id, channel_id, event, status, actor)
       select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[])`,
      [
        changed.map((row) => row.agency_id),
        changed.map(() => newId()),
        changed.map((row) => row.id),
        changed.map((row) => row.event),
        changed.map((row) => row.status),
        changed.map(() => actor),
      ],
    );
  }
  return { created: created.length, updated: updated.length };
}
