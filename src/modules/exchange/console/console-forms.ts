import { bangkokTimeZone } from "@/core/i18n";

import type { CatalogueEntry } from "../grants/catalogue-repo";
import type { GrantView } from "../grants/grant-views";
import type { DecisionFormValues } from "./views/grant-page";
import type { RequestFormValues } from "./views/request-page";

/**
 * The console's forms as typed, and the API input built from them: the
 * form's names are the API's field paths, so a problem the use case names
 * lands beside the field it is about.
 */

type FormBody = Record<string, string | File | (string | File)[]>;

function text(body: FormBody, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first.trim() : "";
}

function list(body: FormBody, name: string): string[] {
  const value = body[name];
  const all = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return all.filter((item): item is string => typeof item === "string");
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Access "until" a date lasts to the end of that day in Bangkok. */
export function endOfDayInstant(date: string): string {
  const start = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00+07:00`) : NaN;
  return Number.isNaN(start) ? date : new Date(start + DAY_MS).toISOString();
}

/** The last day, in Bangkok, on which an expiry still lets calls through. */
export function lastDayOf(expiresAt: Date | null): string {
  if (!expiresAt) return "";
  return new Intl.DateTimeFormat("en-CA", { timeZone: bangkokTimeZone }).format(
    new Date(expiresAt.getTime() - 1),
  );
}

function numberOrUndefined(value: string): number | undefined {
  return value === "" ? undefined : Number(value);
}

export function requestValuesOf(body: FormBody): RequestFormValues {
  return {
    subsystem: text(body, "subsystem"),
    purpose: text(body, "purpose"),
    "purposeText.th": text(body, "purposeText.th"),
    "purposeText.en": text(body, "purposeText.en"),
    basis: text(body, "basis"),
    "legalBasis.th": text(body, "legalBasis.th"),
    "legalBasis.en": text(body, "legalBasis.en"),
    fields: list(body, "fields"),
    expiresAt: text(body, "expiresAt"),
    rateLimitPerMinute: text(body, "rateLimitPerMinute"),
  };
}

export function blankRequestValues(service: CatalogueEntry): RequestFormValues {
  return {
    subsystem: "",
    purpose: "",
    "purposeText.th": "",
    "purposeText.en": "",
    basis: "",
    "legalBasis.th": "",
    "legalBasis.en": "",
    fields: service.fields.map((field) => field.key),
    expiresAt: "",
    rateLimitPerMinute: "600",
  };
}

export function requestInputOf(service: string, values: RequestFormValues) {
  return {
    service,
    subsystem: values.subsystem || null,
    purpose: values.purpose,
    purposeText: { th: values["purposeText.th"], en: values["purposeText.en"] },
    basis: values.basis || undefined,
    legalBasis: { th: values["legalBasis.th"], en: values["legalBasis.en"] },
    fields: values.fields,
    expiresAt: values.expiresAt ? endOfDayInstant(values.expiresAt) : null,
    rateLimitPerMinute: numberOrUndefined(values.rateLimitPerMinute),
  };
}

export function decisionValuesOf(body: FormBody): DecisionFormValues {
  return {
    decision: text(body, "decision"),
    fields: list(body, "fields"),
    expiresAt: text(body, "expiresAt"),
    rateLimitPerMinute: text(body, "rateLimitPerMinute"),
    note: text(body, "note"),
  };
}

/** The decision form as the request left it: everything asked for, no decision yet. */
export function blankDecisionValues(view: GrantView): DecisionFormValues {
  return {
    decision: "",
    fields: view.grant.fields ?? view.service.fields.map((field) => field.key),
    expiresAt: lastDayOf(view.grant.expiresAt),
    rateLimitPerMinute: String(view.grant.rateLimitPerMinute),
    note: "",
  };
}

/** A rejection carries only its note: the rest of the form is about what an approval allows. */
export function decisionInputOf(values: DecisionFormValues) {
  const note = values.note || undefined;
  if (values.decision !== "approve") return { decision: values.decision || undefined, note };
  return {
    decision: "approve",
    fields: values.fields,
    expiresAt: values.expiresAt ? endOfDayInstant(values.expiresAt) : null,
    rateLimitPerMinute: numberOrUndefined(values.rateLimitPerMinute),
    note,
  };
}

export function noteOf(body: FormBody): string {
  return text(body, "note");
}
