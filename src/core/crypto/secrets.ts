import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import type { Config } from "@/config/schema";

import { hmacHex, randomToken } from "./tokens";

/**
 * The platform's secret key and what is derived from it: sealing secrets at
 * rest (AES-256-GCM) and keyed hashes of national IDs. Separate keys are
 * derived for each purpose so one use can never be turned against another.
 */
export class SecretBox {
  readonly #sealKey: Buffer;
  readonly #nationalIdKey: string;
  readonly #purposeKeyRoot: Buffer;

  constructor(secretKey: string) {
    this.#purposeKeyRoot = Buffer.from(
      hkdfSync("sha256", secretKey, "pratu", "purpose-keys/v1", 32),
    );
    this.#sealKey = Buffer.from(hkdfSync("sha256", secretKey, "pratu", "seal/v1", 32));
    this.#nationalIdKey = Buffer.from(
      hkdfSync("sha256", secretKey, "pratu", "national-id/v1", 32),
    ).toString("hex");
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.#sealKey, iv);
    const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return [
      "v1",
      iv.toString("base64url"),
      body.toString("base64url"),
      cipher.getAuthTag().toString("base64url"),
    ].join(".");
  }

  open(sealed: string): string {
    const [version, iv, body, tag] = sealed.split(".");
    if (version !== "v1" || !iv || !body || !tag) throw new Error("Sealed value is malformed");
    const decipher = createDecipheriv("aes-256-gcm", this.#sealKey, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([
      decipher.update(Buffer.from(body, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  }

  /** A MAC key of its own for one named purpose (e.g. `queue-ticket/v1`), the same in every process. */
  keyFor(purpose: string): string {
    return Buffer.from(hkdfSync("sha256", this.#purposeKeyRoot, "", purpose, 32)).toString("hex");
  }

  /** The keyed hash under which a national ID is stored and looked up. */
  hashNationalId(nationalId: string): string {
    return hmacHex(this.#nationalIdKey, nationalId);
  }
}

/**
 * The configured key; in embedded mode without one, a key kept in the data
 * directory (created on first start), or a fresh one when nothing is saved.
 */
export function resolveSecretKey(config: Config): string {
  if (config.security.secretKey) return config.security.secretKey;
  if (config.database.ephemeral) return randomToken();
  const path = join(config.database.dataDir, "secret.key");
  if (existsSync(path)) return readFileSync(path, "utf8").trim();
  mkdirSync(config.database.dataDir, { recursive: true });
  const key = randomToken(48);
  writeFileSync(path, `${key}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return key;
}
