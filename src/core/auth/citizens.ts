import { recordAudit } from "@/core/audit";
import type { SecretBox } from "@/core/crypto/secrets";
import { type Database, type Queryable, type Transaction, transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { lastFourDigits } from "@/core/identity/thai-id";

/** A person as an identity provider vouched for them. */
export interface VerifiedIdentity {
  /** The provider's issuer (or, for the development provider, its fixed key). */
  issuer: string;
  subject: string;
  /** The `acr` the provider returned: how well the person was identified and authenticated. */
  assurance: string | null;
  /** 13 ASCII digits, check digit already verified; never stored as it is. */
  citizenId: string | null;
  nameTh: string | null;
  nameEn: string | null;
  email: string | null;
}

export interface Citizen {
  id: string;
  nameTh: string | null;
  nameEn: string | null;
  email: string | null;
  /** Where the person asked for notices by SMS too, as 0XXXXXXXXX; null when not. */
  noticePhone: string | null;
  nationalIdLast4: string | null;
  preferredLocale: "th" | "en";
  createdAt: Date;
  lastSignInAt: Date | null;
}

interface CitizenRow {
  id: string;
  name_th: string | null;
  name_en: string | null;
  email: string | null;
  notice_phone: string | null;
  national_id_last4: string | null;
  preferred_locale: "th" | "en";
  created_at: Date;
  last_sign_in_at: Date | null;
}

/**
 * Creates or refreshes the citizen an identity belongs to, found by
 * (issuer, subject). The citizen ID is kept as a keyed hash (to find the person),
 * sealed (to ask registries about them, once-only) and by its last
 * four digits; what the provider no longer sends is kept as it was.
 */
export async function upsertCitizen(
  db: Queryable,
  {
    identity,
    secrets,
    isSignIn,
  }: { identity: VerifiedIdentity; secrets: SecretBox; isSignIn: boolean },
): Promise<{ id: string; isNew: boolean }> {
  const { rows } = await db.query<{ id: string; is_new: boolean }>(
    `insert into citizens (id, issuer, subject, national_id_hash, national_id_last4, name_th, name_en, email,
                           last_sign_in_at, national_id_sealed)
     values ($1, $2, $3, $4, $5, $6, $7, $8, case when $9::boolean then now() end, $10)
     on conflict (issuer, subject) do update set
       national_id_hash = coalesce(excluded.national_id_hash, citizens.national_id_hash),
       national_id_sealed = coalesce(excluded.national_id_sealed, citizens.national_id_sealed),
       national_id_last4 = coalesce(excluded.national_id_last4, citizens.national_id_last4),
       name_th = coalesce(excluded.name_th, citizens.name_th),
       name_en = coalesce(excluded.name_en, citizens.name_en),
       email = coalesce(excluded.email, citizens.email),
       last_sign_in_at = coalesce(excluded.last_sign_in_at, citizens.last_sign_in_at)
     returning id, (xmax = 0) as is_new`,
    [
      newId(),
      identity.issuer,
      identity.subject,
      identity.citizenId ? secrets.hashNationalId(identity.citizenId) : null,
      identity.citizenId ? lastFourDigits(identity.citizenId) : null,
      identity.nameTh,
      identity.nameEn,
      identity.email,
      isSignIn,
      identity.citizenId ? secrets.seal(identity.citizenId) : null,
    ],
  );
  const row = rows[0]!;
  return { id: row.id, isNew: row.is_new };
}

/**
 * The citizen's national ID, opened from its sealed copy, so that Pratu can
 * ask a registry about this person (once-only exchange). Null when the
 * identity provider never vouched for one. Never log or store what this returns.
 */
export async function nationalIdOf({
  db,
  secrets,
  citizenId,
}: {
  db: Queryable;
  secrets: SecretBox;
  citizenId: string;
}): Promise<string | null> {
  const { rows } = await db.query<{ national_id_sealed: string | null }>(
    "select national_id_sealed from citizens where id = $1",
    [citizenId],
  );
  const sealed = rows[0]?.national_id_sealed;
  return sealed ? secrets.open(sealed) : null;
}

/**
 * Records that a citizen proved who they are: the citizen row and the audit
 * record, in the caller's transaction (which also starts the session).
 */
export async function recordCitizenSignIn({
  tx,
  secrets,
  identity,
  provider,
  requestId,
}: {
  tx: Transaction;
  secrets: SecretBox;
  identity: VerifiedIdentity;
  provider: string;
  requestId: string | undefined;
}): Promise<{ citizenId: string; isNew: boolean }> {
  const citizen = await upsertCitizen(tx, { identity, secrets, isSignIn: true });
  await recordAudit(tx, {
    action: "citizen.signed_in",
    actor: { type: "citizen", citizenId: citizen.id, assurance: identity.assurance },
    agencyId: null,
    target: { type: "citizen", id: citizen.id },
    requestId,
    details: {
      provider,
      issuer: identity.issuer,
      assurance: identity.assurance,
      isFirstSignIn: citizen.isNew,
    },
  });
  return { citizenId: citizen.id, isNew: citizen.isNew };
}

/**
 * The citizen an identity provider's access token stands for, found by
 * (issuer, subject) exactly as browser sign-in records them. A person not
 * yet known becomes a citizen only when the token carries their citizen ID,
 * as a first sign-in would; otherwise null.
 */
export async function findOrCreateCitizenForToken({
  db,
  secrets,
  identity,
  requestId,
}: {
  db: Database;
  secrets: SecretBox;
  identity: VerifiedIdentity;
  requestId: string | undefined;
}): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(
    "select id from citizens where issuer = $1 and subject = $2",
    [identity.issuer, identity.subject],
  );
  if (rows[0]) return rows[0].id;
  if (!identity.citizenId) return null;
  return transaction(db, async (tx) => {
    const citizen = await upsertCitizen(tx, { identity, secrets, isSignIn: false });
    if (citizen.isNew) {
      await recordAudit(tx, {
        action: "citizen.created",
        actor: { type: "citizen", citizenId: citizen.id, assurance: identity.assurance },
        agencyId: null,
        target: { type: "citizen", id: citizen.id },
        requestId,
        details: { issuer: identity.issuer, through: "provider_access_token" },
      });
    }
    return citizen.id;
  });
}

export async function findCitizen({
  db,
  citizenId,
}: {
  db: Queryable;
  citizenId: string;
}): Promise<Citizen | null> {
  const { rows } = await db.query<CitizenRow>(
    `select id, name_th, name_en, email, notice_phone, national_id_last4, preferred_locale,
            created_at, last_sign_in_at
       from citizens where id = $1`,
    [citizenId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    nameTh: row.name_th,
    nameEn: row.name_en,
    email: row.email,
    noticePhone: row.notice_phone,
    nationalIdLast4: row.national_id_last4,
    preferredLocale: row.preferred_locale,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
  };
}

/** Sets (or, with null, clears) the number a person wants notices sent to by SMS. */
export async function setNoticePhone(
  db: Queryable,
  { citizenId, phone }: { citizenId: string; phone: string | null },
): Promise<void> {
  await db.query("update citizens set notice_phone = $2 where id = $1", [citizenId, phone]);
}
