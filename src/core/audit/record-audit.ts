import { createHash } from "node:crypto";

import type { Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import type { Actor } from "@/core/http/context";

export const PLATFORM_CHAIN = "platform";
export const GENESIS_HASH = "0".repeat(64);

export interface AuditEntry {
  /** What happened, as `noun.verb`: `officer.signed_in`, `application.decided`, `person.read`. */
  action: string;
  actor: Actor | { type: "system"; id: string };
  /** The agency whose chain records it; null for platform-wide events. */
  agencyId: string | null;
  target?: { type: string; id: string } | undefined;
  requestId?: string | undefined;
  /** What a reviewer needs to understand the event. Never a national ID or a secret. */
  details?: Record<string, unknown> | undefined;
}

export interface AuditRecord {
  chain: string;
  seq: number;
  id: string;
  occurredAt: string;
  agencyId: string | null;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
}

/**
 * Appends one record to the audit chain inside the caller's transaction, so
 * the record exists exactly when the change it describes does. The chain's
 * head row is locked until commit: appends to one chain are serial, appends
 * to different agencies' chains are not.
 */
export async function recordAudit(
  tx: Transaction,
  entry: AuditEntry,
): Promise<AuditRecord & { hash: string }> {
  // Hash exactly what the database will hand back to `verifyAuditLog`: a uuid
  // column reads back in lower case, and jsonb keeps only JSON (a Date becomes
  // its ISO text, an undefined array item becomes null).
  const agencyId = entry.agencyId?.toLowerCase() ?? null;
  const details = JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>;
  const chain = agencyId ?? PLATFORM_CHAIN;
  // One statement makes the head if needed and locks it until commit: a
  // conflicting upsert takes the row lock, as SELECT ... FOR UPDATE would.
  const { rows } = await tx.query<{ last_seq: number; last_hash: string }>(
    `insert into audit_chain_heads (chain, last_seq, last_hash) values ($1, 0, $2)
     on conflict (chain) do update set last_seq = audit_chain_heads.last_seq
     returning last_seq, last_hash`,
    [chain, GENESIS_HASH],
  );
  const head = rows[0]!;
  const record: AuditRecord = {
    chain,
    seq: head.last_seq + 1,
    id: newId(),
    occurredAt: new Date().toISOString(),
    agencyId,
    actorType: entry.actor.type,
    actorId: actorIdOf(entry.actor),
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    requestId: entry.requestId ?? null,
    details,
    prevHash: head.last_hash,
  };
  const hash = hashAuditRecord(record);
  // The record and the head's move in one statement: the head stays locked
  // only for this round trip and the commit.
  await tx.query(
    `with appended as (
       insert into audit_log (chain, seq, id, occurred_at, agency_id, actor_type, actor_id, action,
                              target_type, target_id, request_id, details, prev_hash, hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       returning chain, seq, hash
     )
     update audit_chain_heads heads set last_seq = appended.seq, last_hash = appended.hash
       from appended where heads.chain = appended.chain`,
    [
      record.chain,
      record.seq,
      record.id,
      record.occurredAt,
      record.agencyId,
      record.actorType,
      record.actorId,
      record.action,
      record.targetType,
      record.targetId,
      record.requestId,
      JSON.stringify(record.details),
      record.prevHash,
      hash,
    ],
  );
  return { ...record, hash };
}

function actorIdOf(actor: AuditEntry["actor"]): string | null {
  switch (actor.type) {
    case "citizen":
      return actor.citizenId;
    case "officer":
      return actor.officerId;
    case "api_key":
      return actor.keyId;
    case "system":
      return actor.id;
    case "anonymous":
      return null;
  }
}

/** SHA-256 over a canonical JSON of every field but the hash itself. */
export function hashAuditRecord(record: AuditRecord): string {
  return createHash("sha256").update(canonicalJson(record)).digest("hex");
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}
