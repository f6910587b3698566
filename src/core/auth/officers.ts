import { z } from "zod";

import type { Queryable } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import type { AgencyScope } from "@/core/db/tenant";
import { AppError, type FieldProblem } from "@/core/errors";
import type { Actor, OfficerRole } from "@/core/http/context";
import { translate } from "@/core/i18n";

import { authMessages as m } from "./auth-messages";
import { hashPassword, passwordProblem } from "./passwords";

export const officerRoles = [
  "admin",
  "officer",
  "viewer",
] as const satisfies readonly OfficerRole[];

export interface Officer {
  id: string;
  email: string;
  nameTh: string;
  nameEn: string;
  preferredLocale: "th" | "en";
  hasSecondFactor: boolean;
  isDisabled: boolean;
}

/** The officer with what sign-in needs; never leaves the auth kernel's use cases. */
export interface OfficerAccount extends Officer {
  passwordHash: string;
  totpSecretSealed: string | null;
  totpConfirmedAt: Date | null;
  totpLastStep: number | null;
  failedSignIns: number;
  lockedUntil: Date | null;
}

export interface Membership {
  agencyId: string;
  agencyCode: string;
  agencyNameTh: string;
  agencyNameEn: string;
  role: OfficerRole;
}

interface OfficerRow {
  id: string;
  email: string;
  name_th: string;
  name_en: string;
  preferred_locale: "th" | "en";
  password_hash: string;
  totp_secret_sealed: string | null;
  totp_confirmed_at: Date | null;
  totp_last_step: number | null;
  failed_sign_ins: number;
  locked_until: Date | null;
  disabled_at: Date | null;
}

// bigint comes back as text from node-postgres; a step number fits a double exactly.
const selectOfficer = `
  select id, email, name_th, name_en, preferred_locale, password_hash, totp_secret_sealed,
         totp_confirmed_at, totp_last_step::float8 as totp_last_step, failed_sign_ins,
         locked_until, disabled_at
    from officers`;

function toOfficerAccount(row: OfficerRow): OfficerAccount {
  return {
    id: row.id,
    email: row.email,
    nameTh: row.name_th,
    nameEn: row.name_en,
    preferredLocale: row.preferred_locale,
    hasSecondFactor: row.totp_confirmed_at !== null,
    isDisabled: row.disabled_at !== null,
    passwordHash: row.password_hash,
    totpSecretSealed: row.totp_secret_sealed,
    totpConfirmedAt: row.totp_confirmed_at,
    totpLastStep: row.totp_last_step,
    failedSignIns: row.failed_sign_ins,
    lockedUntil: row.locked_until,
  };
}

/** Addresses are compared as people type them: without surrounding spaces, case-insensitively. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const OfficerEmailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export async function findOfficerByEmail(
  db: Queryable,
  email: string,
): Promise<OfficerAccount | null> {
  const { rows } = await db.query<OfficerRow>(`${selectOfficer} where email = $1`, [
    normaliseEmail(email),
  ]);
  return rows[0] ? toOfficerAccount(rows[0]) : null;
}

export async function findOfficerById(db: Queryable, id: string): Promise<OfficerAccount | null> {
  const { rows } = await db.query<OfficerRow>(`${selectOfficer} where id = $1`, [id]);
  return rows[0] ? toOfficerAccount(rows[0]) : null;
}

/** Public view of an account: what a page or an API may show. */
export function presentOfficer(account: OfficerAccount): Officer {
  const { id, email, nameTh, nameEn, preferredLocale, hasSecondFactor, isDisabled } = account;
  return { id, email, nameTh, nameEn, preferredLocale, hasSecondFactor, isDisabled };
}

/**
 * Creates an officer account. The password is checked against the policy and
 * kept only as an argon2id hash; the second factor is enrolled at first sign-in.
 */
