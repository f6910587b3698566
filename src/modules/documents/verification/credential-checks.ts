import { formatDate, type Message } from "@/core/i18n";

import type { CredentialProblem, CredentialVerification } from "../credentials";
import { bilingual, checkItem, issuerCheck, notApplicable } from "./check-items";
import { verificationMessages as m } from "./messages";
import type { CheckItem, VerificationCheck } from "./schema";

/** Which line of the checklist each of the credential verifier's problems belongs to. */
const problemCheck: Partial<Record<CredentialProblem["code"], VerificationCheck>> = {
  malformed_did: "issuer",
  unknown_issuer: "issuer",
  issuer_not_registered: "issuer",
  revoked: "status",
  suspended: "status",
  status_entry_invalid: "status",
  status_unchecked: "status",
  no_status: "status",
  invalid_dates: "validity",
  not_yet_valid: "validity",
  expired: "validity",
};

function checkOf(problem: CredentialProblem): VerificationCheck {
  return problemCheck[problem.code] ?? "signature";
}

function failedWith(check: VerificationCheck, problem: CredentialProblem): CheckItem {
  return checkItem(check, "failed", problem.code, problem.messages);
}

/**
 * The credential verifier's checklist as the first four lines of ours:
 * signature, issuer, status and validity. (Sameness with what was issued is
 * the caller's to say, from the record it found.)
 */
export function credentialChecks(verification: CredentialVerification, now: Date): CheckItem[] {
  const { checklist, errors } = verification;
  const errorFor = (check: VerificationCheck) =>
    errors.find((problem) => checkOf(problem) === check);

  const issuerError = errorFor("issuer");
  const signatureError = errorFor("signature");
  let signature: CheckItem;
  if (checklist.proof.status === "passed") {
    signature = checkItem(
      "signature",
      "passed",
      "signature_valid",
      bilingual(m.checks.signature.credentialValid, () => ({
        suite: checklist.proof.cryptosuite ?? "-",
      })),
    );
  } else if (signatureError) {
    signature = failedWith("signature", signatureError);
  } else if (issuerError) {
    // Without a known issuer there is no key to check the signature with.
    signature = failedWith("signature", issuerError);
  } else {
    signature = notApplicable("signature", "not_checked", m.checks.issuer.unknownWithoutSignature);
  }

  const issuer =
    checklist.issuer.status === "passed"
      ? issuerCheck(checklist.issuer.agency)
      : issuerError
        ? failedWith("issuer", issuerError)
        : notApplicable(
            "issuer",
            "signature_not_verified",
            m.checks.issuer.unknownWithoutSignature,
          );

  return [signature, issuer, statusLine(verification, now), validityLine(verification)];
}

function statusLine(verification: CredentialVerification, now: Date): CheckItem {
  const { status } = verification.checklist;
  if (status.status === "passed") {
    return checkItem(
      "status",
      "passed",
      "active",
      bilingual(m.checks.status.active, (locale) => ({ at: formatDate(now, locale, "dateTime") })),
    );
  }
  if (status.status === "failed") {
    if (status.state === "revoked" || status.state === "suspended") {
      const message =
        status.state === "revoked" ? m.checks.status.revoked : m.checks.status.suspended;
      const changedAt = status.changedAt;
      return checkItem(
        "status",
        "failed",
        status.state,
        bilingual(message, (locale) => ({
          at: changedAt ? formatDate(changedAt, locale, "dateTime") : "-",
          reason: status.reason ?? "-",
        })),
      );
    }
    const problem = verification.errors.find((error) => checkOf(error) === "status");
    if (problem) return failedWith("status", problem);
  }
  const warning = verification.warnings.find((problem) => checkOf(problem) === "status");
  if (warning) return checkItem("status", "not_applicable", warning.code, warning.messages);
  return notApplicable("status", "not_checked", m.checks.status.unknownDocument);
}

function validityLine(verification: CredentialVerification): CheckItem {
  const { validity } = verification.checklist;
  const until = validity.validUntil;
  const dated = (message: Message) =>
    bilingual(message, (locale) => ({ date: until ? formatDate(until, locale, "date") : "-" }));
  if (validity.status === "passed") {
    return until
      ? checkItem("validity", "passed", "valid_until", dated(m.checks.validity.validUntil))
      : checkItem("validity", "passed", "no_expiry", bilingual(m.checks.validity.noEnd));
  }
  const problem = verification.errors.find((error) => checkOf(error) === "validity");
  if (validity.status === "failed" && problem) {
    if (problem.code === "expired")
      return checkItem("validity", "failed", "expired", dated(m.checks.validity.expired));
    if (problem.code === "not_yet_valid") {
      return checkItem(
        "validity",
        "failed",
        "not_yet_valid",
        bilingual(m.checks.validity.notYetValid),
      );
    }
    return failedWith("validity", problem);
  }
  return notApplicable("validity", "not_checked", m.checks.validity.unknownDocument);
}
