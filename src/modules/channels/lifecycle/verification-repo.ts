import type { Queryable } from "@/core/db/database";
import type { AgencyScope } from "@/core/db/tenant";
import type { Locale } from "@/core/i18n";

import type { ChannelKind, ChannelStatus } from "../schema";

export type VerificationMethod = "domain" | "email_link" | "posted_code";
export type VerificationStatus =
  "pending" | "in_review" | "succeeded" | "failed" | "rejected" | "expired" | "superseded";
export type ReviewKind = "manual" | "dispute" | "reinstate";
export type VerificationProof = "dns_txt" | "well_known" | "email_link" | "manual_review";

/** One attempt of an agency to prove it controls a channel. */
export interface Verification {
  id: string;
  agencyId: string;
  channelId: string;
  method: VerificationMethod;
  tokenHash: string;
  tokenSealed: string | null;
  status: VerificationStatus;
  reviewKind: ReviewKind | null;
  holderAgencyId: string | null;
  proofMethod: VerificationProof | null;
  evidence: string | null;
  decisionReason: string | null;
  locale: Locale;
  requestedBy: string;
  decidedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
}

interface VerificationRow {
  id: string;
  agency_id: string;
  channel_id: string;
  method: VerificationMethod;
  token_hash: string;
  token_sealed: string | null;
  status: VerificationStatus;
  review_kind: ReviewKind | null;
  holder_agency_id: string | null;
  proof_method: VerificationProof | null;
  evidence: string | null;
  decision_reason: string | null;
  locale: Locale;
  requested_by: string;
  decided_by: string | null;
  created_at: Date;
  expires_at: Date;
  submitted_at: Date | null;
  decided_at: Date | null;
}

const COLUMNS = `id, agency_id, channel_id, method, token_hash, token_sealed, status, review_kind,
  holder_agency_id, proof_method, evidence, decision_reason, locale, requested_by, decided_by,
  created_at, expires_at, submitted_at, decided_at`;

const instant = (value: Date | null) => (value ? new Date(value) : null);

function toVerification(row: VerificationRow): Verification {
  return {
    id: row.id,
    agencyId: row.agency_id,
    channelId: row.channel_id,
    method: row.method,
    tokenHash: row.token_hash,
    tokenSealed: row.token_sealed,
    status: row.status,
    reviewKind: row.review_kind,
    holderAgencyId: row.holder_agency_id,
    proofMethod: row.proof_method,
    evidence: row.evidence,
    decisionReason: row.decision_reason,
    locale: row.locale,
    requestedBy: row.requested_by,
    decidedBy: row.decided_by,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    submittedAt: instant(row.submitted_at),
    decidedAt: instant(row.decided_at),
  };
}

