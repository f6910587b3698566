import type { Config } from "@/config/schema";
import { recordAudit } from "@/core/audit";
import type { SecretBox } from "@/core/crypto/secrets";
import { sha256Hex } from "@/core/crypto/tokens";
import type { Queryable, Transaction } from "@/core/db/database";
import { AppError } from "@/core/errors";

import {
  findOfficerByEmail,
  findOfficerById,
  normaliseEmail,
  type OfficerAccount,
} from "./officers";
import { verifyDecoyPassword, verifyPassword } from "./passwords";
import { generateTotpSecret, matchTotpCode, totpUri } from "./totp";

export type PasswordCheck =
  | { outcome: "accepted"; officer: OfficerAccount }
  | { outcome: "rejected" }
  | { outcome: "locked"; minutesLeft: number };

export type CodeCheck =
  | { outcome: "accepted"; officer: OfficerAccount }
  | { outcome: "rejected" }
  | { outcome: "reused" }
  | { outcome: "locked"; minutesLeft: number };

type LockoutSettings = Pick<
  Config["security"],
  "officerMaxFailedSignIns" | "officerLockoutMinutes"
>;

// A lock that has run out no longer counts, nor do the failures that caused it.
const FAILURES_SO_FAR = "(case when locked_until <= now() then 0 else failed_sign_ins end)";
const FAILURE_UPDATE = `
  failed_sign_ins = ${FAILURES_SO_FAR} + 1,
  locked_until = case when ${FAILURES_SO_FAR} + 1 >= $2 then now() + make_interval(mins => $3)
                      when locked_until <= now() then null
                      else locked_until end`;
const MINUTES_LEFT =
  "case when locked_until > now() then ceil(extract(epoch from locked_until - now()) / 60)::int end";

/**
 * The first step of an officer's sign-in: e-mail and password. Every failure
 * counts towards a temporary lock. An address without an account (or with a
 * disabled one) is answered exactly like a wrong password, and its failures
 * are counted and locked the same way, so neither the message nor the lock
 * tells a stranger whether an account exists.
 */
export async function checkOfficerPassword({
  db,
  config,
  email,
  password,
}: {
  db: Queryable;
  config: LockoutSettings;
  email: string;
  password: string;
}): Promise<PasswordCheck> {
  const officer = await findOfficerByEmail(db, email);
  if (!officer || officer.isDisabled) {
    const emailHash = sha256Hex(normaliseEmail(email));
    const locked = await throttleMinutesLeft(db, emailHash);
    if (locked !== null) return { outcome: "locked", minutesLeft: locked };
    await verifyDecoyPassword(password);
    const minutesLeft = await recordThrottledFailure(db, config, emailHash);
    return minutesLeft === null ? { outcome: "rejected" } : { outcome: "locked", minutesLeft };
  }
  const locked = await officerMinutesLeft(db, officer.id);
  if (locked !== null) return { outcome: "locked", minutesLeft: locked };
  if (await verifyPassword(officer.passwordHash, password)) return { outcome: "accepted", officer };
  const minutesLeft = await recordOfficerFailure(db, config, officer.id);
  return minutesLeft === null ? { outcome: "rejected" } : { outcome: "locked", minutesLeft };
}

export interface SecondFactorAttempt {
  tx: Transaction;
  config: LockoutSettings;
  secrets: SecretBox;
  officerId: string;
  code: string;
  requestId?: string | undefined;
  at?: number;
}

/**
 * The second step: the code from the officer's authenticator. Success ends
 * the count of failures and is written to the audit log as the sign-in.
 */
export function verifyOfficerSecondFactor(attempt: SecondFactorAttempt): Promise<CodeCheck> {
  return checkSecondFactor(attempt, { isEnrolment: false });
}

/**
 * Shows an officer without a second factor the secret to add to an
 * authenticator app. The secret is kept sealed until a code confirms it;
 * asking again shows the same secret, so a reload does not undo a scan.
 */
export async function beginTotpEnrolment({
  db,
  secrets,
  officerId,
}: {
  db: Queryable;
  secrets: SecretBox;
  officerId: string;
}): Promise<{ secret: string; uri: string }> {
  const officer = await findOfficerById(db, officerId);
  if (!officer || officer.isDisabled) throw new AppError("not_found");
  if (officer.totpConfirmedAt) {
    throw new AppError("conflict", "The officer already has a second factor.");
  }
  let secret: string;
  if (officer.totpSecretSealed) {
    secret = secrets.open(officer.totpSecretSealed);
  } else {
    secret = generateTotpSecret();
    await db.query(
      "update officers set totp_secret_sealed = $2 where id = $1 and totp_confirmed_at is null",
      [officerId, secrets.seal(secret)],
    );
  }
  return { secret, uri: totpUri(secret, officer.email) };
}

/** Confirms enrolment with a first code; that code also completes this sign-in. */
export function confirmTotpEnrolment(attempt: SecondFactorAttempt): Promise<CodeCheck> {
  return checkSecondFactor(attempt, { isEnrolment: true });
}

/**
 * Checks a code against the officer's sealed secret: a confirmed one at
 * sign-in, the pending one at enrolment (which then becomes confirmed).
 */
