import { addressParts } from "./address-values";
import { type Answers, formSteps, isRecord, ownValue, resolveForm } from "./conditions";
import {
  type AttachmentLookup,
  type CheckContext,
  type Checked,
  checkFieldValue,
  leavesRequiredUnanswered,
  requiredProblem,
} from "./field-values";
import { formMessages as m } from "./messages";
import { type AnswerProblem, answerProblem, bilingual } from "./problems";
import type { BilingualText, Field, FormDefinition, GroupField } from "./schema";

export type AnswersValidation =
  | { ok: true; answers: Answers }
  | {
      ok: false;
      problems: AnswerProblem[];
      /** The answers that were fine, normalised: enough to keep a draft of them. */
      answers: Answers;
    };

export interface ValidateAnswersOptions {
  form: FormDefinition;
  /** Any JSON: what is not an object counts as no answers at all. */
  answers: unknown;
  /** Finds an upload by id; a file answer must name uploads made for its question. */
  attachments?: AttachmentLookup | undefined;
  /** "draft" checks what is given; "submit" also asks for every required answer. */
  mode: "draft" | "submit";
  /** Reports only the problems of this step (a page id, or a question id when one per page). */
  stepId?: string | undefined;
  /** The moment "today" is measured from; now by default. */
  now?: Date | undefined;
}

const noAttachments: AttachmentLookup = () => undefined;

/**
 * Checks answers against a form and returns them normalised (trimmed text,
 * digits of an ID, a phone number as 0XXXXXXXXX, the postcode filled in),
 * with the answers to questions not asked and to no question at all dropped.
 * Never throws, whatever JSON it is given: every problem names its question.
 */
export function validateAnswers(options: ValidateAnswersOptions): AnswersValidation {
  const { form, mode } = options;
  const input = isRecord(options.answers) ? options.answers : {};
  const context: CheckContext = {
    mode,
    now: options.now ?? new Date(),
    attachments: options.attachments ?? noAttachments,
  };
  const answers: Answers = {};
  let problems: AnswerProblem[] = [];

  resolveForm(form, (field, isRequired) => {
    const raw = ownValue(input, field.id);
    const checked =
      field.type === "group"
        ? checkGroup(field, raw, context, isRequired)
        : checkFieldValue(field, raw, field.id, field.label, context);
    problems.push(...checked.problems);
    if (
      mode === "submit" &&
      isRequired &&
      checked.problems.length === 0 &&
      field.type !== "group" &&
      leavesRequiredUnanswered(field, checked.value)
    ) {
      problems.push(requiredProblem(field, field.id, field.label));
    }
    if (checked.value !== undefined) answers[field.id] = checked.value;
    return checked.value;
  });

  if (options.stepId !== undefined) {
    const step = formSteps(form, answers).find((each) => each.id === options.stepId);
    if (step) {
      const onStep = new Set(step.fields.map((field) => field.id));
      problems = problems.filter((problem) => onStep.has(problem.field.split(".")[0]!));
    }
  }
  return problems.length === 0 ? { ok: true, answers } : { ok: false, problems, answers };
}

function checkGroup(
  field: GroupField,
  raw: unknown,
  context: CheckContext,
  isRequired: boolean,
): Checked {
  if (raw === undefined || raw === null) raw = [];
  const label = field.label;
  if (!Array.isArray(raw) || !raw.every(isRecord)) {
    return {
      value: undefined,
      problems: [answerProblem(field.id, "invalid_type", m.problems.invalidType, { label })],
    };
  }
  if (raw.length > field.maxItems) {
    return {
      value: undefined,
      problems: [
        answerProblem(field.id, "too_many_rows", m.problems.tooManyRows, {
          label,
          max: field.maxItems,
        }),
      ],
    };
  }
  const problems: AnswerProblem[] = [];
  const rows = raw.map((row, index) => {
    const normalised: Answers = {};
    for (const column of field.fields) {
      const path = `${field.id}.${index}.${column.id}`;
      const columnLabel = rowLabel(field, index, column.label);
      const checked = checkFieldValue(column, ownValue(row, column.id), path, columnLabel, context);
      problems.push(...checked.problems);
      if (
        context.mode === "submit" &&
        column.required &&
        checked.problems.length === 0 &&
        leavesRequiredUnanswered(column, checked.value)
      ) {
        problems.push(requiredProblem(column, path, columnLabel));
      }
      if (checked.value !== undefined) normalised[column.id] = checked.value;
    }
    return normalised;
  });
  // Like ticks of checkboxes, minItems counts once there are rows; none at all is a matter of required.
  const minimum =
    rows.length > 0 || isRequired ? Math.max(field.minItems ?? 0, isRequired ? 1 : 0) : 0;
  if (context.mode === "submit" && rows.length < minimum) {
    problems.unshift(
      answerProblem(field.id, "too_few_rows", m.problems.tooFewRows, { label, min: minimum }),
    );
  }
  if (problems.length > 0) return { value: undefined, problems };
  return { value: rows.length > 0 ? rows : undefined, problems: [] };
}

/** "Co-resident 2: Name": how a problem in a row names its cell. */
export function rowLabel(field: GroupField, index: number, label: BilingualText): BilingualText {
  return bilingual(m.problems.rowLabel, { item: field.itemLabel, number: index + 1, label });
}

/** Every path a problem may name: questions, address parts and, for the rows given, group cells. */
export function isKnownProblemPath(form: FormDefinition, path: string, answers: unknown): boolean {
  const [root, second, third, ...rest] = path.split(".");
  const field = form.pages.flatMap((page) => page.fields).find((each: Field) => each.id === root);
  if (!field) return false;
  if (second === undefined) return true;
  if (field.type === "thai_address") {
    return third === undefined && (addressParts as readonly string[]).includes(second);
  }
  if (field.type !== "group" || third === undefined || rest.length > 0) return false;
  const rows = ownValue(answers, field.id);
  const index = Number(second);
  return (
    Array.isArray(rows) &&
    Number.isInteger(index) &&
    index >= 0 &&
    index < rows.length &&
    field.fields.some((column) => column.id === third)
  );
}
