import { authMessages } from "@/core/auth/auth-messages";
import type { AgencyMember, Membership } from "@/core/auth/officers";
import type { FieldProblem } from "@/core/errors";
import {
  Button,
  CsrfField,
  ErrorSummary,
  fieldId,
  Notice,
  PageHeading,
  Table,
} from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";
import { agencyMessages } from "@/modules/agencies";

import type { ConsoleContext } from "../console-access";
import { consoleMessages as m } from "../messages";
import { ConsoleLayout, localName } from "./console-layout";

export function OverviewPage({
  page,
  context,
  members,
}: {
  page: PageContext;
  context: ConsoleContext;
  members: AgencyMember[];
}) {
  const { t } = page;
  const { agency } = context;
  return (
    <ConsoleLayout
      page={page}
      context={context}
      current="overview"
      title={t(m.shell.sections.overview)}
    >
      <h2>{localName(page, agency)}</h2>
      <dl class="summary-list">
        <dt>{t(m.overview.code)}</dt>
        <dd>
          <code>{agency.code}</code>
        </dd>
        <dt>{t(agencyMessages.kind)}</dt>
        <dd>{t(agencyMessages.kinds[agency.kind])}</dd>
        <dt>{t(m.overview.nameTh)}</dt>
        <dd lang="th">{agency.nameTh}</dd>
        <dt>{t(m.overview.nameEn)}</dt>
        <dd lang="en">{agency.nameEn}</dd>
      </dl>
      <p>
        <a href={`/agencies/${agency.code}`}>{t(m.overview.publicPage)}</a>
      </p>
      <Table
        caption={t(m.overview.members)}
        rows={members}
        columns={[
          { header: t(m.overview.memberName), cell: (member) => localName(page, member) },
          { header: t(m.overview.memberEmail), cell: (member) => member.email },
          {
            header: t(m.overview.memberRole),
            cell: (member) => t(authMessages.roles[member.role]),
          },
        ]}
      />
      <h2>{t(m.overview.security)}</h2>
      <p>{t(m.overview.signOutEverywhereLead)}</p>
      <form method="post" action="/sign-out/everywhere">
        <CsrfField token={page.csrfToken} />
        <Button variant="warning">{t(m.overview.signOutEverywhere)}</Button>
      </form>
    </ConsoleLayout>
  );
}

export function ChooseAgencyPage({
  page,
  memberships,
  next,
  problems,
}: {
  page: PageContext;
  memberships: Membership[];
  next: string | null;
  problems: readonly FieldProblem[];
}) {
  const { t } = page;
  const error = problems.find((problem) => problem.field === "agencyId")?.message;
  return (
    <Layout page={page} title={t(m.chooseAgency.title)}>
      <ErrorSummary t={t} problems={problems} />
      <PageHeading caption={t(m.shell.title)}>{t(m.chooseAgency.title)}</PageHeading>
      {memberships.length === 0 ? (
        <Notice>{t(m.chooseAgency.none)}</Notice>
      ) : (
        <>
          <p class="lead">{t(m.chooseAgency.lead)}</p>
          <form method="post" action="/console/agency" novalidate>
            <CsrfField token={page.csrfToken} />
            {next ? <input type="hidden" name="next" value={next} /> : null}
            <div class={error ? "field field--error" : "field"}>
              <fieldset
                id={fieldId("agencyId")}
                aria-describedby={error ? `${fieldId("agencyId")}-error` : undefined}
              >
                <legend>{t(m.chooseAgency.legend)}</legend>
                {error ? (
                  <span class="error-message" id={`${fieldId("agencyId")}-error`}>
                    {error}
                  </span>
                ) : null}
                {memberships.map((membership) => {
                  const id = `agency-${membership.agencyCode}`;
                  return (
                    <div>
                      <input
                        type="radio"
                        id={id}
                        name="agencyId"
                        value={membership.agencyId}
                        checked={
                          page.actor.type === "officer" &&
                          page.actor.agencyId === membership.agencyId
                        }
                      />{" "}
                      <label for={id}>
                        {page.locale === "th" ? membership.agencyNameTh : membership.agencyNameEn} (
                        {t(authMessages.roles[membership.role])})
                      </label>
                    </div>
                  );
                })}
              </fieldset>
            </div>
            <Button>{t(m.chooseAgency.choose)}</Button>
          </form>
        </>
      )}
    </Layout>
  );
}
