import { describeAssurance } from "@/core/auth/assurance";
import type { Citizen } from "@/core/auth/citizens";
import type { FieldProblem } from "@/core/errors";
import { formatDate, isoInstant } from "@/core/i18n";
import { maskThaiCitizenId } from "@/core/identity/thai-id";
import {
  Button,
  CsrfField,
  ErrorSummary,
  Notice,
  PageHeading,
  TextField,
} from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { accountMessages as m } from "../messages";

/** The signed-in citizen's own page: who Pratu thinks they are, and the way out. */
export function AccountPage({
  page,
  citizen,
  assurance,
  noticePhone = citizen.noticePhone ?? "",
  problems = [],
  isNoticeSaved = false,
}: {
  page: PageContext;
  citizen: Citizen;
  assurance: string | null;
  /** What the phone field shows: the saved number, or what was just typed. */
  noticePhone?: string;
  problems?: FieldProblem[];
  isNoticeSaved?: boolean;
}) {
  const { t, locale } = page;
  const level = describeAssurance(t, assurance);
  const notGiven = <span class="caption">{t(m.notGiven)}</span>;
  return (
    <Layout page={page} title={t(m.title)}>
      <PageHeading>{t(m.title)}</PageHeading>
      <p class="lead">{t(m.lead)}</p>
      <h2>{t(m.detailsHeading)}</h2>
      <dl class="summary-list">
        <dt>{t(m.nameTh)}</dt>
        <dd lang="th">{citizen.nameTh ?? notGiven}</dd>
        <dt>{t(m.nameEn)}</dt>
        <dd lang="en">{citizen.nameEn ?? notGiven}</dd>
        <dt>{t(m.citizenId)}</dt>
        <dd>
          {citizen.nationalIdLast4 ? (
            <>
              <span aria-hidden="true">{maskThaiCitizenId(citizen.nationalIdLast4)}</span>
              <span class="visually-hidden">
                {t(m.citizenIdHidden, { digits: citizen.nationalIdLast4.split("").join(" ") })}
              </span>
            </>
          ) : (
            notGiven
          )}
        </dd>
        <dt>{t(m.email)}</dt>
        <dd>{citizen.email ?? notGiven}</dd>
        <dt>{t(m.assurance)}</dt>
        <dd>
          {level ? (
            <>
              {level.meaning}
              <br />
              <span class="caption">{level.summary}</span>
            </>
          ) : (
            (assurance ?? notGiven)
          )}
        </dd>
        {citizen.lastSignInAt ? (
          <>
            <dt>{t(m.lastSignIn)}</dt>
            <dd>
              <time datetime={isoInstant(citizen.lastSignInAt)}>
                {formatDate(citizen.lastSignInAt, locale, "dateTime")}
              </time>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>{t(m.noticesHeading)}</h2>
      {isNoticeSaved ? <Notice tone="ok">{t(m.noticePhoneSaved)}</Notice> : null}
      <ErrorSummary t={t} problems={problems} />
      <p>{t(m.noticesLead)}</p>
      <form method="post" action="/me/notices" novalidate>
        <CsrfField token={page.csrfToken} />
        <TextField
          name="noticePhone"
          label={t(m.noticePhone)}
          hint={t(m.noticePhoneHint)}
          type="tel"
          autocomplete="tel"
          inputmode="tel"
          value={noticePhone}
          error={problems.find((problem) => problem.field === "noticePhone")?.message}
        />
        <Button variant="secondary">{t(m.noticePhoneSave)}</Button>
      </form>
      <h2>{t(m.signOutHeading)}</h2>
      <p>{t(m.signOutLead)}</p>
      <form method="post" action="/sign-out/everywhere">
        <CsrfField token={page.csrfToken} />
        <Button variant="warning">{t(m.signOutButton)}</Button>
      </form>
    </Layout>
  );
}
