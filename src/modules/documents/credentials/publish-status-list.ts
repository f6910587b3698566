import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import { agencySigner } from "@/core/crypto/signing-keys";
import type { Database, Queryable } from "@/core/db/database";
import type { Agency } from "@/modules/agencies";

import { selectStatusEntries } from "../repo";
import { VC_V2_CONTEXT_URL } from "./contexts";
import { dateTimeOf } from "./data-integrity";
import { agencyDid, agencyVerificationMethod, statusListUrl, type StatusPurpose } from "./did-web";
import { signCredential } from "./sign-credential";
import { buildBitstring, encodeBitstring, statusListLength } from "./status-list";

/** Which document status sets an agency's bit in which list. */
const statusOfPurpose = { revocation: "revoked", suspension: "suspended" } as const;

interface CachedList {
  version: number;
  publicUrl: string;
  bits: Uint8Array;
  /** Signed on first request for it: verification inside Pratu needs only the bits. */
  credential?: Record<string, unknown>;
}

/**
 * Lists per database, agency and purpose, good for one status version: every
 * suspension, reinstatement and revocation moves the version, so a change
 * shows at the next read, and reads in between cost one small query.
 */
const cachedLists = new WeakMap<Database, Map<string, CachedList>>();

function cacheOf(db: Database): Map<string, CachedList> {
  let cache = cachedLists.get(db);
  if (!cache) {
    cache = new Map();
    cachedLists.set(db, cache);
  }
  return cache;
}

/** The agency's status version and the last place it has handed out in its lists. */
async function selectListCounters(
  db: Queryable,
  agencyId: string,
): Promise<{ version: number; lastIndex: number }> {
  const { rows } = await db.query<{ status_version: string; last_status_index: number }>(
    "select status_version, last_status_index from document_counters where agency_id = $1",
    [agencyId],
  );
  const row = rows[0];
  return row
    ? { version: Number(row.status_version), lastIndex: row.last_status_index }
    : { version: 0, lastIndex: -1 };
}

async function currentList(options: {
  db: Database;
  publicUrl: string;
  agencyId: string;
  purpose: StatusPurpose;
}): Promise<CachedList> {
  const { db, agencyId, purpose } = options;
  const cache = cacheOf(db);
  const key = `${agencyId}:${purpose}`;
  // The version is read before the entries, so a list is never older than the version it is kept under.
  const { version, lastIndex } = await selectListCounters(db, agencyId);
  const cached = cache.get(key);
  if (
    cached &&
    cached.version === version &&
    cached.publicUrl === options.publicUrl &&
    cached.bits.length * 8 > lastIndex
  ) {
    return cached;
  }
  const entries = await selectStatusEntries(db, agencyId);
  const bits = buildBitstring(
    statusListLength(lastIndex),
    entries
      .filter((entry) => entry.status === statusOfPurpose[purpose])
      .map((entry) => entry.statusIndex),
  );
  const list: CachedList = { version, publicUrl: options.publicUrl, bits };
  cache.set(key, list);
  return list;
}

/** The bits of one of the agency's lists as published now: what verification inside Pratu reads. */
export async function agencyStatusBits(options: {
  db: Database;
  config: Config;
  agencyId: string;
  purpose: StatusPurpose;
}): Promise<Uint8Array> {
  const list = await currentList({ ...options, publicUrl: options.config.server.publicUrl });
  return list.bits;
}

/**
 * The agency's BitstringStatusListCredential for one purpose, signed with the
 * agency's key (ecdsa-rdfc-2019), as served at
 * /agencies/<code>/credentials/status/<purpose>.
 */
export async function publishStatusList(options: {
  db: Database;
  secrets: SecretBox;
  config: Config;
  agency: Pick<Agency, "id" | "code">;
  purpose: StatusPurpose;
  now?: Date;
}): Promise<Record<string, unknown>> {
  const { db, agency, purpose } = options;
  const publicUrl = options.config.server.publicUrl;
  // The signer first: making an agency's first key opens a transaction of its own.
  const signer = await agencySigner({ db, secrets: options.secrets, agencyId: agency.id });
  const list = await currentList({ db, publicUrl, agencyId: agency.id, purpose });
  if (list.credential) return list.credential;
  const now = options.now ?? new Date();
  const url = statusListUrl(publicUrl, agency.code, purpose);
  const issuer = agencyDid(publicUrl, agency.code);
  list.credential = await signCredential({
    credential: {
      "@context": [VC_V2_CONTEXT_URL],
      id: url,
      type: ["VerifiableCredential", "BitstringStatusListCredential"],
      issuer,
      validFrom: dateTimeOf(now),
      credentialSubject: {
        id: `${url}#list`,
        type: "BitstringStatusList",
        statusPurpose: purpose,
        encodedList: encodeBitstring(list.bits),
      },
    },
    signer,
    verificationMethod: agencyVerificationMethod(issuer, signer.kid),
    created: now,
  });
  return list.credential;
}
