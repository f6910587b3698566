import { AppError, type ErrorCode, type FieldProblem } from "@/core/errors";
import { type Message, type Params, translate } from "@/core/i18n";

import { verificationMessages as m } from "./messages";

/** What a verifier brings: the code from the paper (or its link), the PDF, or the credential. */
export type VerificationInput =
  | { kind: "code"; code: string }
  | { kind: "pdf"; bytes: Uint8Array }
  | { kind: "credential"; json: string };

/** The largest PDF the verify page and API read; Pratu's own are a few hundred kilobytes. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;
/** A form's other fields and the multipart boundaries, on top of the file. */
export const MAX_UPLOAD_BODY_BYTES = MAX_PDF_BYTES + 64 * 1024;
export const MAX_CREDENTIAL_CHARACTERS = 1_000_000;

/** One problem with what was sent, in both languages, as the API and the page show it. */
export function inputProblem(
  field: "code" | "file" | "credential",
  code: string,
  message: Message,
  params?: Params,
): FieldProblem {
  const messages = { th: translate("th", message, params), en: translate("en", message, params) };
  return { field, code, message: messages.en, messages };
}

export function rejectInput(errorCode: ErrorCode, problem: FieldProblem): never {
  throw new AppError(errorCode, problem.message, { fields: [problem] });
}

/** Letters a person may type for a digit the code alphabet (Crockford's) never uses as a letter. */
const MISREAD: Record<string, string> = { O: "0", I: "1", L: "1" };

/**
 * The code as stored, from what a person typed or pasted: any case, with
 * spaces or hyphens, or the whole `/v/` link from the QR code. Null when it
 * cannot be a code.
 */
export function normaliseVerifyCode(raw: string): string | null {
  let text = raw.trim();
  const link = /\/v\/([^/?#\s]*)/i.exec(text);
  if (link) text = link[1] ?? "";
  const code = text
    .replace(/[\s\-‐‑–—.]/g, "")
    .toUpperCase()
    .replace(/[OIL]/g, (letter) => MISREAD[letter] ?? letter);
  return /^[0-9A-Z]{10}$/.test(code) ? code : null;
}

/** The code to look up, or a problem saying what is wrong with what was typed. */
export function verifyCodeOf(raw: string): string {
  if (raw.trim() === "")
    rejectInput("validation_failed", inputProblem("code", "required", m.input.codeRequired));
  const code = normaliseVerifyCode(raw);
  if (!code)
    rejectInput("validation_failed", inputProblem("code", "invalid_code", m.input.codeInvalid));
  return code;
}

/** Refuses what cannot be a PDF before any parsing: nothing, too much, or another kind of file. */
export function assertPdfUpload(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    rejectInput("validation_failed", inputProblem("file", "empty_file", m.input.fileEmpty));
  }
  if (bytes.length > MAX_PDF_BYTES) {
    rejectInput("payload_too_large", inputProblem("file", "too_large", m.input.fileTooLarge));
  }
  if (Buffer.from(bytes.subarray(0, 5)).toString("latin1") !== "%PDF-") {
    rejectInput("validation_failed", inputProblem("file", "not_pdf", m.input.fileNotPdf));
  }
}

/** The pasted credential as a JSON object, or a problem naming what is wrong with it. */
export function parseCredentialJson(json: string): Record<string, unknown> {
  if (json.trim() === "") {
    rejectInput(
      "validation_failed",
      inputProblem("credential", "required", m.input.credentialRequired),
    );
  }
  if (json.length > MAX_CREDENTIAL_CHARACTERS) {
    rejectInput(
      "payload_too_large",
      inputProblem("credential", "too_long", m.input.credentialTooLong, {
        max: MAX_CREDENTIAL_CHARACTERS.toLocaleString("en"),
      }),
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : "JSON";
    rejectInput(
      "validation_failed",
      inputProblem("credential", "not_json", m.input.credentialNotJson, { detail }),
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    rejectInput(
      "validation_failed",
      inputProblem("credential", "not_object", m.input.credentialNotObject),
    );
  }
  return value as Record<string, unknown>;
}
