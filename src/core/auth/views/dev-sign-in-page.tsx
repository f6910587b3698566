import type { FieldProblem } from "@/core/errors";
import { formatThaiCitizenId } from "@/core/identity/thai-id";
import {
  Button,
  CsrfField,
  ErrorSummary,
  fieldId,
  Notice,
  PageHeading,
} from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { describeAssurance } from "../assurance";
import { citizenSignInMessages } from "../citizen-sign-in-messages";
import type { DevAccount } from "../dev-identity-provider";

const m = citizenSignInMessages.devProvider;

export interface DevSignInPageProps {
  page: PageContext;
  action: string;
  clientName: string;
  accounts: readonly DevAccount[];
  levels: readonly string[];
  selectedSubject: string | undefined;
  selectedLevel: string | undefined;
  /** Whether the service asked for a level (preselected) or a common one is offered. */
  isLevelAskedFor: boolean;
  problems: readonly FieldProblem[];
}

/** The development provider's sign-in page: choose a demo person and a level. */
export function DevSignInPage(props: DevSignInPageProps) {
  const { page, accounts, levels, problems } = props;
  const { t, locale } = page;
  const personProblem = problems.find((problem) => problem.field === "person");
  const levelProblem = problems.find((problem) => problem.field === "level");
  return (
    <Layout page={page} title={t(m.title)}>
      <PageHeading>{t(m.title)}</PageHeading>
      <p class="lead">{t(m.lead, { client: props.clientName })}</p>
      <Notice>{t(m.warning)}</Notice>
      <ErrorSummary t={t} problems={problems} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={page.csrfToken} />
        <div class={personProblem ? "field field--error" : "field"}>
          <fieldset aria-describedby={personProblem ? "person-error" : undefined}>
            <legend>{t(m.personLegend)}</legend>
            {personProblem ? (
              <span class="error-message" id="person-error">
                {personProblem.message}
              </span>
            ) : null}
            {accounts.map((account, index) => {
              const id = index === 0 ? fieldId("person") : `person-${index + 1}`;
              const otherLocale = locale === "th" ? "en" : "th";
              return (
                <div class="choice">
                  <input
                    type="radio"
                    id={id}
                    name="person"
                    value={account.subject}
                    checked={account.subject === props.selectedSubject}
                    aria-describedby={`${id}-hint`}
                  />
                  <label for={id}>
                    {locale === "th"
                      ? `${account.givenNameTh} ${account.familyNameTh}`
                      : `${account.givenNameEn} ${account.familyNameEn}`}
                  </label>
                  <span class="hint" id={`${id}-hint`}>
                    <span lang={otherLocale}>
                      {locale === "th"
                        ? `${account.givenNameEn} ${account.familyNameEn}`
                        : `${account.givenNameTh} ${account.familyNameTh}`}
                    </span>
                    {" · "}
                    {t(m.citizenId, { id: formatThaiCitizenId(account.citizenId) })}
                    {" · "}
                    {locale === "th" ? account.descriptionTh : account.descriptionEn}
                  </span>
                </div>
              );
            })}
          </fieldset>
        </div>
        <div class={levelProblem ? "field field--error" : "field"}>
          <fieldset aria-describedby={levelProblem ? "level-error level-hint" : "level-hint"}>
            <legend>{t(m.levelLegend)}</legend>
            <span class="hint" id="level-hint">
              {t(props.isLevelAskedFor ? m.levelHint : m.levelHintDefault)}
            </span>
            {levelProblem ? (
              <span class="error-message" id="level-error">
                {levelProblem.message}
              </span>
            ) : null}
            {levels.map((level, index) => {
              const id = index === 0 ? fieldId("level") : `level-${index + 1}`;
              const words = describeAssurance(t, level);
              return (
                <div class="choice">
                  <input
                    type="radio"
                    id={id}
                    name="level"
                    value={level}
                    checked={level === props.selectedLevel}
                  />
                  <label for={id}>{words ? `${words.summary} — ${words.meaning}` : level}</label>
                </div>
              );
            })}
          </fieldset>
        </div>
        <div class="button-group">
          <Button name="action" value="sign-in">
            {t(m.signIn)}
          </Button>
          <Button name="action" value="cancel" variant="secondary">
            {t(m.cancel)}
          </Button>
        </div>
      </form>
    </Layout>
  );
}
