import type { Child } from "hono/jsx";

import type { FieldProblem } from "@/core/errors";
import { formatDate, type Translate } from "@/core/i18n";
import { Button, CsrfField, fieldId } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";

import { applicationConsoleMessages as m } from "../console-messages";
import type { ApplicationRecord } from "../repo";
import { consolePaths } from "./console-parts";

/** What an officer typed, kept when the form comes back with problems. */
export interface ActionFormValues {
  assignTo: string;
  message: string;
  fields: string[];
  outcome: string;
  reason: string;
  templateId: string;
  body: string;
}

export const emptyActionForm: ActionFormValues = {
  assignTo: "",
  message: "",
  fields: [],
  outcome: "",
  reason: "",
  templateId: "",
  body: "",
};

export interface ReasonTemplate {
  id: string;
  label: string;
  text: string;
}

export interface ActionFormsProps {
  page: PageContext;
  application: ApplicationRecord;
  officerId: string;
  /** Officers the work may be assigned to: the agency's admins and officers. */
  assignees: { id: string; name: string }[];
  /** The form's questions the applicant may be asked to change. */
  questions: { id: string; label: string }[];
  reasonTemplates: ReasonTemplate[];
  values: ActionFormValues;
  problems: readonly FieldProblem[];
}

function problemFor(problems: readonly FieldProblem[], field: string): string | undefined {
  return problems.find((problem) => problem.field === field)?.message;
}

function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  return (
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
  );
}

function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <span class="error-message" id={`${id}-error`}>
      {error}
    </span>
  ) : null;
}

function TextArea(props: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  maxLength: number;
}) {
  const id = fieldId(props.name);
  return (
    <div class={props.error ? "field field--error" : "field"}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <span class="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <ErrorText id={id} error={props.error} />
      <textarea
        class={props.error ? "input input--error" : "input"}
        id={id}
        name={props.name}
        rows={5}
        maxlength={props.maxLength}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(id, Boolean(props.hint), props.error)}
      >
        {props.value}
      </textarea>
    </div>
  );
}

