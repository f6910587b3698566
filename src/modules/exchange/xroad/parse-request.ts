import { z } from "zod";

import { translate } from "@/core/i18n";

import {
  type ClientId,
  MEMBER_CLASS,
  parseClientId,
  parseServiceId,
  PurposeSchema,
  type ServiceId,
} from "../schema";
import { type EdgeError, edgeErrors } from "./errors";

/** A request the edge refuses, with the code and text to answer with. */
export interface EdgeRefusal {
  error: EdgeError;
  params?: Record<string, string>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; refusal: EdgeRefusal };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = <T>(error: EdgeError, params?: Record<string, string>): Parsed<T> => ({
  ok: false,
  refusal: { error, ...(params ? { params } : {}) },
});

/** The message of a refusal with its parameters filled in, in both languages. */
export function refusalMessage(refusal: EdgeRefusal) {
  return {
    th: translate("th", refusal.error.message, refusal.params),
    en: translate("en", refusal.error.message, refusal.params),
  };
}

// Printable ASCII without spaces: what fits in a header and a log column unescaped.
const UserIdSchema = z.string().regex(/^[\x21-\x7e]{1,128}$/);
const IssueSchema = z.string().regex(/^[\x21-\x7e]{1,128}$/);
// The edge checks only that a subject identifier is plausible; the call path
// checks it against the registry's subject kind (citizen or juristic ID).
const SubjectIdSchema = z.string().regex(/^[0-9A-Za-z-]{1,64}$/);
const FieldKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,62}$/);

/** `X-Road-Client` of this instance, class GOV, with an optional subsystem. */
export function parseClientHeader(header: string | undefined, instance: string): Parsed<ClientId> {
  if (header === undefined || header.trim() === "") return refuse(edgeErrors.missingClient);
  const client = parseClientId(decodeParts(header.trim()));
  if (!client || client.instance !== instance) return refuse(edgeErrors.invalidClient);
  return ok(client);
}

/** The optional headers of a data call; a malformed one is refused rather than ignored. */
export function parseCallHeaders(headers: {
  userId: string | undefined;
  purpose: string | undefined;
  issue: string | undefined;
}): Parsed<{ userId: string | null; purpose: string; issue: string | null }> {
  const userId = headers.userId?.trim() || null;
  if (userId !== null && !UserIdSchema.safeParse(userId).success)
    return refuse(edgeErrors.invalidHeader, { header: "X-Road-UserId" });
  const issue = headers.issue?.trim() || null;
  if (issue !== null && !IssueSchema.safeParse(issue).success)
    return refuse(edgeErrors.invalidHeader, { header: "X-Road-Issue" });
  const purpose = headers.purpose?.trim();
  if (!purpose) return refuse(edgeErrors.missingPurpose);
  if (!PurposeSchema.safeParse(purpose).success)
    return refuse(edgeErrors.invalidHeader, { header: "X-Road-Purpose" });
  return ok({ userId, purpose, issue });
}

/**
 * The service the path names. Any malformed part is the consumer's error
 * (`Client.BadRequest`); a well-formed service of another instance is
 * unknown here.
 */
export function parseServicePath(
  parts: {
    instance: string;
    memberClass: string;
    memberCode: string;
    subsystem: string;
    serviceCode: string;
  },
  instance: string,
): Parsed<ServiceId> {
  const service = parseServiceId(
    [parts.instance, parts.memberClass, parts.memberCode, parts.subsystem, parts.serviceCode].join(
      "/",
    ),
  );
  if (!service) return refuse(edgeErrors.badRequest);
  if (service.instance !== instance) return refuse(edgeErrors.unknownService);
  return ok(service);
}

/** A provider subsystem as the metadata services name it: `/r1/INSTANCE/GOV/MEMBER/SUBSYSTEM/...`. */
export function parseProviderPath(
  parts: { instance: string; memberClass: string; memberCode: string; subsystem: string },
  instance: string,
): Parsed<ClientId & { subsystemCode: string }> {
  const provider = parseClientId(
    [parts.instance, parts.memberClass, parts.memberCode, parts.subsystem].join("/"),
  );
  if (!provider?.subsystemCode || provider.memberClass !== MEMBER_CLASS)
    return refuse(edgeErrors.badRequest);
  if (provider.instance !== instance) return refuse(edgeErrors.unknownMember);
  return ok({ ...provider, subsystemCode: provider.subsystemCode });
}

export function parseSubjectId(value: string): Parsed<string> {
  return SubjectIdSchema.safeParse(value).success ? ok(value) : refuse(edgeErrors.badRequest);
}

/**
 * The only query a data call takes: `fields=a,b`, at most once (a repeated
 * parameter is refused rather than guessed at: HTTP parameter pollution).
 */
export function parseDataQuery(
  query: Record<string, string[]>,
): Parsed<{ fields: string[] | undefined }> {
  const names = Object.keys(query);
  if (names.some((name) => name !== "fields")) return refuse(edgeErrors.invalidQuery);
  const values = query.fields;
  if (values === undefined) return ok({ fields: undefined });
  if (values.length !== 1) return refuse(edgeErrors.invalidQuery);
  const fields = [...new Set(values[0]!.split(",").map((field) => field.trim()))];
  if (fields.length === 0 || fields.some((field) => !FieldKeySchema.safeParse(field).success))
    return refuse(edgeErrors.invalidQuery);
  return ok({ fields });
}

/** X-Road percent-encodes each part of an identifier separately; `/` stays the separator. */
function decodeParts(value: string): string {
  try {
    return value
      .split("/")
      .map((part) => decodeURIComponent(part))
      .join("/");
  } catch {
    return "\u0000";
  }
}
