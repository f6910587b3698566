import type { Config } from "@/config/schema";
import { recordAudit } from "@/core/audit";
import type { SecretBox } from "@/core/crypto/secrets";
import { type Database, transaction } from "@/core/db/database";
import {
  formatThaiCitizenId,
  normalizeThaiCitizenId,
  normalizeThaiIdInput,
} from "@/core/identity/thai-id";

import { acrFor, defaultDevAssurance, parseAcr } from "./assurance";
import { upsertCitizen } from "./citizens";
import { createAccessToken } from "./credentials";
import { DEV_IDENTITY_ISSUER_KEY, type DevPerson, devSubjectFor } from "./dev-identity-provider";
import { findOfficerByEmail } from "./officers";

/** A problem with the command line itself; the CLI prints it and exits with 2. */
export class DevTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DevTokenError";
  }
}

export type DevTokenSubject =
  { type: "citizen"; citizenId: string } | { type: "officer"; email: string };

/** Reads `citizen:<13-digit ID>` or `officer:<email>`. */
export function parseDevTokenSubject(value: string | undefined): DevTokenSubject {
  const match = value ? /^(citizen|officer):(.+)$/.exec(value.trim()) : null;
  if (!match) {
    throw new DevTokenError(
      "Say who the token is for: --as citizen:<13-digit citizen ID> or --as officer:<email>.",
    );
  }
  const [, type, rest = ""] = match;
  if (type === "officer") return { type: "officer", email: rest.trim().toLowerCase() };
  const citizenId = normalizeThaiCitizenId(rest);
  if (!citizenId) {
    const digits = normalizeThaiIdInput(rest);
    throw new DevTokenError(
      /^\d{13}$/.test(digits)
        ? `${formatThaiCitizenId(digits)} is not a valid citizen ID: its check digit is wrong.`
        : `"${rest}" is not a citizen ID: expected 13 digits, e.g. 1-2345-67890-12-1.`,
    );
  }
  return { type: "citizen", citizenId };
}

/**
 * Issues a bearer token for development: for a citizen (created as the
 * built-in provider would create them, so the same person signing in through
 * the browser is the same citizen) or for an existing officer. Only while
 * the development identity provider is on.
 */
export async function issueDevToken({
  db,
  config,
  secrets,
  subject,
  assurance = acrFor(defaultDevAssurance),
  people = [],
}: {
  db: Database;
  config: Config;
  secrets: SecretBox;
  subject: DevTokenSubject;
  assurance?: string | undefined;
  /** Demo people whose names a citizen created here should carry. */
  people?: readonly DevPerson[];
}): Promise<{ token: string; expiresInMinutes: number; actorId: string }> {
  if (!config.auth.devIdentityProvider) {
    throw new DevTokenError(
      "Development tokens are only available while the development identity provider is on (PRATU_DEV_IDP=true).",
    );
  }
  if (!parseAcr(assurance)) {
    throw new DevTokenError(
      `"${assurance}" is not an assurance level; use e.g. ${acrFor(defaultDevAssurance)}.`,
    );
  }
  const ttlMinutes = config.security.sessionAbsoluteHours * 60;
  const issuedBy = "pratu dev token";
  return transaction(db, async (tx) => {
    let actorId: string;
    let token: string;
    if (subject.type === "citizen") {
      const person = people.find((candidate) => candidate.citizenId === subject.citizenId);
      const citizen = await upsertCitizen(tx, {
        secrets,
        isSignIn: false,
        identity: {
          issuer: DEV_IDENTITY_ISSUER_KEY,
          subject: devSubjectFor(secrets, subject.citizenId),
          assurance,
          citizenId: subject.citizenId,
          nameTh: person ? `${person.givenNameTh} ${person.familyNameTh}` : null,
          nameEn: person ? `${person.givenNameEn} ${person.familyNameEn}` : null,
          email: person?.email ?? null,
        },
      });
      actorId = citizen.id;
      token = await createAccessToken(
        tx,
        { citizenId: citizen.id, assurance },
        { issuedBy, ttlMinutes },
      );
    } else {
      const officer = await findOfficerByEmail(tx, subject.email);
      if (!officer) throw new DevTokenError(`No officer has the email ${subject.email}.`);
      if (officer.isDisabled) throw new DevTokenError(`The officer ${subject.email} is disabled.`);
      actorId = officer.id;
      token = await createAccessToken(tx, { officerId: officer.id }, { issuedBy, ttlMinutes });
    }
    await recordAudit(tx, {
      action: "access_token.issued",
      actor: { type: "system", id: "pratu-cli" },
      agencyId: null,
      target: { type: subject.type, id: actorId },
      details: {
        issuedBy,
        ttlMinutes,
        ...(subject.type === "citizen" ? { assurance } : {}),
      },
    });
    return { token, expiresInMinutes: ttlMinutes, actorId };
  });
}

export const devCommandUsage =
  "Usage: pratu dev token --as citizen:<13-digit citizen ID> | officer:<email> [--level <acr>]";

/**
 * `pratu dev token`: prints a bearer token on standard output (so a shell can
 * capture it) and what it is for on standard error. Exit 2 for a wrong
 * command line or when development tokens are off.
 */
export async function runDevCommand({
  args,
  as,
  level,
  config,
  people,
  open,
  print = console.log,
  printError = console.error,
}: {
  args: readonly string[];
  as: string | undefined;
  level: string | undefined;
  config: Config;
  people: readonly DevPerson[];
  /** Opens the database, migrated, when the command line is sound. */
  open: () => Promise<{ db: Database; secrets: SecretBox }>;
  print?: (line: string) => void;
  printError?: (line: string) => void;
}): Promise<number> {
  if (args.length !== 1 || args[0] !== "token") {
    printError(devCommandUsage);
    return 2;
  }
  try {
    if (!config.auth.devIdentityProvider) {
      throw new DevTokenError(
        "Development tokens are only available while the development identity provider is on (PRATU_DEV_IDP=true).",
      );
    }
    const subject = parseDevTokenSubject(as);
    const { db, secrets } = await open();
    try {
      const issued = await issueDevToken({
        db,
        config,
        secrets,
        subject,
        assurance: level,
        people,
      });
      print(issued.token);
      printError(
        `Bearer token for ${subject.type === "citizen" ? formatThaiCitizenId(subject.citizenId) : subject.email}, valid ${issued.expiresInMinutes} minutes.\n` +
          `Use it as: Authorization: Bearer <token>`,
      );
      return 0;
    } finally {
      await db.close();
    }
  } catch (error) {
    if (error instanceof DevTokenError) {
      printError(error.message);
      return 2;
    }
    throw error;
  }
}