export async function createOfficer({
  db,
  email,
  nameTh,
  nameEn,
  password,
}: {
  db: Queryable;
  email: string;
  nameTh: string;
  nameEn: string;
  password: string;
}): Promise<Officer> {
  const problems: FieldProblem[] = [];
  const parsedEmail = OfficerEmailSchema.safeParse(email);
  if (!parsedEmail.success)
    problems.push({ field: "email", message: translate("en", m.emailInvalid) });
  if (!nameTh.trim() || !nameEn.trim())
    problems.push({ field: "name", message: translate("en", m.nameRequired) });
  const weakness = passwordProblem(password);
  if (weakness) problems.push({ field: "password", message: translate("en", weakness) });
  if (problems.length > 0 || !parsedEmail.success) {
    throw new AppError("validation_failed", "The officer account is not valid.", {
      fields: problems,
    });
  }
  if (await findOfficerByEmail(db, parsedEmail.data)) {
    throw new AppError("conflict", translate("en", m.emailTaken), {
      fields: [{ field: "email", message: translate("en", m.emailTaken) }],
    });
  }
  const { rows } = await db.query<OfficerRow>(
    `insert into officers (id, email, name_th, name_en, password_hash)
     values ($1, $2, $3, $4, $5)
     returning id, email, name_th, name_en, preferred_locale, password_hash, totp_secret_sealed,
               totp_confirmed_at, totp_last_step::float8 as totp_last_step, failed_sign_ins,
               locked_until, disabled_at`,
    [newId(), parsedEmail.data, nameTh.trim(), nameEn.trim(), await hashPassword(password)],
  );
  return presentOfficer(toOfficerAccount(rows[0]!));
}

function isAgencyScope(handle: AgencyScope | Queryable): handle is AgencyScope {
  return "tx" in handle && "agencyId" in handle;
}

/**
 * Makes an officer a member of an agency with a role, or changes the role.
 * Given an agency scope, only that agency's memberships can be touched.
 */
export async function addMembership(
  handle: AgencyScope | Queryable,
  { agencyId, officerId, role }: { agencyId: string; officerId: string; role: OfficerRole },
): Promise<void> {
  const db = isAgencyScope(handle) ? handle.tx : handle;
  if (isAgencyScope(handle) && handle.agencyId !== agencyId) {
    throw new AppError("not_found", "The agency is outside this scope.");
  }
  if (!(officerRoles as readonly string[]).includes(role)) {
    throw new AppError("validation_failed", `Unknown role ${role}.`, {
      fields: [{ field: "role", message: `The role must be one of ${officerRoles.join(", ")}.` }],
    });
  }
  await db.query(
    `insert into officer_memberships (agency_id, officer_id, role) values ($1, $2, $3)
     on conflict (agency_id, officer_id) do update set role = excluded.role`,
    [agencyId, officerId, role],
  );
}

/** Every agency an officer may act for, by agency name. */
export async function listMemberships(db: Queryable, officerId: string): Promise<Membership[]> {
  const { rows } = await db.query<{
    agency_id: string;
    code: string;
    name_th: string;
    name_en: string;
    role: OfficerRole;
  }>(
    `select m.agency_id, a.code, a.name_th, a.name_en, m.role
       from officer_memberships m join agencies a on a.id = m.agency_id
      where m.officer_id = $1
      order by a.name_th`,
    [officerId],
  );
  return rows.map((row) => ({
    agencyId: row.agency_id,
    agencyCode: row.code,
    agencyNameTh: row.name_th,
    agencyNameEn: row.name_en,
    role: row.role,
  }));
}

/** The officer's role in one agency, or null when they are not a member. */
export async function findMembershipRole(
  db: Queryable,
  { officerId, agencyId }: { officerId: string; agencyId: string },
): Promise<OfficerRole | null> {
  const { rows } = await db.query<{ role: OfficerRole }>(
    "select role from officer_memberships where officer_id = $1 and agency_id = $2",
    [officerId, agencyId],
  );
  return rows[0]?.role ?? null;
}

/**
 * The actor as it stands towards one agency. An officer's role there comes
 * from their membership in it, whichever agency their session acts for;
 * someone else is returned unchanged for the policy to judge.
 */
export async function actorInAgency(db: Queryable, actor: Actor, agencyId: string): Promise<Actor> {
  if (actor.type !== "officer") return actor;
  if (actor.agencyId === agencyId && actor.role !== null) return actor;
  const role = await findMembershipRole(db, { officerId: actor.officerId, agencyId });
  return { ...actor, agencyId: role ? agencyId : null, role };
}

export interface AgencyMember {
  officerId: string;
  email: string;
  nameTh: string;
  nameEn: string;
  role: OfficerRole;
}

/** The officers of one agency, by name. */
export async function listAgencyMembers(scope: AgencyScope): Promise<AgencyMember[]> {
  const { rows } = await scope.tx.query<{
    officer_id: string;
    email: string;
    name_th: string;
    name_en: string;
    role: OfficerRole;
  }>(
    `select m.officer_id, o.email, o.name_th, o.name_en, m.role
       from officer_memberships m join officers o on o.id = m.officer_id
      where m.agency_id = $1 and o.disabled_at is null
      order by o.name_th`,
    [scope.agencyId],
  );
  return rows.map((row) => ({
    officerId: row.officer_id,
    email: row.email,
    nameTh: row.name_th,
    nameEn: row.name_en,
    role: row.role,
  }));
}
