import type { AgencyScope } from "@/core/db/tenant";
import { type Grant, grantColumns, grantFromRow } from "@/modules/exchange/lookups";
import type { BilingualText, GrantBasis, GrantStatus } from "@/modules/exchange/schema";

import type { GrantRole } from "./schema";

/**
 * The access-rights table, always within the acting agency's scope: a
 * grant row is the provider's and the consumer's alike (row-level security
 * shows it to both), so every read names the scope's agency as one of them.
 */

/** A grant with who asked and who decided, as the console and the API show it. */
export interface GrantRecord extends Grant {
  requestedBy: string | null;
  requestedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
}

type GrantRecordRow = Parameters<typeof grantFromRow>[0] & {
  requested_by: string | null;
  requested_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
};

const recordColumns = `${grantColumns}, g.requested_by, g.requested_at, g.decided_by,
  g.decided_at, g.decision_note`;

function recordFromRow(row: GrantRecordRow): GrantRecord {
  return {
    ...grantFromRow(row),
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
  };
}

export interface NewGrant {
  id: string;
  providerAgencyId: string;
  dataServiceId: string;
  consumerAgencyId: string;
  consumerSubsystem: string | null;
  purpose: string;
  purposeText: BilingualText;
  basis: GrantBasis;
  legalBasis: BilingualText;
  fields: string[] | null;
  expiresAt: Date | null;
  rateLimitPerMinute: number;
  requestedBy: string | null;
  /** Demo data is loaded approved; everything else starts as a request. */
  decision?: { decidedBy: string | null; note: string | null } | undefined;
}

export async function insertGrant(scope: AgencyScope, grant: NewGrant): Promise<GrantRecord> {
  const { rows } = await scope.tx.query<GrantRecordRow>(
    `insert into exchange_grants as g (agency_id, id, data_service_id, consumer_agency_id,
            consumer_subsystem, purpose, purpose_text, basis, legal_basis, fields, expires_at,
            rate_limit_per_minute, status, requested_by, decided_by, decided_at, decision_note)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
             case when $13 = 'approved' then now() end, $16)
     returning ${recordColumns}`,
    [
      grant.providerAgencyId,
      grant.id,
      grant.dataServiceId,
      grant.consumerAgencyId,
      grant.consumerSubsystem,
      grant.purpose,
      JSON.stringify(grant.purposeText),
      grant.basis,
      JSON.stringify(grant.legalBasis),
      grant.fields === null ? null : JSON.stringify(grant.fields),
      grant.expiresAt,
      grant.rateLimitPerMinute,
      grant.decision ? "approved" : "requested",
      grant.requestedBy,
      grant.decision?.decidedBy ?? null,
      grant.decision?.note ?? null,
    ],
  );
  return recordFromRow(rows[0]!);
}

/** A grant the scope's agency is party to, as provider or consumer; null otherwise. */
export async function selectGrant(scope: AgencyScope, id: string): Promise<GrantRecord | null> {
  const { rows } = await scope.tx.query<GrantRecordRow>(
    `select ${recordColumns} from exchange_grants g
      where g.id = $1 and (g.agency_id = $2 or g.consumer_agency_id = $2)`,
    [id, scope.agencyId],
  );
  return rows[0] ? recordFromRow(rows[0]) : null;
}

/**
 * The consumer's request or unexpired grant for the same data service,
 * subsystem and purpose, if there is one: a second would only compete with it.
 */
export async function selectOpenGrant(
  scope: AgencyScope,
  key: { dataServiceId: string; consumerSubsystem: string | null; purpose: string },
): Promise<GrantRecord | null> {
  const { rows } = await scope.tx.query<GrantRecordRow>(
    `select ${recordColumns} from exchange_grants g
      where g.consumer_agency_id = $1 and g.data_service_id = $2
        and g.consumer_subsystem is not distinct from $3 and g.purpose = $4
        and (g.status = 'requested'
             or (g.status = 'approved' and (g.expires_at is null or g.expires_at > now())))
      limit 1`,
    [scope.agencyId, key.dataServiceId, key.consumerSubsystem, key.purpose],
  );
  return rows[0] ? recordFromRow(rows[0]) : null;
}

