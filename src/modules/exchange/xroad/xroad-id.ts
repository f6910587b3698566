import { randomUUID } from "node:crypto";

import { z } from "zod";

// Printable ASCII without spaces: what fits in a header and a log column unescaped.
const XroadIdSchema = z.string().regex(/^[\x21-\x7e]{1,128}$/);

/**
 * The X-Road-Id in force: the consumer's when it sent a well-formed one,
 * otherwise a new UUID (and a refusal for a malformed one, answered under
 * the new id so the answer still names a message).
 */
export function readXroadId(header: string | undefined): { id: string; isMalformed: boolean } {
  const value = header?.trim();
  if (value === undefined || value === "") return { id: randomUUID(), isMalformed: false };
  return XroadIdSchema.safeParse(value).success
    ? { id: value, isMalformed: false }
    : { id: randomUUID(), isMalformed: true };
}
