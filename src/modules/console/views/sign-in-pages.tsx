import type { FieldProblem } from "@/core/errors";
import { Button, CsrfField, ErrorSummary, PageHeading, TextField } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { consoleMessages as m } from "../messages";

function problemOf(problems: readonly FieldProblem[], field: string): string | undefined {
  return problems.find((problem) => problem.field === field)?.message;
}

function NextField({ next }: { next: string | null }) {
  return next ? <input type="hidden" name="next" value={next} /> : null;
}

export function SignInPage({
  page,
  email,
  next,
  problems,
  passwordError,
}: {
  page: PageContext;
  email: string;
  next: string | null;
  problems: readonly FieldProblem[];
  /** Shown beside the password too when the pair of them was refused. */
  passwordError?: string | undefined;
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t(m.signIn.title)}>
      <ErrorSummary t={t} problems={problems} />
      <PageHeading>{t(m.signIn.title)}</PageHeading>
      <p class="lead">{t(m.signIn.lead)}</p>
      <form method="post" action="/officer/sign-in" novalidate>
        <CsrfField token={page.csrfToken} />
        <NextField next={next} />
        <TextField
          name="email"
          type="email"
          label={t(m.signIn.email)}
          hint={t(m.signIn.emailHint)}
          value={email}
          autocomplete="username"
          error={problemOf(problems, "email")}
          isRequired
        />
        <TextField
          name="password"
          type="password"
          label={t(m.signIn.password)}
          autocomplete="current-password"
          error={problemOf(problems, "password") ?? passwordError}
          isRequired
        />
        <Button>{t(m.signIn.continue)}</Button>
      </form>
      <p>
        {t(m.signIn.citizensElsewhere)} <a href="/sign-in">{t(m.signIn.citizensLink)}</a>
      </p>
    </Layout>
  );
}

function CodeField({ page, problems }: { page: PageContext; problems: readonly FieldProblem[] }) {
  const { t } = page;
  return (
    <TextField
      name="code"
      label={t(m.verify.code)}
      hint={t(m.verify.codeHint)}
      autocomplete="one-time-code"
      inputmode="numeric"
      error={problemOf(problems, "code")}
      isRequired
      isShort
    />
  );
}

export function VerifyPage({
  page,
  next,
  problems,
}: {
  page: PageContext;
  next: string | null;
  problems: readonly FieldProblem[];
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t(m.verify.title)}>
      <ErrorSummary t={t} problems={problems} />
      <PageHeading>{t(m.verify.title)}</PageHeading>
      <p class="lead">{t(m.verify.lead)}</p>
      <form method="post" action="/officer/sign-in/verify" novalidate>
        <CsrfField token={page.csrfToken} />
        <NextField next={next} />
        <CodeField page={page} problems={problems} />
        <Button>{t(m.verify.confirm)}</Button>
      </form>
      <p>
        <a href="/officer/sign-in">{t(m.verify.startAgain)}</a>
      </p>
    </Layout>
  );
}

/** The secret in groups of four, as authenticator apps print it and people type it. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

export function EnrolPage({
  page,
  email,
  secret,
  qrCodeDataUri,
  next,
  problems,
}: {
  page: PageContext;
  email: string;
  secret: string;
  qrCodeDataUri: string;
  next: string | null;
  problems: readonly FieldProblem[];
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t(m.enrol.title)}>
      <ErrorSummary t={t} problems={problems} />
      <PageHeading>{t(m.enrol.title)}</PageHeading>
      <p class="lead">{t(m.enrol.lead)}</p>
      <h2>{t(m.enrol.scanHeading)}</h2>
      <p>{t(m.enrol.scan)}</p>
      <img src={qrCodeDataUri} alt={t(m.enrol.qrAlt, { email })} width="240" height="240" />
      <p>{t(m.enrol.typeInstead)}</p>
      <dl class="summary-list">
        <dt>{t(m.enrol.secretLabel)}</dt>
        <dd>
          <code>{groupSecret(secret)}</code>
        </dd>
      </dl>
      <h2>{t(m.enrol.confirmHeading)}</h2>
      <form method="post" action="/officer/sign-in/enrol" novalidate>
        <CsrfField token={page.csrfToken} />
        <NextField next={next} />
        <CodeField page={page} problems={problems} />
        <Button>{t(m.enrol.confirm)}</Button>
      </form>
      <p>
        <a href="/officer/sign-in">{t(m.verify.startAgain)}</a>
      </p>
    </Layout>
  );
}
