import type { Queryable } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";

import type { ChannelKind, ChannelStatus } from "../schema";

export type ProofMethod = "dns_txt" | "well_known" | "email_link" | "manual_review" | "operator";

/** A channel with everything its lifecycle needs: how it proved control, when checked, flagged. */
export interface ChannelState {
  id: string;
  agencyId: string;
  kind: ChannelKind;
  value: string;
  displayValue: string;
  status: ChannelStatus;
  owner: string | null;
  proofMethod: ProofMethod | null;
  lastVerifiedAt: Date | null;
  lastCheckedAt: Date | null;
  flaggedAt: Date | null;
  createdAt: Date;
}

interface ChannelStateRow {
  id: string;
  agency_id: string;
  kind: ChannelKind;
  value: string;
  display_value: string;
  status: ChannelStatus;
  owner: string | null;
  proof_method: ProofMethod | null;
  last_verified_at: Date | null;
  last_checked_at: Date | null;
  flagged_at: Date | null;
  created_at: Date;
}

const COLUMNS = `id, agency_id, kind, value, display_value, status, owner, proof_method,
  last_verified_at, last_checked_at, flagged_at, created_at`;

const instant = (value: Date | null) => (value ? new Date(value) : null);

function toState(row: ChannelStateRow): ChannelState {
  return {
    id: row.id,
    agencyId: row.agency_id,
    kind: row.kind,
    value: row.value,
    displayValue: row.display_value,
    status: row.status,
    owner: row.owner,
    proofMethod: row.proof_method,
    lastVerifiedAt: instant(row.last_verified_at),
    lastCheckedAt: instant(row.last_checked_at),
    flaggedAt: instant(row.flagged_at),
    createdAt: new Date(row.created_at),
  };
}

export async function selectChannelState(
  scope: AgencyScope,
  channelId: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<ChannelState | null> {
  const { rows } = await scope.tx.query<ChannelStateRow>(
    `select ${COLUMNS} from agency_channels where agency_id = $1 and id = $2
     ${forUpdate ? "for update" : ""}`,
    [scope.agencyId, channelId],
  );
  return rows[0] ? toState(rows[0]) : null;
}

/** The scope's channel of this kind and value, in any status. */
export async function selectChannelByValue(
  scope: AgencyScope,
  kind: ChannelKind,
  value: string,
): Promise<ChannelState | null> {
  const { rows } = await scope.tx.query<ChannelStateRow>(
    `select ${COLUMNS} from agency_channels where agency_id = $1 and kind = $2 and value = $3`,
    [scope.agencyId, kind, value],
  );
  return rows[0] ? toState(rows[0]) : null;
}

/** An agency's channels for its console: live ones first, retired last. */
export async function listChannelStates(scope: AgencyScope): Promise<ChannelState[]> {
  const { rows } = await scope.tx.query<ChannelStateRow>(
    `select ${COLUMNS} from agency_channels where agency_id = $1
      order by status = 'retired', kind, value`,
    [scope.agencyId],
  );
  return rows.map(toState);
}

export interface ChannelStatePatch {
  status?: ChannelStatus;
  proofMethod?: ProofMethod | null;
  lastVerifiedAt?: Date | null;
  lastCheckedAt?: Date | null;
  flaggedAt?: Date | null;
}

const patchColumns: Record<keyof ChannelStatePatch, string> = {
  status: "status",
  proofMethod: "proof_method",
  lastVerifiedAt: "last_verified_at",
  lastCheckedAt: "last_checked_at",
  flaggedAt: "flagged_at",
};

/**
 * Changes a channel's lifecycle columns. Every change moves `updated_at`:
 * the public checker's cached index rebuilds when it does.
 */
export async function updateChannelState(
  scope: AgencyScope,
  channelId: string,
  patch: ChannelStatePatch,
): Promise<void> {
  const sets: string[] = ["updated_at = now()"];
  const params: unknown[] = [scope.agencyId, channelId];
  for (const [key, column] of Object.entries(patchColumns) as [keyof ChannelStatePatch, string][]) {
    if (patch[key] === undefined) continue;
    params.push(patch[key]);
    sets.push(`${column} = $${params.length}`);
  }
  await scope.tx.query(
    `update agency_channels set ${sets.join(", ")} where agency_id = $1 and id = $2`,
    params,
  );
}

/**
 * The agency, other than `exceptAgencyId`, that holds this kind and value as
 * a verified channel, if any. Reads across agencies: call it in a
 * transaction that no agency scope confines.
 */
export async function findVerifiedHolder(
  db: Queryable,
  { kind, value, exceptAgencyId }: { kind: ChannelKind; value: string; exceptAgencyId: string },
): Promise<{ agencyId: string; channelId: string; code: string } | null> {
  const { rows } = await db.query<{ agency_id: string; id: string; code: string }>(
    `select c.agency_id, c.id, a.code from agency_channels c join agencies a on a.id = c.agency_id
      where c.kind = $1 and c.value = $2 and c.status = 'verified' and c.agency_id <> $3`,
    [kind, value, exceptAgencyId],
  );
  const row = rows[0];
  return row ? { agencyId: row.agency_id, channelId: row.id, code: row.code } : null;
}

/** The agency of a channel found by id alone, for the operator who acts across agencies. */
export async function findChannelAgency(db: Queryable, channelId: string): Promise<string | null> {
  const { rows } = await db.query<{ agency_id: string }>(
    "select agency_id from agency_channels where id = $1",
    [channelId],
  );
  return rows[0]?.agency_id ?? null;
}

/**
 * Verified domain channels due a check: never checked since this long ago,
 * or flagged and not checked for a day. Reads across agencies.
 */
export async function listChannelsDueCheck(
  db: Queryable,
  {
    kinds,
    checkedBefore,
    flaggedCheckedBefore,
    limit,
  }: {
    kinds: readonly ChannelKind[];
    checkedBefore: Date;
    flaggedCheckedBefore: Date;
    limit: number;
  },
): Promise<{ agencyId: string; channelId: string }[]> {
  const { rows } = await db.query<{ agency_id: string; id: string }>(
    `select agency_id, id from agency_channels
      where status = 'verified' and kind = any($1::text[])
        and (coalesce(last_checked_at, last_verified_at, created_at) <= $2
             or (flagged_at is not null and coalesce(last_checked_at, flagged_at) <= $3))
      order by coalesce(last_checked_at, last_verified_at, created_at)
      limit ${limit}`,
    [kinds, checkedBefore, flaggedCheckedBefore],
  );
  return rows.map((row) => ({ agencyId: row.agency_id, channelId: row.id }));
}

/** Flagged channels of every agency, for the operator's queue, longest flagged first. */
export async function listFlaggedChannels(
  db: Queryable,
): Promise<(ChannelState & { agency: { code: string; nameTh: string; nameEn: string } })[]> {
  const { rows } = await db.query<
    ChannelStateRow & { code: string; name_th: string; name_en: string }
  >(
    `select c.id, c.agency_id, c.kind, c.value, c.display_value, c.status, c.owner,
            c.proof_method, c.last_verified_at, c.last_checked_at, c.flagged_at, c.created_at,
            a.code, a.name_th, a.name_en
       from agency_channels c join agencies a on a.id = c.agency_id
      where c.flagged_at is not null and c.status = 'verified'
      order by c.flagged_at limit 200`,
  );
  return rows.map((row) => ({
    ...toState(row),
    agency: { code: row.code, nameTh: row.name_th, nameEn: row.name_en },
  }));
}
