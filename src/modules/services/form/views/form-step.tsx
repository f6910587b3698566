import type { Child } from "hono/jsx";

import { type Locale, translatorFor } from "@/core/i18n";
import { CsrfField, ErrorSummary, PageHeading } from "@/core/ui/components";

import {
  type Answers,
  conditionFieldIds,
  dependsOnOwnPage,
  formSteps,
  ownValue,
  type ResolvedForm,
  resolveForm,
} from "../conditions";
import { stepFields } from "../form-body";
import { formMessages as m } from "../messages";
import { type AnswerProblem, toFieldProblems } from "../problems";
import type { Condition, Field, FormDefinition, FormPage } from "../schema";
import { describeCondition } from "./condition-text";
import { FieldControl } from "./field-control";
import { formScript } from "./form-script";
import { LockedQuestion } from "./locked-question";
import { type AttachmentDisplay, type ControlContext, say } from "./simple-controls";

export interface FormStepProps {
  form: FormDefinition;
  /** A page's id, or a question's id when the form asks one question per page. */
  stepId: string;
  /** The answers so far: stored ones, or the ones just posted when they had problems. */
  answers: Answers;
  problems?: readonly AnswerProblem[] | undefined;
  locale: Locale;
  /** Where the form posts; the caller's route reads it with answersFromFormBody. */
  action: string;
  csrfToken: string | null;
  /** The page's script nonce, for the script that enhances the form. */
  nonce: string | undefined;
  /** The caller's buttons: continue, save for later, back. */
  buttons: Child;
  /** Shown above the heading, e.g. the service's name. */
  caption?: string | undefined;
  attachmentOf?: ((attachmentId: string) => AttachmentDisplay | undefined) | undefined;
  /** Questions a registry answered, each with the words that say so: shown, not asked. */
  locked?: ReadonlyMap<string, string> | undefined;
}

/**
 * One step of a form (a page, or one question), with its answers and
 * problems: the summary of problems first, each linked to its question, then
 * every question with its label, hint and problem beside it. It works
 * without JavaScript; a small script shows and hides questions that depend
 * on the page's own answers and fills address lists as they are chosen.
 */
export function FormStep(props: FormStepProps) {
  const { form, answers, locale } = props;
  // A locked answer has no inputs of its own: a problem with any part of it is told on the whole.
  const problems = (props.problems ?? []).map((problem) => {
    const root = problem.field.split(".")[0]!;
    return props.locked?.has(root) ? { ...problem, field: root } : problem;
  });
  const t = translatorFor(locale);
  const resolved = resolveForm(form, (field) => ownValue(answers, field.id));
  const step = formSteps(form, answers).find((each) => each.id === props.stepId);
  const page =
    step?.page ??
    form.pages.find((each) => each.fields.some((field) => field.id === props.stepId)) ??
    form.pages.find((each) => each.id === props.stepId);
  const fields = step?.fields ?? stepFields(form, props.stepId);
  const context = controlContext(problems, locale, props.attachmentOf);
  const onStep = new Set(fields.map((field) => field.id));
  const known = knownAnswers(fields, onStep, resolved, answers);
  const needsDefaultButton = fields.some((field) =>
    ["group", "file", "thai_address"].includes(field.type),
  );
  return (
    <>
      <ErrorSummary t={t} problems={toFieldProblems(problems, locale)} />
      <PageHeading caption={props.caption}>{page?.title[locale] ?? ""}</PageHeading>
      {page?.intro ? <p class="lead">{page.intro[locale]}</p> : null}
      <form
        method="post"
        action={props.action}
        enctype={fields.some((field) => field.type === "file") ? "multipart/form-data" : undefined}
        novalidate
        data-pratu-form
        data-known={JSON.stringify(known)}
      >
        <CsrfField token={props.csrfToken} />
        {needsDefaultButton ? (
          // Enter in a text box presses the form's first button; let that be a plain
          // "continue", not the first "remove row" further down.
          <button type="submit" class="visually-hidden" tabindex={-1} aria-hidden="true">
            {say(locale, m.controls.continue)}
          </button>
        ) : null}
        {fields.map((field) => (
          <QuestionBlock
            form={form}
            page={page}
            field={field}
            resolved={resolved}
            answers={answers}
            context={context}
            badge={props.locked?.get(field.id)}
          />
        ))}
        <div class="button-group">{props.buttons}</div>
      </form>
      <script nonce={props.nonce} dangerouslySetInnerHTML={{ __html: formScript }} />
    </>
  );
}

