import type { FieldProblem } from "@/core/errors";
import { defineMessages, type Message, type Params, translate } from "@/core/i18n";

import { VC_V2_CONTEXT_URL } from "./contexts";
import { CanonicalizationError, canonicalizeJsonLd } from "./data-integrity";

const issueMessages = defineMessages({
  vc_v2_required: {
    th: "บริบทข้อมูลลำดับแรกต้องเป็น {context}",
    en: "The first context must be {context}.",
  },
  not_a_credential: {
    th: "ชนิด (type) ต้องมี VerifiableCredential",
    en: "The type must include VerifiableCredential.",
  },
  already_signed: {
    th: "ส่งข้อรับรองโดยไม่มีลายมือชื่อ ระบบจะลงนามให้",
    en: "Send the credential without a proof: Pratu signs it.",
  },
  wrong_issuer: {
    th: "หน่วยงานออกข้อรับรองได้ในนามของตนเองเท่านั้น: {did}",
    en: "An agency issues only as itself: {did}.",
  },
  undefined_term: {
    th: 'บริบทข้อมูลของข้อรับรองไม่ได้นิยาม "{term}"',
    en: '"{term}" is not defined by any context of the credential.',
  },
  unknown_context: {
    th: "ข้อรับรองใช้บริบทข้อมูลที่ระบบไม่รู้จัก",
    en: "The credential uses a JSON-LD context Pratu does not know.",
  },
  invalid_json_ld: {
    th: "ข้อรับรองไม่ใช่ JSON-LD ที่ถูกต้อง",
    en: "The credential is not valid JSON-LD.",
  },
} satisfies Record<string, Message>);

function problem(field: string, code: keyof typeof issueMessages, params?: Params): FieldProblem {
  const message = issueMessages[code];
  return {
    field,
    code,
    message: translate("en", message, params),
    messages: { th: translate("th", message, params), en: translate("en", message, params) },
  };
}

/**
 * What keeps an agency system's credential from being issued as it stands:
 * it must be a VC 2.0 credential without a proof, issued (if it says so) by
 * the agency itself, and every term must be defined by a context Pratu holds:
 * an undefined term would be dropped from what is signed, and mean nothing.
 */
export async function credentialIssueProblems(options: {
  credential: Record<string, unknown>;
  issuerDid: string;
}): Promise<FieldProblem[]> {
  const { credential, issuerDid } = options;
  const problems: FieldProblem[] = [];
  if ([credential["@context"]].flat()[0] !== VC_V2_CONTEXT_URL) {
    problems.push(problem("credential.@context", "vc_v2_required", { context: VC_V2_CONTEXT_URL }));
  }
  if (![credential.type].flat().includes("VerifiableCredential")) {
    problems.push(problem("credential.type", "not_a_credential"));
  }
  if (credential.proof !== undefined) problems.push(problem("credential.proof", "already_signed"));
  const issuer = credential.issuer;
  const issuerId =
    typeof issuer === "string"
      ? issuer
      : typeof issuer === "object" && issuer !== null
        ? (issuer as Record<string, unknown>).id
        : undefined;
  if (issuer !== undefined && issuerId !== issuerDid) {
    problems.push(problem("credential.issuer", "wrong_issuer", { did: issuerDid }));
  }
  if (problems.length > 0) return problems;
  try {
    await canonicalizeJsonLd(credential);
  } catch (error) {
    if (!(error instanceof CanonicalizationError)) throw error;
    problems.push(
      error.undefinedTerm
        ? problem("credential", "undefined_term", { term: error.undefinedTerm })
        : problem("credential", error.reason),
    );
  }
  return problems;
}
