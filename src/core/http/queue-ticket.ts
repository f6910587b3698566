import { equalsInConstantTime, hmacHex, randomToken } from "@/core/crypto/tokens";

export interface QueueTicket {
  /** Names the admission class the ticket holds a place for, e.g. `submit`. */
  admissionClass: string;
  /** When the holder first asked and was made to wait (milliseconds since the epoch). */
  claimedAt: number;
  /** Tells one holder's ticket from another's, so a copied ticket can be used only once at a time. */
  id: string;
}

const VERSION = "q1";

/** `q1.<class>.<claimedAt>.<id>.<mac>`: short enough for a cookie or a header. */
export function signQueueTicket(key: string, ticket: Omit<QueueTicket, "id"> & { id?: string }) {
  const id = ticket.id ?? randomToken(12);
  const body = `${VERSION}.${ticket.admissionClass}.${ticket.claimedAt}.${id}`;
  return `${body}.${hmacHex(key, body)}`;
}

/**
 * The ticket when it is genuine, for this class, and neither expired nor
 * dated in the future; otherwise null, and the request counts as new.
 */
export function readQueueTicket(
  key: string,
  value: string | undefined,
  options: { admissionClass: string; now: number; validMilliseconds: number },
): QueueTicket | null {
  if (!value || value.length > 200) return null;
  const parts = value.split(".");
  if (parts.length !== 5) return null;
  const [version, admissionClass, claimedAtText, id, mac] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (version !== VERSION || admissionClass !== options.admissionClass) return null;
  if (!equalsInConstantTime(mac, hmacHex(key, parts.slice(0, 4).join(".")))) return null;
  if (!/^\d{1,15}$/.test(claimedAtText)) return null;
  const claimedAt = Number(claimedAtText);
  if (claimedAt > options.now || options.now - claimedAt > options.validMilliseconds) return null;
  return { admissionClass, claimedAt, id };
}
