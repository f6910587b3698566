import type { FieldProblem } from "@/core/errors";
import {
  Button,
  CsrfField,
  ErrorSummary,
  fieldId,
  Notice,
  TextAreaField,
  TextField,
} from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import type { GrantEvent } from "../../grants/grant-notices";
import type { GrantView } from "../../grants/grant-views";
import { grantMessages } from "../../grants/messages";
import { EXCHANGE_PATH } from "../console-section";
import { exchangeConsoleMessages as m } from "../messages";
import { agencyName, FieldLabels, GrantStatusTag, local, When } from "./exchange-parts";
import { DateInput, errorFor, FieldChoices, localProblems } from "./form-fields";

/** The provider's decision form, as typed. */
export interface DecisionFormValues {
  decision: string;
  fields: string[];
  expiresAt: string;
  rateLimitPerMinute: string;
  note: string;
}

export interface GrantPageView {
  view: GrantView;
  client: string;
  canDecide: boolean;
  canRevoke: boolean;
  canWithdraw: boolean;
  decision: DecisionFormValues;
  revokeNote: string;
  problems: readonly FieldProblem[];
  notice: GrantEvent | null;
}

function DecisionForm({
  page,
  view,
  values,
  problems,
}: {
  page: PageContext;
  view: GrantView;
  values: DecisionFormValues;
  problems: readonly FieldProblem[];
}) {
  const { t } = page;
  const id = fieldId("decision");
  const decisionError = errorFor(problems, "decision");
  const asked = view.grant.fields ?? view.service.fields.map((field) => field.key);
  return (
    <section aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t(m.grant.decideHeading)}</h2>
      <form method="post" action={`${EXCHANGE_PATH}/grants/${view.grant.id}/decision`} novalidate>
        <CsrfField token={page.csrfToken} />
        <div class={decisionError ? "field field--error" : "field"}>
          <fieldset id={id} aria-describedby={decisionError ? `${id}-error` : undefined}>
            <legend>{t(m.grant.decision)}</legend>
            {decisionError ? (
              <span class="error-message" id={`${id}-error`}>
                {decisionError}
              </span>
            ) : null}
            {(["approve", "reject"] as const).map((choice) => (
              <div class="choice">
                <input
                  type="radio"
                  id={`${id}-${choice}`}
                  name="decision"
                  value={choice}
                  checked={values.decision === choice}
                />
                <label for={`${id}-${choice}`}>{t(m.grant[choice])}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <FieldChoices
          page={page}
          legend={t(m.grant.approvedFields)}
          hint={t(m.grant.approvedFieldsHint)}
          service={view.service}
          offered={asked}
          checked={values.fields}
          error={errorFor(problems, "fields")}
        />
        <DateInput
          name="expiresAt"
          label={t(m.request.expiresAt)}
          hint={t(m.request.expiresAtHint)}
          value={values.expiresAt}
          error={errorFor(problems, "expiresAt")}
        />
        <TextField
          name="rateLimitPerMinute"
          label={t(m.request.rateLimit)}
          type="number"
          inputmode="numeric"
          isShort
          value={values.rateLimitPerMinute}
          error={errorFor(problems, "rateLimitPerMinute")}
        />
        <TextAreaField
          name="note"
          label={t(m.grant.decisionNote)}
          hint={t(m.grant.decisionNoteHint)}
          value={values.note}
          error={errorFor(problems, "note")}
          rows={3}
          maxLength={1000}
        />
        <Button>{t(m.grant.submitDecision)}</Button>
      </form>
    </section>
  );
}

function RevokeForm({
  page,
  view,
  note,
  problems,
}: {
  page: PageContext;
  view: GrantView;
  note: string;
  problems: readonly FieldProblem[];
}) {
  const { t } = page;
  return (
    <section aria-labelledby="revoke-heading">
      <h2 id="revoke-heading">{t(m.grant.revokeHeading)}</h2>
      <p>{t(m.grant.revokeLead)}</p>
      <form method="post" action={`${EXCHANGE_PATH}/grants/${view.grant.id}/revoke`} novalidate>
        <CsrfField token={page.csrfToken} />
        <TextAreaField
          name="note"
          label={t(m.grant.revokeNote)}
          value={note}
          error={errorFor(problems, "note")}
          rows={3}
          maxLength={1000}
        />
        <Button variant="warning">{t(m.grant.revoke)}</Button>
      </form>
    </section>
  );
}

/** One access right: what it allows, to whom, why; and what this agency may do with it. */
export function GrantPage({
  page,
  context,
  state,
}: {
  page: PageContext;
  context: ConsoleContext;
  state: GrantPageView;
}) {
  const { t } = page;
  const { view } = state;
  const { grant, service } = view;
  const shown = localProblems(page, state.problems);
  const title = t(m.grant.title, { service: local(page, service.name) });
  return (
    <ConsoleLayout page={page} context={context} current="exchange" title={title}>
      <p>
        <a href={EXCHANGE_PATH}>{t(m.grant.back)}</a>
      </p>
      <ErrorSummary t={t} problems={shown} />
      {state.notice ? (
        <Notice tone="ok">
          <p>{t(m.done[state.notice])}</p>
        </Notice>
      ) : null}
      <p id={fieldId("grant")}>
        <GrantStatusTag page={page} view={view} />
      </p>
      <dl class="summary-list">
        <dt>{t(m.column.provider)}</dt>
        <dd>{agencyName(page, view.provider)}</dd>
        <dt>{t(m.column.service)}</dt>
        <dd>
          {local(page, service.name)} <code>{service.serviceId}</code>
        </dd>
        <dt>{t(m.column.consumer)}</dt>
        <dd>{agencyName(page, view.consumer)}</dd>
        <dt>{t(m.grant.client)}</dt>
        <dd>
          <code>{state.client}</code>
        </dd>
        <dt>{t(m.grant.subsystem)}</dt>
        <dd>{grant.consumerSubsystem ?? t(m.anySubsystem)}</dd>
        <dt>{t(m.column.purpose)}</dt>
        <dd>
          <code>{grant.purpose}</code>
        </dd>
        <dt>{t(m.grant.purposeText)}</dt>
        <dd>{local(page, grant.purposeText)}</dd>
        <dt>{t(m.column.basis)}</dt>
        <dd>{t(grantMessages.basis[grant.basis])}</dd>
        <dt>{t(m.grant.legalBasis)}</dt>
        <dd>{local(page, grant.legalBasis)}</dd>
        <dt>{t(m.column.fields)}</dt>
        <dd>
          <FieldLabels page={page} service={service} keys={grant.fields} />
        </dd>
        <dt>{t(m.column.classification)}</dt>
        <dd>{t(grantMessages.classification[service.classification])}</dd>
        <dt>{t(m.column.consent)}</dt>
        <dd>{service.consentRequired || grant.basis === "consent" ? t(m.yes) : t(m.no)}</dd>
        <dt>{t(m.column.expiresAt)}</dt>
        <dd>
          <When page={page} at={grant.expiresAt} />
        </dd>
        <dt>{t(m.grant.rateLimit)}</dt>
        <dd>{grant.rateLimitPerMinute.toLocaleString(page.locale === "th" ? "th-TH" : "en-GB")}</dd>
        <dt>{t(m.column.requestedAt)}</dt>
        <dd>
          <When page={page} at={grant.requestedAt} />
        </dd>
        {grant.decidedAt ? (
          <>
            <dt>{t(m.grant.decidedAt)}</dt>
            <dd>
              <When page={page} at={grant.decidedAt} />
            </dd>
          </>
        ) : null}
        {grant.decisionNote ? (
          <>
            <dt>{t(m.grant.note)}</dt>
            <dd>{grant.decisionNote}</dd>
          </>
        ) : null}
      </dl>
      {state.canDecide ? (
        <DecisionForm page={page} view={view} values={state.decision} problems={shown} />
      ) : null}
      {state.canRevoke ? (
        <RevokeForm page={page} view={view} note={state.revokeNote} problems={shown} />
      ) : null}
      {state.canWithdraw ? (
        <section aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">{t(m.grant.withdrawHeading)}</h2>
          <form method="post" action={`${EXCHANGE_PATH}/grants/${grant.id}/withdraw`}>
            <CsrfField token={page.csrfToken} />
            <Button variant="secondary">{t(m.grant.withdraw)}</Button>
          </form>
        </section>
      ) : null}
    </ConsoleLayout>
  );
}
