import type { z } from "@hono/zod-openapi";

import type { AnyField, Condition, Field, FormPage, LeafCondition } from "./schema";
import { findProvince } from "./thai-addresses";

type Path = (string | number)[];
type Report = (message: string, path: Path) => void;

const MAX_CONDITION_DEPTH = 6;
const operators = ["equals", "notEquals", "in", "includes", "answered"] as const;

/**
 * The rules a form must keep that a schema of its shape cannot say: ids are
 * unique, a condition looks only at a question asked before it and tests it
 * in a way its type allows, limits are in order. Each problem names its path.
 */
export function checkFormRules(form: { pages: FormPage[] }, ctx: z.core.$RefinementCtx): void {
  const report: Report = (message, path) => ctx.addIssue({ code: "custom", message, path });
  const pageIds = new Set<string>();
  const fieldIds = new Set<string>();
  /** Questions asked so far, in order: the only ones a condition may look at. */
  const earlier = new Map<string, Field>();

  form.pages.forEach((page, pageIndex) => {
    const pagePath: Path = ["pages", pageIndex];
    if (pageIds.has(page.id))
      report(`Another page already has the id "${page.id}"`, [...pagePath, "id"]);
    pageIds.add(page.id);
    if (page.skipUnless)
      checkCondition(page.skipUnless, earlier, [...pagePath, "skipUnless"], report);

    page.fields.forEach((field, fieldIndex) => {
      const path: Path = [...pagePath, "fields", fieldIndex];
      for (const key of ["showIf", "hideIf", "requireIf"] as const) {
        const condition = field[key];
        if (condition) checkCondition(condition, earlier, [...path, key], report);
      }
      const ids = field.type === "group" ? [field, ...field.fields] : [field];
      ids.forEach((each, index) => {
        const idPath = each === field ? [...path, "id"] : [...path, "fields", index - 1, "id"];
        if (fieldIds.has(each.id))
          report(`Another question already has the id "${each.id}"`, idPath);
        fieldIds.add(each.id);
      });
      checkField(field, path, report);
      if (field.type === "group") {
        field.fields.forEach((column, index) =>
          checkField(column, [...path, "fields", index], report),
        );
      }
      earlier.set(field.id, field);
    });
  });
}

function checkField(field: AnyField, path: Path, report: Report): void {
  switch (field.type) {
    case "text":
      if (field.pattern !== undefined && !compiles(field.pattern)) {
        report("The pattern is not a valid regular expression", [...path, "pattern"]);
      }
      break;
    case "number":
      if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
        report("min is greater than max", [...path, "min"]);
      }
      break;
    case "date":
      if (isIso(field.min) && isIso(field.max) && field.min > field.max) {
        report("min is later than max", [...path, "min"]);
      }
      break;
    case "radio":
    case "select":
    case "checkboxes": {
      const seen = new Set<string>();
      field.options.forEach((option, index) => {
        if (seen.has(option.value)) {
          report(`Another option already has the value "${option.value}"`, [
            ...path,
            "options",
            index,
            "value",
          ]);
        }
        seen.add(option.value);
      });
      if (field.type === "checkboxes") {
        const { minSelections = 0, maxSelections = field.options.length } = field;
        if (minSelections > maxSelections)
          report("minSelections is greater than maxSelections", [...path, "minSelections"]);
        if (maxSelections > field.options.length) {
          report("maxSelections is more than the number of options", [...path, "maxSelections"]);
        }
      }
      break;
    }
    case "thai_address":
      field.provinces?.forEach((code, index) => {
        if (!findProvince(code))
          report(`No province has the code ${code}`, [...path, "provinces", index]);
      });
      break;
    case "file":
      if (new Set(field.accept).size !== field.accept.length)
        report("A media type is listed twice", [...path, "accept"]);
      if (field.maxFiles !== undefined && !field.multiple) {
        report("maxFiles needs multiple: true", [...path, "maxFiles"]);
      }
      break;
    case "group":
      if (field.minItems !== undefined && field.minItems > field.maxItems) {
        report("minItems is greater than maxItems", [...path, "minItems"]);
      }
      break;
    default:
      break;
  }
}

function checkCondition(
  condition: Condition,
  earlier: ReadonlyMap<string, Field>,
  path: Path,
  report: Report,
  depth = 1,
): void {
  if (depth > MAX_CONDITION_DEPTH) {
    report(`Conditions nest at most ${MAX_CONDITION_DEPTH} deep`, path);
    return;
  }
  if ("all" in condition || "any" in condition) {
    const key = "all" in condition ? "all" : "any";
    const parts = "all" in condition ? condition.all : condition.any;
    parts.forEach((part, index) =>
      checkCondition(part, earlier, [...path, key, index], report, depth + 1),
    );
    return;
  }
  if ("not" in condition) {
    checkCondition(condition.not, earlier, [...path, "not"], report, depth + 1);
    return;
  }
  checkLeaf(condition, earlier, path, report);
}

function checkLeaf(
  leaf: LeafCondition,
  earlier: ReadonlyMap<string, Field>,
  path: Path,
  report: Report,
): void {
  const given = operators.filter((operator) => leaf[operator] !== undefined);
  if (given.length !== 1) {
    report(`Give exactly one of ${operators.join(", ")}`, path);
    return;
  }
  const target = earlier.get(leaf.field);
  if (!target) {
    report(
      `"${leaf.field}" is not a question asked before this one (a condition may look only at earlier questions)`,
      [...path, "field"],
    );
    return;
  }
  const operator = given[0]!;
  if (operator === "answered") return;
  if (operator === "includes") {
    if (target.type !== "checkboxes")
      report(`"includes" tests checkboxes; "${target.id}" is ${target.type}`, [
        ...path,
        "includes",
      ]);
    else if (!target.options.some((option) => option.value === leaf.includes)) {
      report(`"${target.id}" has no option "${leaf.includes}"`, [...path, "includes"]);
    }
    return;
  }
  const expected = expectedValueType(target);
  if (!expected) {
    report(
      `A ${target.type} question can be tested only with "answered"${target.type === "checkboxes" ? ' or "includes"' : ""}`,
      [...path, operator],
    );
    return;
  }
  const values = operator === "in" ? (leaf.in ?? []) : [leaf[operator]];
  values.forEach((value, index) => {
    const valuePath = operator === "in" ? [...path, "in", index] : [...path, operator];
    if (typeof value !== expected) {
      report(`"${target.id}" answers are ${expected}s`, valuePath);
    } else if (
      (target.type === "radio" || target.type === "select") &&
      !target.options.some((option) => option.value === value)
    ) {
      report(`"${target.id}" has no option "${String(value)}"`, valuePath);
    }
  });
}

/** What an answer to this question is, for equals / notEquals / in; undefined when they make no sense. */
function expectedValueType(field: Field): "string" | "number" | "boolean" | undefined {
  switch (field.type) {
    case "number":
      return "number";
    case "yes_no":
    case "declaration":
      return "boolean";
    case "checkboxes":
    case "file":
    case "group":
    case "thai_address":
      return undefined;
    default:
      return "string";
  }
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

function isIso(value: string | undefined): value is string {
  return value !== undefined && value !== "today";
}
