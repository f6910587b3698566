import { formatDate, type Locale, type Message, type Params, translate } from "@/core/i18n";
import type { Agency } from "@/modules/agencies";

import type { IssuedDocument } from "../schema";
import { verificationMessages as m } from "./messages";
import type { CheckItem, CheckOutcome, Verdict, VerificationCheck } from "./schema";

/** A message in both languages, each with its own values (dates in the Buddhist Era in Thai). */
export function bilingual(
  message: Message,
  params?: (locale: Locale) => Params,
): { th: string; en: string } {
  return {
    th: translate("th", message, params?.("th")),
    en: translate("en", message, params?.("en")),
  };
}

export function checkItem(
  check: VerificationCheck,
  outcome: CheckOutcome,
  reason: string,
  messages: { th: string; en: string },
): CheckItem {
  return { check, outcome, reason, messages };
}

export function notApplicable(
  check: VerificationCheck,
  reason: string,
  message: Message,
): CheckItem {
  return checkItem(check, "not_applicable", reason, bilingual(message));
}

/** The issuer line: the agency that signed, as it stands in the register of agencies. */
export function issuerCheck(agency: Pick<Agency, "code" | "nameTh" | "nameEn"> | null): CheckItem {
  if (!agency) {
    return checkItem(
      "issuer",
      "failed",
      "issuer_not_registered",
      bilingual(m.checks.issuer.notRegistered),
    );
  }
  return checkItem(
    "issuer",
    "passed",
    "issuer_registered",
    bilingual(m.checks.issuer.known, (locale) => ({
      agency: locale === "th" ? agency.nameTh : agency.nameEn,
      code: agency.code,
    })),
  );
}

/** Revoked or suspended, with when and why, as the agency recorded it. */
export function statusCheck(document: IssuedDocument, now: Date): CheckItem {
  if (document.status === "active") {
    return checkItem(
      "status",
      "passed",
      "active",
      bilingual(m.checks.status.active, (locale) => ({ at: formatDate(now, locale, "dateTime") })),
    );
  }
  const message =
    document.status === "revoked" ? m.checks.status.revoked : m.checks.status.suspended;
  return checkItem(
    "status",
    "failed",
    document.status,
    bilingual(message, (locale) => ({
      at: document.statusChangedAt ? formatDate(document.statusChangedAt, locale, "dateTime") : "-",
      reason: document.statusReason ?? "-",
    })),
  );
}

export function validityCheck(document: IssuedDocument, now: Date): CheckItem {
  const until = document.validUntil;
  if (!until)
    return checkItem("validity", "passed", "no_expiry", bilingual(m.checks.validity.noEnd));
  const dated = (message: Message) =>
    bilingual(message, (locale) => ({ date: formatDate(until, locale, "date") }));
  return until.getTime() < now.getTime()
    ? checkItem("validity", "failed", "expired", dated(m.checks.validity.expired))
    : checkItem("validity", "passed", "valid_until", dated(m.checks.validity.validUntil));
}

/**
 * One word for the whole checklist. A file changed after signing says so
 * above all else; then anything that makes the document not genuine; then
 * the states of a genuine document that is not in force.
 */
export function verdictOf(checks: readonly CheckItem[]): Verdict {
  if (checks.some((item) => item.reason === "changed_after_signing"))
    return "changed_after_signing";
  const find = (check: VerificationCheck) => checks.find((item) => item.check === check);
  const isFailed = (check: VerificationCheck) => find(check)?.outcome === "failed";
  if (isFailed("signature") || isFailed("issuer") || isFailed("integrity")) return "not_valid";
  // Nothing about a document is known without its signature and issuer.
  if (find("signature")?.outcome !== "passed" || find("issuer")?.outcome !== "passed")
    return "not_valid";
  const status = find("status");
  if (status?.outcome === "failed") return status.reason === "revoked" ? "revoked" : "suspended";
  if (status?.outcome !== "passed") return "not_valid";
  const validity = find("validity");
  if (validity?.outcome === "failed")
    return validity.reason === "expired" ? "expired" : "not_valid";
  if (validity?.outcome !== "passed") return "not_valid";
  return "valid";
}