async function checkSecondFactor(
  { tx, config, secrets, officerId, code, requestId, at = Date.now() }: SecondFactorAttempt,
  { isEnrolment }: { isEnrolment: boolean },
): Promise<CodeCheck> {
  const officer = await findOfficerById(tx, officerId);
  const hasExpectedSecret = isEnrolment
    ? !officer?.totpConfirmedAt
    : Boolean(officer?.totpConfirmedAt);
  if (!officer || officer.isDisabled || !officer.totpSecretSealed || !hasExpectedSecret) {
    return { outcome: "rejected" };
  }
  const result = await checkCode(
    tx,
    config,
    officer,
    secrets.open(officer.totpSecretSealed),
    code,
    at,
  );
  if (result.outcome !== "accepted") return result;
  const actor = { type: "officer", officerId, agencyId: null, role: null } as const;
  const target = { type: "officer", id: officerId };
  if (isEnrolment) {
    await tx.query("update officers set totp_confirmed_at = now() where id = $1", [officerId]);
    await recordAudit(tx, {
      action: "officer.totp_enrolled",
      actor,
      agencyId: null,
      target,
      requestId,
    });
  }
  await recordAudit(tx, {
    action: "officer.signed_in",
    actor,
    agencyId: null,
    target,
    requestId,
    details: { secondFactor: "totp" },
  });
  return result;
}

/**
 * Gives an officer a known, confirmed secret. Only for demonstration data and
 * imports: in normal use the officer enrols their own at first sign-in.
 */
export async function setConfirmedTotpSecret({
  db,
  secrets,
  officerId,
  secret,
}: {
  db: Queryable;
  secrets: SecretBox;
  officerId: string;
  secret: string;
}): Promise<void> {
  await db.query(
    "update officers set totp_secret_sealed = $2, totp_confirmed_at = now(), totp_last_step = null where id = $1",
    [officerId, secrets.seal(secret)],
  );
}

async function checkCode(
  db: Queryable,
  config: LockoutSettings,
  officer: OfficerAccount,
  secret: string,
  code: string,
  at: number,
): Promise<CodeCheck> {
  const locked = await officerMinutesLeft(db, officer.id);
  if (locked !== null) return { outcome: "locked", minutesLeft: locked };
  const match = matchTotpCode({ secret, code, lastStep: officer.totpLastStep, at });
  // A reused code is an honest slip more often than an attack (signing in
  // twice within half a minute); the officer is told to wait, not counted.
  if (match.outcome === "reused") return { outcome: "reused" };
  if (match.outcome === "rejected") {
    const minutesLeft = await recordOfficerFailure(db, config, officer.id);
    return minutesLeft === null ? { outcome: "rejected" } : { outcome: "locked", minutesLeft };
  }
  // Conditional on the step, so two requests racing with one code cannot both pass.
  const { rowCount } = await db.query(
    `update officers set totp_last_step = $2, failed_sign_ins = 0, locked_until = null
      where id = $1 and (totp_last_step is null or totp_last_step < $2)`,
    [officer.id, match.step],
  );
  return rowCount === 1 ? { outcome: "accepted", officer } : { outcome: "reused" };
}

async function officerMinutesLeft(db: Queryable, officerId: string): Promise<number | null> {
  const { rows } = await db.query<{ minutes_left: number | null }>(
    `select ${MINUTES_LEFT} as minutes_left from officers where id = $1`,
    [officerId],
  );
  return rows[0]?.minutes_left ?? null;
}

async function recordOfficerFailure(
  db: Queryable,
  config: LockoutSettings,
  officerId: string,
): Promise<number | null> {
  const { rows } = await db.query<{ minutes_left: number | null }>(
    `update officers set ${FAILURE_UPDATE} where id = $1 returning ${MINUTES_LEFT} as minutes_left`,
    [officerId, config.officerMaxFailedSignIns, config.officerLockoutMinutes],
  );
  return rows[0]?.minutes_left ?? null;
}

async function throttleMinutesLeft(db: Queryable, emailHash: string): Promise<number | null> {
  const { rows } = await db.query<{ minutes_left: number | null }>(
    `select ${MINUTES_LEFT} as minutes_left from officer_sign_in_throttle where email_hash = $1`,
    [emailHash],
  );
  return rows[0]?.minutes_left ?? null;
}

async function recordThrottledFailure(
  db: Queryable,
  config: LockoutSettings,
  emailHash: string,
): Promise<number | null> {
  await db.query(
    `insert into officer_sign_in_throttle (email_hash) values ($1) on conflict (email_hash) do nothing`,
    [emailHash],
  );
  const { rows } = await db.query<{ minutes_left: number | null }>(
    `update officer_sign_in_throttle set ${FAILURE_UPDATE}, updated_at = now()
      where email_hash = $1 returning ${MINUTES_LEFT} as minutes_left`,
    [emailHash, config.officerMaxFailedSignIns, config.officerLockoutMinutes],
  );
  return rows[0]?.minutes_left ?? null;
}

/** Forgets counts for unknown addresses that have gone quiet; for the worker's housekeeping. */
export async function pruneSignInThrottle(db: Queryable): Promise<number> {
  const result = await db.query(
    `delete from officer_sign_in_throttle
      where updated_at < now() - interval '1 day' and (locked_until is null or locked_until < now())`,
  );
  return result.rowCount;
}
