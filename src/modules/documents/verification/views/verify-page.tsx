import { readFileSync } from "node:fs";

import type { FieldProblem } from "@/core/errors";
import { registerAsset } from "@/core/ui/assets";
import {
  Button,
  CsrfField,
  ErrorSummary,
  fieldId,
  PageHeading,
  TextAreaField,
  TextField,
} from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { verificationMessages as m } from "../messages";

const verifyStylesheetPath = registerAsset(
  "verify.css",
  readFileSync(new URL("../assets/verify.css", import.meta.url)),
  "text/css; charset=utf-8",
);

/** The verify pages' own styles; the layout has no slot for a stylesheet, and one in the body is allowed. */
export function VerifyStylesheet() {
  return <link rel="stylesheet" href={verifyStylesheetPath} />;
}

export interface VerifyFormValues {
  code?: string;
  credential?: string;
}

/** A problem as the page shows it: in the page's language. */
export function localProblems(
  page: PageContext,
  problems: readonly FieldProblem[],
): FieldProblem[] {
  return problems.map((problem) => ({
    ...problem,
    message: problem.messages?.[page.locale] ?? problem.message,
  }));
}

/** The three ways to verify, each its own form posting to /verify. */
export function VerifyForms({
  page,
  problems = [],
  values = {},
}: {
  page: PageContext;
  problems?: readonly FieldProblem[];
  values?: VerifyFormValues;
}) {
  const { t } = page;
  const errorOf = (field: string) => problems.find((problem) => problem.field === field)?.message;
  const fileError = errorOf("file");
  const fileId = fieldId("file");
  return (
    <div class="verify-ways">
      <section class="verify-way" aria-labelledby="verify-code-heading">
        <h2 id="verify-code-heading">{t(m.page.codeHeading)}</h2>
        <form method="post" action="/verify" novalidate>
          <CsrfField token={page.csrfToken} />
          <input type="hidden" name="via" value="code" />
          <TextField
            name="code"
            label={t(m.page.codeLabel)}
            hint={t(m.page.codeHint)}
            error={errorOf("code")}
            value={values.code}
            autocomplete="off"
            isShort
          />
          <Button>{t(m.page.codeButton)}</Button>
        </form>
      </section>
      <section class="verify-way" aria-labelledby="verify-file-heading">
        <h2 id="verify-file-heading">{t(m.page.fileHeading)}</h2>
        <form method="post" action="/verify" enctype="multipart/form-data" novalidate>
          <CsrfField token={page.csrfToken} />
          <input type="hidden" name="via" value="pdf" />
          <div class={fileError ? "field field--error" : "field"}>
            <label for={fileId}>{t(m.page.fileLabel)}</label>
            <span class="hint" id={`${fileId}-hint`}>
              {t(m.page.fileHint)}
            </span>
            {fileError ? (
              <span class="error-message" id={`${fileId}-error`}>
                {fileError}
              </span>
            ) : null}
            <input
              class={fileError ? "input input--error" : "input"}
              id={fileId}
              name="file"
              type="file"
              accept="application/pdf,.pdf"
              aria-invalid={fileError ? "true" : undefined}
              aria-describedby={fileError ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
            />
          </div>
          <Button>{t(m.page.fileButton)}</Button>
        </form>
      </section>
      <section class="verify-way" aria-labelledby="verify-credential-heading">
        <h2 id="verify-credential-heading">{t(m.page.credentialHeading)}</h2>
        <form method="post" action="/verify" novalidate>
          <CsrfField token={page.csrfToken} />
          <input type="hidden" name="via" value="credential" />
          <TextAreaField
            name="credential"
            label={t(m.page.credentialLabel)}
            hint={t(m.page.credentialHint)}
            error={errorOf("credential")}
            value={values.credential}
            rows={6}
            isCode
          />
          <Button>{t(m.page.credentialButton)}</Button>
        </form>
      </section>
    </div>
  );
}

export function VerifyPage({
  page,
  problems = [],
  values = {},
  title,
  intro,
}: {
  page: PageContext;
  problems?: readonly FieldProblem[];
  values?: VerifyFormValues;
  /** Another heading and opening, when the page answers a problem (a file too large, a code not found). */
  title?: string | undefined;
  intro?: string | undefined;
}) {
  const { t } = page;
  const shown = localProblems(page, problems);
  const heading = title ?? t(m.page.title);
  return (
    <Layout page={page} title={heading}>
      <VerifyStylesheet />
      <PageHeading>{heading}</PageHeading>
      <p class="lead">{intro ?? t(m.page.lead)}</p>
      <ErrorSummary t={t} problems={shown} />
      <VerifyForms page={page} problems={shown} values={values} />
      <p>{t(m.page.privacy)}</p>
    </Layout>
  );
}
