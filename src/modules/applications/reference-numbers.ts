import type { Database, Transaction } from "@/core/db/database";
import { buddhistYear } from "@/core/i18n";

/**
 * Reference numbers read like `DOPA-2569-000123`: the agency's code, the
 * Buddhist Era year of receipt and a running number. Each agency and year has
 * its own PostgreSQL sequence, so submissions never wait on one another for a
 * number; a rolled-back submission leaves a gap, which is allowed.
 */
function sequenceName(agencyId: string, year: number): string {
  return `application_reference_${agencyId.replace(/-/g, "")}_${year}`;
}

/** Sequences known to exist, per database, so each is created once per process. */
const ensured = new WeakMap<Database, Set<string>>();

/**
 * Creates the agency's sequence for the year if needed. It runs outside the
 * submission's transaction: two processes creating it at once would
 * otherwise abort a submission on a catalogue conflict.
 */
export async function ensureReferenceSequence(
  db: Database,
  agencyId: string,
  receivedAt: Date,
): Promise<void> {
  const name = sequenceName(agencyId, buddhistYear(receivedAt));
  let known = ensured.get(db);
  if (!known) {
    known = new Set();
    ensured.set(db, known);
  }
  if (known.has(name)) return;
  try {
    await db.query(`create sequence if not exists ${name} as bigint minvalue 1`);
  } catch (error) {
    // Another process created it between the check and the creation.
    const code = (error as { code?: string }).code;
    if (code !== "23505" && code !== "42P07") throw error;
  }
  known.add(name);
}

export async function nextReference(
  tx: Transaction,
  agency: { id: string; code: string },
  receivedAt: Date,
): Promise<string> {
  const year = buddhistYear(receivedAt);
  const { rows } = await tx.query<{ value: string }>("select nextval($1)::text as value", [
    sequenceName(agency.id, year),
  ]);
  return `${agency.code}-${year}-${rows[0]!.value.padStart(6, "0")}`;
}

/** The agency code a reference number begins with. */
export function agencyCodeOfReference(reference: string): string | null {
  const match = /^(.+)-\d{4}-\d{6,}$/.exec(reference);
  return match ? match[1]! : null;
}
