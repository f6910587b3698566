import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";
import { sign as signBytes } from "node:crypto";

import type { JWK } from "jose";

import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";

import type { SecretBox } from "./secrets";

/**
 * Something that signs for an agency. The built-in store keeps an ES256 key
 * per agency sealed in the database; an HSM or a cloud KMS can stand in by
 * implementing the same two members.
 */
export interface Signer {
  readonly kid: string;
  readonly algorithm: "ES256";
  /** A raw (IEEE P1363) ECDSA signature over `data`, as JWS expects. */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

export interface PublicSigningKey {
  agencyId: string;
  kid: string;
  jwk: JWK;
  createdAt: Date;
  retiredAt: Date | null;
}

interface KeyRow {
  agency_id: string;
  kid: string;
  public_jwk: JWK;
  private_key_sealed: string;
  created_at: Date;
  retired_at: Date | null;
}

/** Private keys opened once per process: opening means a decryption and a parse. */
const openedKeys = new Map<string, KeyObject>();

function signerFor(kid: string, privateKey: KeyObject): Signer {
  return {
    kid,
    algorithm: "ES256",
    sign: (data) =>
      Promise.resolve(signBytes("sha256", data, { key: privateKey, dsaEncoding: "ieee-p1363" })),
  };
}

function openPrivateKey(secrets: SecretBox, row: KeyRow): KeyObject {
  const cached = openedKeys.get(row.kid);
  if (cached) return cached;
  const key = createPrivateKey({
    key: JSON.parse(secrets.open(row.private_key_sealed)) as JWK & { kty: string },
    format: "jwk",
  });
  openedKeys.set(row.kid, key);
  return key;
}

async function selectActiveKey(db: Database, agencyId: string): Promise<KeyRow | undefined> {
  return withinAgency(db, agencyId, async (scope) => {
    const { rows } = await scope.tx.query<KeyRow>(
      `select agency_id, kid, public_jwk, private_key_sealed, created_at, retired_at
         from agency_signing_keys where agency_id = $1 and retired_at is null`,
      [scope.agencyId],
    );
    return rows[0];
  });
}

/**
 * Current signers, per database and agency, kept for a minute: signing is on
 * the submit path. After a rotation elsewhere, this process moves to the new
 * key within the minute; what the old key signed stays verifiable anyway.
 */
const currentSigners = new WeakMap<Database, Map<string, { signer: Signer; at: number }>>();
const SIGNER_TTL_MS = 60_000;

function signerCacheOf(db: Database): Map<string, { signer: Signer; at: number }> {
  let cache = currentSigners.get(db);
  if (!cache) {
    cache = new Map();
    currentSigners.set(db, cache);
  }
  return cache;
}

/**
 * The agency's current signing key, made on first use. Two processes making
 * it at once agree on one: the second insert yields to the unique index.
 */
export async function agencySigner(options: {
  db: Database;
  secrets: SecretBox;
  agencyId: string;
}): Promise<Signer> {
  const cache = signerCacheOf(options.db);
  const cached = cache.get(options.agencyId);
  if (cached && Date.now() - cached.at < SIGNER_TTL_MS) return cached.signer;
  const signer = await loadAgencySigner(options);
  cache.set(options.agencyId, { signer, at: Date.now() });
  return signer;
}

async function loadAgencySigner(options: {
  db: Database;
  secrets: SecretBox;
  agencyId: string;
}): Promise<Signer> {
  const { db, secrets, agencyId } = options;
  let row = await selectActiveKey(db, agencyId);
  if (!row) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const kid = newId();
    const publicJwk = { ...publicKey.export({ format: "jwk" }), kid, alg: "ES256", use: "sig" };
    await withinAgency(db, agencyId, (scope) =>
      scope.tx.query(
        `insert into agency_signing_keys (agency_id, kid, algorithm, public_jwk, private_key_sealed)
         values ($1, $2, 'ES256', $3, $4)
         on conflict (agency_id) where retired_at is null do nothing`,
        [
          scope.agencyId,
          kid,
          JSON.stringify(publicJwk),
          secrets.seal(JSON.stringify(privateKey.export({ format: "jwk" }))),
        ],
      ),
    );
    row = await selectActiveKey(db, agencyId);
    if (!row) throw new Error("The agency's signing key could not be created.");
  }
  return signerFor(row.kid, openPrivateKey(secrets, row));
}

/** Retires the agency's current key: what it signed stays verifiable, new signatures use a new key. */
export async function rotateAgencySigningKey(options: {
  db: Database;
  agencyId: string;
}): Promise<void> {
  await withinAgency(options.db, options.agencyId, (scope) =>
    scope.tx.query(
      "update agency_signing_keys set retired_at = now() where agency_id = $1 and retired_at is null",
      [scope.agencyId],
    ),
  );
  signerCacheOf(options.db).delete(options.agencyId);
}

function toPublicKey(row: Omit<KeyRow, "private_key_sealed">): PublicSigningKey {
  return {
    agencyId: row.agency_id,
    kid: row.kid,
    jwk: row.public_jwk,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
  };
}

/** Every public key an agency has signed with, retired ones included, newest first. */
export async function listAgencyPublicKeys(options: {
  db: Database;
  agencyId: string;
}): Promise<PublicSigningKey[]> {
  return withinAgency(options.db, options.agencyId, async (scope) => {
    const { rows } = await scope.tx.query<Omit<KeyRow, "private_key_sealed">>(
      `select agency_id, kid, public_jwk, created_at, retired_at from agency_signing_keys
        where agency_id = $1 order by created_at desc`,
      [scope.agencyId],
    );
    return rows.map(toPublicKey);
  });
}

/** A public key by its id, whichever agency holds it: verification starts from the signature. */
export async function findPublicSigningKey(options: {
  db: Database;
  kid: string;
}): Promise<PublicSigningKey | null> {
  const { rows } = await options.db.query<Omit<KeyRow, "private_key_sealed">>(
    "select agency_id, kid, public_jwk, created_at, retired_at from agency_signing_keys where kid = $1",
    [options.kid],
  );
  return rows[0] ? toPublicKey(rows[0]) : null;
}

/** The public half as a key object, for code that verifies without jose. */
export function publicKeyObject(jwk: JWK): KeyObject {
  return createPublicKey({ key: jwk, format: "jwk" });
}
