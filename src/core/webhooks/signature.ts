import { createHmac, timingSafeEqual } from "node:crypto";

/** A receiver accepts a signature this many seconds either side of its clock by default. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

function hmac(secret: string, timestamp: number, body: string | Uint8Array): Buffer {
  return createHmac("sha256", secret).update(`${timestamp}.`).update(body).digest();
}

/**
 * The `Pratu-Signature` header for a body sent at `timestamp` (Unix
 * seconds): `t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<body>">`,
 * keyed with the subscription's secret exactly as it was shown.
 */
export function signWebhookPayload({
  secret,
  body,
  timestamp,
}: {
  secret: string;
  body: string | Uint8Array;
  timestamp: number;
}): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body).toString("hex")}`;
}

export type WebhookSignatureCheck =
  | { isValid: true; timestamp: number }
  | { isValid: false; reason: "malformed" | "outside_tolerance" | "mismatch" };

/**
 * What a receiver does with a delivery, before it parses the body: checks
 * the signature over the raw body bytes as received, in constant time, and
 * refuses a timestamp too far from its clock (a replayed request). Any of
 * several `v1` values may match, so a secret can be rotated.
 */
export function verifyWebhookSignature({
  secret,
  header,
  body,
  now = new Date(),
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: {
  secret: string;
  header: string | null | undefined;
  body: string | Uint8Array;
  now?: Date;
  toleranceSeconds?: number;
}): WebhookSignatureCheck {
  if (!header) return { isValid: false, reason: "malformed" };
  let timestamp: number | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (key === "v1" && value && /^[0-9a-f]{64}$/.test(value)) {
      signatures.push(Buffer.from(value, "hex"));
    }
  }
  if (timestamp === undefined || signatures.length === 0) {
    return { isValid: false, reason: "malformed" };
  }
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds) {
    return { isValid: false, reason: "outside_tolerance" };
  }
  const expected = hmac(secret, timestamp, body);
  return signatures.some((signature) => timingSafeEqual(signature, expected))
    ? { isValid: true, timestamp }
    : { isValid: false, reason: "mismatch" };
}