/** A question required exactly when it is shown says so by not being marked optional. */
export function isRequiredWhenShown(field: Field): boolean {
  return (
    field.requireIf !== undefined &&
    field.showIf !== undefined &&
    JSON.stringify(field.requireIf) === JSON.stringify(field.showIf)
  );
}

export function controlContext(
  problems: readonly AnswerProblem[],
  locale: Locale,
  attachmentOf?: ControlContext["attachmentOf"],
): ControlContext {
  return {
    locale,
    errorFor: (path) => problems.find((problem) => problem.field === path)?.message[locale],
    attachmentOf,
  };
}

/** Answers of earlier pages that this step's conditions look at, for the script. */
function knownAnswers(
  fields: Field[],
  onStep: ReadonlySet<string>,
  resolved: ResolvedForm,
  answers: Answers,
) {
  const known: Answers = {};
  for (const field of fields) {
    for (const condition of [field.showIf, field.hideIf, field.requireIf]) {
      if (!condition) continue;
      for (const id of conditionFieldIds(condition)) {
        if (!onStep.has(id) && resolved.shown.has(id)) known[id] = ownValue(answers, id);
      }
    }
  }
  return known;
}

function QuestionBlock({
  form,
  page,
  field,
  resolved,
  answers,
  context,
  badge,
}: {
  form: FormDefinition;
  page: FormPage | undefined;
  field: Field;
  resolved: ResolvedForm;
  answers: Answers;
  context: ControlContext;
  badge: string | undefined;
}) {
  const { locale } = context;
  if (badge !== undefined) {
    return (
      <LockedQuestion
        field={field}
        value={ownValue(answers, field.id)}
        badge={badge}
        locale={locale}
        errorMessage={context.errorFor(field.id)}
      />
    );
  }
  const isLive = page !== undefined && dependsOnOwnPage(field, page);
  const visibility: Condition[] = [
    ...(field.showIf ? [field.showIf] : []),
    ...(field.hideIf ? [{ not: field.hideIf }] : []),
  ];
  const conditionHint =
    isLive && visibility.length > 0
      ? say(locale, m.controls.onlyIf, {
          condition: describeCondition(
            form,
            visibility.length === 1 ? visibility[0]! : { all: visibility },
            locale,
          ),
        })
      : undefined;
  const isRequiredNow = resolved.required.has(field.id) || isRequiredWhenShown(field);
  const requiredHint =
    isLive && field.requireIf && !field.required && !isRequiredWhenShown(field)
      ? say(locale, m.controls.requiredIf, {
          condition: describeCondition(form, field.requireIf, locale),
        })
      : undefined;
  const control = (
    <FieldControl
      props={{
        field,
        path: field.id,
        name: field.id,
        value: ownValue(answers, field.id),
        isOptional: !isRequiredNow && !requiredHint && field.type !== "declaration",
        conditionHint,
        requiredHint,
        context,
      }}
    />
  );
  if (!isLive || (!field.showIf && !field.hideIf)) return control;
  return (
    <div
      class="conditional"
      data-show-if={field.showIf ? JSON.stringify(field.showIf) : undefined}
      data-hide-if={field.hideIf ? JSON.stringify(field.hideIf) : undefined}
    >
      {control}
    </div>
  );
}
