import { describeAssurance } from "@/core/auth/assurance";
import type { Citizen } from "@/core/auth/citizens";
import { formatDate, isoInstant } from "@/core/i18n";
import { maskThaiCitizenId } from "@/core/identity/thai-id";
import { Button, CsrfField, PageHeading } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { accountMessages as m } from "../messages";

/** The signed-in citizen's own page: who Pratu thinks they are, and the way out. */
export function AccountPage({
  page,
  citizen,
  assurance,
}: {
  page: PageContext;
  citizen: Citizen;
  assurance: string | null;
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
      <h2>{t(m.signOutHeading)}</h2>
      <p>{t(m.signOutLead)}</p>
      <form method="post" action="/sign-out/everywhere">
        <CsrfField token={page.csrfToken} />
        <Button variant="warning">{t(m.signOutButton)}</Button>
      </form>
    </Layout>
  );
}