/** Starts an attempt; an open one for the same channel is superseded first. */
export async function insertVerification(
  scope: AgencyScope,
  entry: {
    id: string;
    channelId: string;
    method: VerificationMethod;
    tokenHash: string;
    tokenSealed: string;
    locale: Locale;
    requestedBy: string;
    expiresAt: Date;
  },
): Promise<void> {
  await supersedeOpenVerifications(scope, entry.channelId);
  await scope.tx.query(
    `insert into agency_channel_verifications
       (agency_id, id, channel_id, method, token_hash, token_sealed, locale, requested_by, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      scope.agencyId,
      entry.id,
      entry.channelId,
      entry.method,
      entry.tokenHash,
      entry.tokenSealed,
      entry.locale,
      entry.requestedBy,
      entry.expiresAt,
    ],
  );
}

export async function supersedeOpenVerifications(
  scope: AgencyScope,
  channelId: string,
): Promise<void> {
  await scope.tx.query(
    `update agency_channel_verifications set status = 'superseded', token_sealed = null
      where agency_id = $1 and channel_id = $2 and status in ('pending', 'in_review')`,
    [scope.agencyId, channelId],
  );
}

export async function selectVerification(
  scope: AgencyScope,
  id: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<Verification | null> {
  const { rows } = await scope.tx.query<VerificationRow>(
    `select ${COLUMNS} from agency_channel_verifications where agency_id = $1 and id = $2
     ${forUpdate ? "for update" : ""}`,
    [scope.agencyId, id],
  );
  return rows[0] ? toVerification(rows[0]) : null;
}

/** The channel's most recent attempt, open or not, so its page can say how it ended. */
export async function selectLatestVerification(
  scope: AgencyScope,
  channelId: string,
): Promise<Verification | null> {
  const { rows } = await scope.tx.query<VerificationRow>(
    `select ${COLUMNS} from agency_channel_verifications
      where agency_id = $1 and channel_id = $2 and status <> 'superseded'
      order by created_at desc, id desc limit 1`,
    [scope.agencyId, channelId],
  );
  return rows[0] ? toVerification(rows[0]) : null;
}

/** The token hash a domain channel last proved control with: what re-verification looks for. */
export async function selectDomainProofHash(
  scope: AgencyScope,
  channelId: string,
): Promise<string | null> {
  const { rows } = await scope.tx.query<{ token_hash: string }>(
    `select token_hash from agency_channel_verifications
      where agency_id = $1 and channel_id = $2 and method = 'domain' and status = 'succeeded'
      order by decided_at desc, id desc limit 1`,
    [scope.agencyId, channelId],
  );
  return rows[0]?.token_hash ?? null;
}

export interface VerificationPatch {
  status?: VerificationStatus;
  reviewKind?: ReviewKind | null;
  holderAgencyId?: string | null;
  proofMethod?: VerificationProof | null;
  evidence?: string | null;
  decisionReason?: string | null;
  decidedBy?: string | null;
  tokenSealed?: string | null;
  submittedAt?: Date | null;
  decidedAt?: Date | null;
}

const patchColumns: Record<keyof VerificationPatch, string> = {
  status: "status",
  reviewKind: "review_kind",
  holderAgencyId: "holder_agency_id",
  proofMethod: "proof_method",
  evidence: "evidence",
  decisionReason: "decision_reason",
  decidedBy: "decided_by",
  tokenSealed: "token_sealed",
  submittedAt: "submitted_at",
  decidedAt: "decided_at",
};

export async function updateVerification(
  scope: AgencyScope,
  id: string,
  patch: VerificationPatch,
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [scope.agencyId, id];
  for (const [key, column] of Object.entries(patchColumns) as [keyof VerificationPatch, string][]) {
    if (patch[key] === undefined) continue;
    params.push(patch[key]);
    sets.push(`${column} = $${params.length}`);
  }
  if (sets.length === 0) return;
  await scope.tx.query(
    `update agency_channel_verifications set ${sets.join(", ")} where agency_id = $1 and id = $2`,
    params,
  );
}

/** Finds an e-mail link's attempt by the hash of its token, across agencies. */
export async function findVerificationByTokenHash(
  db: Queryable,
  tokenHash: string,
): Promise<{ agencyId: string; id: string } | null> {
  const { rows } = await db.query<{ agency_id: string; id: string }>(
    `select agency_id, id from agency_channel_verifications
      where token_hash = $1 and method = 'email_link'`,
    [tokenHash],
  );
  return rows[0] ? { agencyId: rows[0].agency_id, id: rows[0].id } : null;
}

/** An attempt waiting for the operator, with the channel and agencies it concerns. */
export interface ReviewItem {
  verification: Verification;
  channel: { kind: ChannelKind; value: string; displayValue: string; status: ChannelStatus };
  agency: { code: string; nameTh: string; nameEn: string };
  holder: { code: string; nameTh: string; nameEn: string } | null;
}

/** The operator's queue across agencies, oldest first. */
export async function listReviewQueue(db: Queryable): Promise<ReviewItem[]> {
  const { rows } = await db.query<
    VerificationRow & {
      kind: ChannelKind;
      value: string;
      display_value: string;
      channel_status: ChannelStatus;
      code: string;
      name_th: string;
      name_en: string;
      holder_code: string | null;
      holder_name_th: string | null;
      holder_name_en: string | null;
    }
  >(
    `select v.id, v.agency_id, v.channel_id, v.method, v.token_hash, v.token_sealed, v.status,
            v.review_kind, v.holder_agency_id, v.proof_method, v.evidence, v.decision_reason,
            v.locale, v.requested_by, v.decided_by, v.created_at, v.expires_at, v.submitted_at,
            v.decided_at, c.kind, c.value, c.display_value, c.status as channel_status,
            a.code, a.name_th, a.name_en,
            h.code as holder_code, h.name_th as holder_name_th, h.name_en as holder_name_en
       from agency_channel_verifications v
       join agency_channels c on c.agency_id = v.agency_id and c.id = v.channel_id
       join agencies a on a.id = v.agency_id
       left join agencies h on h.id = v.holder_agency_id
      where v.status = 'in_review'
      order by v.submitted_at, v.id limit 200`,
  );
  return rows.map((row) => ({
    verification: toVerification(row),
    channel: {
      kind: row.kind,
      value: row.value,
      displayValue: row.display_value,
      status: row.channel_status,
    },
    agency: { code: row.code, nameTh: row.name_th, nameEn: row.name_en },
    holder:
      row.holder_code && row.holder_name_th && row.holder_name_en
        ? { code: row.holder_code, nameTh: row.holder_name_th, nameEn: row.holder_name_en }
        : null,
  }));
}

/** The agency of an attempt found by id alone, for the operator who acts across agencies. */
export async function findVerificationAgency(db: Queryable, id: string): Promise<string | null> {
  const { rows } = await db.query<{ agency_id: string }>(
    "select agency_id from agency_channel_verifications where id = $1",
    [id],
  );
  return rows[0]?.agency_id ?? null;
}
