import { hash, verify } from "@node-rs/argon2";

import type { Message } from "@/core/i18n";

import { authMessages as m } from "./auth-messages";

// OWASP Password Storage Cheat Sheet, first argon2id configuration: 19 MiB of
// memory, two passes, one lane. @node-rs/argon2 uses argon2id by default.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
// Long passphrases are welcome; the ceiling only keeps one request from
// making the server hash megabytes.
export const MAX_PASSWORD_LENGTH = 256;

/** What is wrong with a new password, as a message to show, or null when it may be used. */
export function passwordProblem(password: string): Message | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return m.passwordTooShort;
  if (length > MAX_PASSWORD_LENGTH) return m.passwordTooLong;
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Whether the password matches the stored hash; a malformed hash never matches. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same work as checking a real password, so that an address with
 * no account is not answered measurably faster than one with an account.
 */
export async function verifyDecoyPassword(password: string): Promise<false> {
  decoyHash ??= hashPassword("decoy password that no account has");
  await verifyPassword(await decoyHash, password);
  return false;
}
