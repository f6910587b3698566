import { randomInt } from "node:crypto";

import type { SecretBox } from "@/core/crypto/secrets";
import { equalsInConstantTime } from "@/core/crypto/tokens";

/** Crockford's alphabet: no I, L, O or U to misread when typed from paper. */
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * The code printed on a receipt that, with the reference number, lets anyone
 * holding the receipt check the status without signing in. 40 random bits;
 * the lookup is rate limited. Kept sealed, so the applicant can see it again.
 */
export function newStatusCode(): string {
  let code = "";
  for (let index = 0; index < 8; index += 1) code += alphabet[randomInt(alphabet.length)];
  return code;
}

export function formatStatusCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function matchesStatusCode(secrets: SecretBox, sealed: string, offered: string): boolean {
  return equalsInConstantTime(secrets.open(sealed), offered);
}
