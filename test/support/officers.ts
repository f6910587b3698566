import { Secret, TOTP } from "otpauth";

import { createAccessToken } from "@/core/auth/credentials";
import { setConfirmedTotpSecret } from "@/core/auth/officer-sign-in";
import { addMembership, createOfficer, type Officer } from "@/core/auth/officers";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import type { OfficerRole } from "@/core/http/context";

import { BrowserSession, type Page } from "./browser-session";

export const TEST_OFFICER_PASSWORD = "correct horse battery staple";

export interface TestOfficer {
  officer: Officer;
  email: string;
  password: string;
  /** The enrolled second-factor secret (base32), or null before enrolment. */
  totpSecret: string | null;
}

/** The code an authenticator app would show, computed independently of Pratu's own TOTP code. */
export function totpCodeFor(secret: string, at: number = Date.now()): string {
  return new TOTP({
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  }).generate({ timestamp: at });
}

/** An agency's id by its code (demo data or one the test made). */
export async function agencyIdOf(db: Database, code: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>("select id from agencies where code = $1", [
    code,
  ]);
  if (!rows[0]) throw new Error(`No agency ${code}; seed the demo data first.`);
  return rows[0].id;
}

/**
 * An officer with a unique address, members of the given agencies, with a
 * confirmed second factor unless `hasTotp` is false.
 */
export async function createTestOfficer({
  db,
  secrets,
  memberships = [],
  hasTotp = true,
  password = TEST_OFFICER_PASSWORD,
}: {
  db: Database;
  secrets: SecretBox;
  memberships?: { agencyCode: string; role: OfficerRole }[];
  hasTotp?: boolean;
  password?: string;
}): Promise<TestOfficer> {
  const email = `officer-${newId()}@test.example`;
  const officer = await createOfficer({
    db,
    email,
    nameTh: "เจ้าหน้าที่ ทดสอบ",
    nameEn: "Test Officer",
    password,
  });
  for (const { agencyCode, role } of memberships) {
    await addMembership(db, {
      agencyId: await agencyIdOf(db, agencyCode),
      officerId: officer.id,
      role,
    });
  }
  let totpSecret: string | null = null;
  if (hasTotp) {
    totpSecret = new Secret({ size: 20 }).base32;
    await setConfirmedTotpSecret({ db, secrets, officerId: officer.id, secret: totpSecret });
  }
  return { officer, email, password, totpSecret };
}

/** Signs an officer in through the pages, password then code; returns the page that finally answers. */
export async function signInOfficer(
  browser: BrowserSession,
  officer: Pick<TestOfficer, "email" | "password" | "totpSecret">,
  { next, at }: { next?: string; at?: number } = {},
): Promise<Page> {
  if (!officer.totpSecret) throw new Error("The officer has no second factor to sign in with.");
  const signIn = await browser.get(
    next ? `/officer/sign-in?next=${encodeURIComponent(next)}` : "/officer/sign-in",
  );
  const afterPassword = await browser.submit(signIn, "/officer/sign-in", {
    email: officer.email,
    password: officer.password,
  });
  const verify = await browser.follow(afterPassword);
  const afterCode = await browser.submit(verify, "/officer/sign-in/verify", {
    code: totpCodeFor(officer.totpSecret, at),
  });
  return browser.follow(afterCode);
}

/** A bearer token for an officer, as `pratu dev token` would issue. */
export function officerBearerToken(db: Database, officerId: string): Promise<string> {
  return createAccessToken(db, { officerId }, { issuedBy: "test", ttlMinutes: 60 });
}

/**
 * One officer per named role, each signed in in a browser of their own: the
 * cast of a console test (`{ first: {agencyCode, role}, outsider: … }`).
 */
export async function signInOfficersByRole<Name extends string>(
  t: { app: ConstructorParameters<typeof BrowserSession>[0]; db: Database; secrets: SecretBox },
  roles: Record<Name, { agencyCode: string; role: OfficerRole }>,
): Promise<{ officers: Record<Name, TestOfficer>; browsers: Record<Name, BrowserSession> }> {
  const officers = {} as Record<Name, TestOfficer>;
  const browsers = {} as Record<Name, BrowserSession>;
  for (const name of Object.keys(roles) as Name[]) {
    officers[name] = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [roles[name]],
    });
    browsers[name] = new BrowserSession(t.app);
    await signInOfficer(browsers[name], officers[name]);
  }
  return { officers, browsers };
}