/** A group of radios or checkboxes under one legend, with its error beside it. */
function Choices(props: {
  name: string;
  type: "radio" | "checkbox";
  legend: string;
  hint?: string;
  error: string | undefined;
  choices: { value: string; label: string }[];
  isChosen: (value: string) => boolean;
}) {
  const id = fieldId(props.name);
  return (
    <div class={props.error ? "field field--error" : "field"}>
      <fieldset id={id} aria-describedby={describedBy(id, Boolean(props.hint), props.error)}>
        <legend>{props.legend}</legend>
        {props.hint ? (
          <span class="hint" id={`${id}-hint`}>
            {props.hint}
          </span>
        ) : null}
        <ErrorText id={id} error={props.error} />
        {props.choices.map((choice, index) => {
          const choiceId = `${id}-${index}`;
          return (
            <div class="choice">
              <input
                type={props.type}
                id={choiceId}
                name={props.name}
                value={choice.value}
                checked={props.isChosen(choice.value)}
              />
              <label for={choiceId}>{choice.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

function ActionSection({ id, title, children }: { id: string; title: string; children: Child }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function ActionForm({
  page,
  applicationId,
  action,
  children,
}: {
  page: PageContext;
  applicationId: string;
  action: string;
  children: Child;
}) {
  return (
    <form method="post" action={consolePaths.action(applicationId, action)} novalidate>
      <CsrfField token={page.csrfToken} />
      {children}
    </form>
  );
}

function RequestInformation({ t, props }: { t: Translate; props: ActionFormsProps }) {
  const { application, page, values, problems } = props;
  if (application.infoRequestedAt) {
    const date = formatDate(application.infoRequestedAt, page.locale, "dateTime");
    return <p>{t(m.actions.alreadyRequested, { date })}</p>;
  }
  return (
    <>
      <p>{t(m.actions.requestLead)}</p>
      <ActionForm page={page} applicationId={application.id} action="request-info">
        <TextArea
          name="message"
          label={t(m.actions.requestMessage)}
          hint={t(m.actions.requestMessageHint)}
          value={values.message}
          error={problemFor(problems, "message")}
          maxLength={2000}
        />
        {props.questions.length > 0 ? (
          <Choices
            name="fields"
            type="checkbox"
            legend={t(m.actions.requestFields)}
            error={problemFor(problems, "fields")}
            choices={props.questions.map((question) => ({
              value: question.id,
              label: question.label,
            }))}
            isChosen={(value) => values.fields.includes(value)}
          />
        ) : null}
        <Button>{t(m.actions.request)}</Button>
      </ActionForm>
    </>
  );
}

function Decide({ t, props }: { t: Translate; props: ActionFormsProps }) {
  const { application, page, values, problems } = props;
  if (application.status === "info_requested") return <p>{t(m.actions.awaitingApplicant)}</p>;
  return (
    <ActionForm page={page} applicationId={application.id} action="decision">
      <Choices
        name="outcome"
        type="radio"
        legend={t(m.actions.outcome)}
        error={problemFor(problems, "outcome")}
        choices={[
          { value: "approved", label: t(m.actions.approve) },
          { value: "rejected", label: t(m.actions.reject) },
        ]}
        isChosen={(value) => values.outcome === value}
      />
      {props.reasonTemplates.length > 0 ? (
        <Choices
          name="templateId"
          type="radio"
          legend={t(m.actions.template)}
          hint={t(m.actions.templateHint)}
          error={problemFor(problems, "templateId")}
          choices={[
            { value: "", label: t(m.actions.templateNone) },
            ...props.reasonTemplates.map((template) => ({
              value: template.id,
              label: `${template.label}: ${template.text}`,
            })),
          ]}
          isChosen={(value) => values.templateId === value}
        />
      ) : null}
      <TextArea
        name="reason"
        label={t(m.actions.reason)}
        hint={t(m.actions.reasonHint)}
        value={values.reason}
        error={problemFor(problems, "reason")}
        maxLength={2000}
      />
      <Button>{t(m.actions.decide)}</Button>
    </ActionForm>
  );
}

/**
 * The forms that work an application, each posting on its own. Only those
 * the application's state allows are offered; the rest say why not.
 */
export function ActionForms(props: ActionFormsProps) {
  const { page, application, officerId, values, problems } = props;
  const { t } = page;
  const isOpen = application.decision === null;
  const assignError = problemFor(problems, "assignTo");
  return (
    <>
      {isOpen ? (
        <>
          <ActionSection id="action-claim" title={t(m.actions.claimHeading)}>
            {application.claimedBy === officerId ? (
              <p>{t(m.actions.claimedByYou)}</p>
            ) : (
              <ActionForm page={page} applicationId={application.id} action="claim">
                <p>{t(m.actions.claimLead)}</p>
                <Button>{t(m.actions.claim)}</Button>
              </ActionForm>
            )}
          </ActionSection>
          <ActionSection id="action-assign" title={t(m.actions.assignHeading)}>
            <ActionForm page={page} applicationId={application.id} action="assign">
              <div class={assignError ? "field field--error" : "field"}>
                <label for={fieldId("assignTo")}>{t(m.actions.assignTo)}</label>
                <ErrorText id={fieldId("assignTo")} error={assignError} />
                <select
                  class={assignError ? "input input--error" : "input"}
                  id={fieldId("assignTo")}
                  name="assignTo"
                  aria-invalid={assignError ? "true" : undefined}
                  aria-describedby={assignError ? `${fieldId("assignTo")}-error` : undefined}
                >
                  <option value="">{t(m.actions.assignChoose)}</option>
                  {props.assignees.map((assignee) => (
                    <option value={assignee.id} selected={values.assignTo === assignee.id}>
                      {assignee.name}
                    </option>
                  ))}
                </select>
              </div>
              <Button variant="secondary">{t(m.actions.assign)}</Button>
            </ActionForm>
          </ActionSection>
          <ActionSection id="action-request" title={t(m.actions.requestHeading)}>
            <RequestInformation t={t} props={props} />
          </ActionSection>
          <ActionSection id="action-decide" title={t(m.actions.decideHeading)}>
            <Decide t={t} props={props} />
          </ActionSection>
        </>
      ) : null}
      <ActionSection id="action-note" title={t(m.actions.noteHeading)}>
        <ActionForm page={page} applicationId={application.id} action="notes">
          <TextArea
            name="body"
            label={t(m.actions.note)}
            hint={t(m.actions.noteHint)}
            value={values.body}
            error={problemFor(problems, "body")}
            maxLength={4000}
          />
          <Button variant="secondary">{t(m.actions.addNote)}</Button>
        </ActionForm>
      </ActionSection>
    </>
  );
}