/** Any grant of the consumer for this data service, subsystem and purpose, whatever its status. */
export async function selectGrantByKey(
  scope: AgencyScope,
  key: { dataServiceId: string; consumerSubsystem: string | null; purpose: string },
): Promise<GrantRecord | null> {
  const { rows } = await scope.tx.query<GrantRecordRow>(
    `select ${recordColumns} from exchange_grants g
      where g.consumer_agency_id = $1 and g.data_service_id = $2
        and g.consumer_subsystem is not distinct from $3 and g.purpose = $4
      order by g.requested_at desc
      limit 1`,
    [scope.agencyId, key.dataServiceId, key.consumerSubsystem, key.purpose],
  );
  return rows[0] ? recordFromRow(rows[0]) : null;
}

/** The provider's decision on a pending request; null when it is no longer pending. */
export async function updateGrantDecision(
  scope: AgencyScope,
  change: {
    id: string;
    status: Extract<GrantStatus, "approved" | "rejected">;
    fields: string[] | null;
    expiresAt: Date | null;
    rateLimitPerMinute: number;
    decidedBy: string | null;
    note: string | null;
  },
): Promise<GrantRecord | null> {
  const { rows } = await scope.tx.query<GrantRecordRow>(
    `update exchange_grants g
        set status = $3, fields = $4, expires_at = $5, rate_limit_per_minute = $6,
            decided_by = $7, decided_at = now(), decision_note = $8, updated_at = now()
      where g.id = $1 and g.agency_id = $2 and g.status = 'requested'
      returning ${recordColumns}`,
    [
      change.id,
      scope.agencyId,
      change.status,
      change.fields === null ? null : JSON.stringify(change.fields),
      change.expiresAt,
      change.rateLimitPerMinute,
      change.decidedBy,
      change.note,
    ],
  );
  return rows[0] ? recordFromRow(rows[0]) : null;
}

/**
 * Ends an approved grant at once: the call path reads only approved grants.
 * The revocation becomes the grant's last decision, with its note.
 */
export async function updateGrantRevoked(
  scope: AgencyScope,
  change: { id: string; decidedBy: string | null; note: string },
): Promise<GrantRecord | null> {
  const { rows } = await scope.tx.query<GrantRecordRow>(
    `update exchange_grants g
        set status = 'revoked', decided_by = $3, decided_at = now(), decision_note = $4,
            updated_at = now()
      where g.id = $1 and g.agency_id = $2 and g.status = 'approved'
      returning ${recordColumns}`,
    [change.id, scope.agencyId, change.decidedBy, change.note],
  );
  return rows[0] ? recordFromRow(rows[0]) : null;
}

/**
 * Removes a request its consumer withdraws before any decision. It never
 * allowed anything; the audit records on both agencies' chains keep it.
 */
export async function deleteRequestedGrant(
  scope: AgencyScope,
  id: string,
): Promise<GrantRecord | null> {
  const { rows } = await scope.tx.query<GrantRecordRow>(
    `delete from exchange_grants g
      where g.id = $1 and g.consumer_agency_id = $2 and g.status = 'requested'
      returning ${recordColumns}`,
    [id, scope.agencyId],
  );
  return rows[0] ? recordFromRow(rows[0]) : null;
}

export const GRANTS_LISTED = 200;

/** The agency's grants as provider, as consumer, or both; pending requests first, then newest. */
export async function selectGrants(
  scope: AgencyScope,
  filter: { role?: GrantRole | undefined; status?: GrantStatus | undefined },
): Promise<GrantRecord[]> {
  const { rows } = await scope.tx.query<GrantRecordRow>(
    `select ${recordColumns} from exchange_grants g
      where (($2::text is null or $2 = 'provider') and g.agency_id = $1
             or ($2::text is null or $2 = 'consumer') and g.consumer_agency_id = $1)
        and ($3::text is null or g.status = $3)
      order by g.status = 'requested' desc, g.requested_at desc, g.id
      limit ${GRANTS_LISTED}`,
    [scope.agencyId, filter.role ?? null, filter.status ?? null],
  );
  return rows.map(recordFromRow);
}
