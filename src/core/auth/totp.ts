import { Secret, TOTP } from "otpauth";

// RFC 6238 as every authenticator app implements it: SHA-1, six digits, 30 s.
const TOTP_PERIOD_SECONDS = 30;
const TOTP_DIGITS = 6;
// One step either side forgives a phone clock that is a little off.
const TOTP_WINDOW = 1;
const TOTP_ISSUER = "Pratu";

function totpFor(secret: string, label = "officer"): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new shared secret (160 bits, base32), as authenticator apps expect it. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountName: string): string {
  return totpFor(secret, accountName).toString();
}

/** The code an authenticator shows at the given instant. */
export function currentTotpCode(secret: string, at: number = Date.now()): string {
  return totpFor(secret).generate({ timestamp: at });
}

/** The number of the 30-second step an instant falls in. */
export function totpStep(at: number = Date.now()): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: at });
}

export type TotpMatch =
  { outcome: "accepted"; step: number } | { outcome: "reused" } | { outcome: "rejected" };

/**
 * Checks a code against the secret. A code of a step already used (at or
 * before `lastStep`) is refused, so a code seen over someone's shoulder or
 * replayed from a log cannot be used again.
 */
export function matchTotpCode({
  secret,
  code,
  lastStep,
  at = Date.now(),
}: {
  secret: string;
  code: string;
  lastStep: number | null;
  at?: number;
}): TotpMatch {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return { outcome: "rejected" };
  const delta = totpFor(secret).validate({ token, timestamp: at, window: TOTP_WINDOW });
  if (delta === null) return { outcome: "rejected" };
  const step = totpStep(at) + delta;
  if (lastStep !== null && step <= lastStep) return { outcome: "reused" };
  return { outcome: "accepted", step };
}
