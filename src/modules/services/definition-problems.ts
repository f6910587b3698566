import type { z } from "@hono/zod-openapi";

import type { FieldProblem } from "@/core/errors";
import { type Message, translate } from "@/core/i18n";

import { problemMessages as p } from "./problem-messages";
import { registryRequirementProblems } from "./registry-requirement-problems";
import { ServiceDefinitionSchema } from "./schema";

/**
 * A problem of a definition: the path of the field (`steps.1.workingDays`),
 * one sentence in each language naming the field in words, and `message`,
 * the English sentence, for clients that read only one.
 */
export interface DefinitionProblem extends FieldProblem {
  messages: Message;
}

type Path = readonly PropertyKey[];

function both(build: (locale: "th" | "en") => string): Message {
  return { th: build("th"), en: build("en") };
}

function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isKeyOf<T extends object>(record: T, key: PropertyKey): key is keyof T {
  return typeof key === "string" && Object.hasOwn(record, key);
}

/** A place in the application form: "แบบฟอร์มคำขอ หน้าที่ 1 คำถามที่ 2 (label.th)". */
function describeFormLocation(locale: "th" | "en", form: string, path: Path): string {
  const words = [form];
  const rest: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const key = path[index];
    const position = path[index + 1];
    if (
      (key === "pages" || key === "fields") &&
      typeof position === "number" &&
      rest.length === 0
    ) {
      words.push(
        translate(locale, key === "pages" ? p.formPage : p.formQuestion, { n: position + 1 }),
      );
      index++;
    } else rest.push(String(key));
  }
  const located = words.join(locale === "th" ? " " : ", ");
  return rest.length > 0 ? `${located} (${rest.join(".")})` : located;
}

/** Where a problem is, in words: "ขั้นตอนที่ 2 ชื่อ (ภาษาไทย)" / "Step 2, title (Thai)". */
function describeLocation(path: Path): Message {
  const [part, index, ...rest] = path;
  return both((locale) => {
    const words: string[] = [];
    let tail: readonly PropertyKey[] = [index, ...rest].filter((key) => key !== undefined);
    if (part === undefined) return translate(locale, p.root);
    if (typeof index === "number" && isKeyOf(p.items, part)) {
      words.push(translate(locale, p.items[part], { n: index + 1 }));
      tail = rest;
    } else {
      words.push(isKeyOf(p.parts, part) ? translate(locale, p.parts[part]) : String(part));
    }
    if (part === "form") return describeFormLocation(locale, words[0]!, path.slice(1));
    let language = "";
    for (const key of tail) {
      if (key === "th" || key === "en") language = translate(locale, p.languages[key]);
      else words.push(isKeyOf(p.fields, key) ? translate(locale, p.fields[key]) : String(key));
    }
    const located = words.join(locale === "th" ? " " : ", ");
    return language ? `${located} (${language})` : located;
  });
}

/** What is wrong, as a sentence that needs no Zod vocabulary. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): Message {
  const { what } = p;
  if (issue.path[0] === "requiredAssurance") return what.assurance;
  if (issue.path.length === 1 && issue.path[0] === "id") return what.serviceId;
  switch (issue.code) {
    case "invalid_type":
      if (valueAt(input, issue.path) === undefined) return what.required;
      if (issue.expected === "number" || issue.expected === "int") return what.wholeNumber;
      if (issue.expected === "string") return what.text;
      if (issue.expected === "array") return what.list;
      if (issue.expected === "object") return what.group;
      return what.invalid;
    case "too_small":
      if (issue.origin === "string") return what.required;
      if (issue.origin === "array" || issue.origin === "set") {
        return both((locale) =>
          translate(locale, what.atLeastItems, { min: Number(issue.minimum) }),
        );
      }
      return both((locale) => translate(locale, what.tooSmall, { min: Number(issue.minimum) }));
    case "too_big":
      if (issue.origin === "string") {
        return both((locale) => translate(locale, what.tooLong, { max: Number(issue.maximum) }));
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return both((locale) =>
          translate(locale, what.atMostItems, { max: Number(issue.maximum) }),
        );
      }
      return both((locale) => translate(locale, what.tooBig, { max: Number(issue.maximum) }));
    case "invalid_value":
      return what.choose;
    case "invalid_format":
      return what.format;
    case "custom":
      // The form engine's own rules explain themselves; their words are kept.
      return issue.path[0] === "form" ? { th: issue.message, en: issue.message } : what.invalid;
    case "unrecognized_keys":
      return both((locale) => translate(locale, what.unknownKeys, { keys: issue.keys.join(", ") }));
    default:
      return what.invalid;
  }
}

/** One problem in words, for a field named by its path. */
export function describeProblem(path: Path, what: Message): DefinitionProblem {
  const location = describeLocation(path);
  const messages = both((locale) => {
    return `${location[locale]}: ${what[locale]}`;
  });
  return { field: path.map(String).join(".") || "(root)", message: messages.en, messages };
}

/** Every problem of a definition, each named by its path and described in Thai and English. */
export function definitionProblems(
  issues: readonly z.core.$ZodIssue[],
  input?: unknown,
): DefinitionProblem[] {
  return issues.map((issue) => {
    const leaf = issue.path.at(-1);
    // A number's sentence names the field and its limits, so the location stops at its item.
    if (leaf !== undefined && isKeyOf(p.numbers, leaf) && issue.path.length > 1) {
      const problem = describeProblem(issue.path.slice(0, -1), p.numbers[leaf]);
      return { ...problem, field: issue.path.map(String).join(".") };
    }
    return describeProblem(issue.path, describeIssue(issue, input));
  });
}

export function validateDefinition(
  input: unknown,
):
  | { ok: true; definition: z.infer<typeof ServiceDefinitionSchema> }
  | { ok: false; problems: DefinitionProblem[] } {
  const parsed = ServiceDefinitionSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: definitionProblems(parsed.error.issues, input) };
  }
  // Registry requirements point into the form: checked once both have their shape.
  const registryProblems = registryRequirementProblems(parsed.data);
  return registryProblems.length === 0
    ? { ok: true, definition: parsed.data }
    : {
        ok: false,
        problems: registryProblems.map(({ path, what }) => describeProblem(path, what)),
      };
}
