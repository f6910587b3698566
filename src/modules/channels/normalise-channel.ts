import { AppError } from "@/core/errors";

import {
  displayDomain,
  displayPhone,
  normaliseDomain,
  normaliseLineId,
  normalisePhone,
  normaliseSender,
  normaliseUrl,
} from "./check/normalise";
import type { ChannelKind } from "./schema";

export interface NormalisedChannel {
  kind: ChannelKind;
  value: string;
  displayValue: string;
}

/** The stored form of a channel, so the checker can compare exactly; throws when it is not one. */
export function normaliseChannel(kind: ChannelKind, raw: string): NormalisedChannel {
  const value = normalisedValue(kind, raw.trim());
  if (value === null) {
    throw new AppError("validation_failed", `Not a valid ${kind}: ${raw}`, {
      fields: [{ field: "value", message: "invalid" }],
    });
  }
  return { kind, value, displayValue: displayOf(kind, value, raw.trim()) };
}

function normalisedValue(kind: ChannelKind, raw: string): string | null {
  switch (kind) {
    case "website":
    case "email_domain":
      return normaliseUrl(raw)?.host ?? null;
    case "eservice_url":
    case "facebook":
      return normaliseUrl(raw)?.href.replace(/^http:\/\//, "https://") ?? null;
    case "email": {
      const at = raw.lastIndexOf("@");
      const host = at > 0 ? normaliseDomain(raw.slice(at + 1)) : null;
      return host ? `${raw.slice(0, at).toLowerCase()}@${host}` : null;
    }
    case "line_oa":
      return normaliseLineId(raw);
    case "phone":
      return normalisePhone(raw);
    case "sms_sender":
      return normaliseSender(raw);
    case "app":
      return /^[a-z0-9._-]{3,200}$/i.test(raw) ? raw.toLowerCase() : null;
  }
}

function displayOf(kind: ChannelKind, value: string, raw: string): string {
  switch (kind) {
    case "website":
    case "email_domain":
      return displayDomain(value);
    case "phone":
      return displayPhone(value);
    case "sms_sender":
      return raw;
    default:
      return value;
  }
}
