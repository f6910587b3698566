import { addressParts, type ThaiAddressAnswer } from "./address-values";
import type { Answers } from "./conditions";
import { isoFromParts } from "./dates";
import { asciiDigits } from "./field-values";
import type { AnyField, Field, FileField, FormDefinition, GroupField } from "./schema";
import { findDistrict, findSubdistrict } from "./thai-addresses";

/** A posted HTML form, as `c.req.parseBody({ all: true })` gives it with files left out. */
export type FormBody = Record<string, string | string[]>;

/**
 * A button that changes the page instead of moving on: add or remove a row
 * of a group, remove an attached file, or list the districts of the chosen
 * province (without JavaScript, an address is chosen one level at a time).
 * The caller saves the answers and shows the same step again.
 */
export type PageAction =
  | { kind: "add_row"; field: string }
  | { kind: "remove_row"; field: string; index: number }
  | { kind: "remove_file"; field: string; attachmentId: string }
  | { kind: "refresh"; field: string };

export interface FormBodyAnswers {
  /** Every question of the step, unanswered ones as undefined so they replace older answers. */
  answers: Answers;
  action: PageAction | null;
}

/** The questions a step shows, by step id: a page's id, or a question's id when one per page. */
export function stepFields(form: FormDefinition, stepId: string): Field[] {
  for (const page of form.pages) {
    if (!form.onePerPage && page.id === stepId) return page.fields;
    const field = page.fields.find((each) => each.id === stepId);
    if (form.onePerPage && field) return [field];
  }
  return [];
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function all(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The answers of one step from a form posted without JavaScript: numbers
 * from text, ticked boxes, "yes"/"no", a date typed as day, month and year
 * (Buddhist Era or not), address parts, group rows named `household[0][name]`
 * and the ids of files already attached.
 */
export function answersFromFormBody(
  form: FormDefinition,
  stepId: string,
  body: FormBody,
): FormBodyAnswers {
  const fields = stepFields(form, stepId);
  const action = parseAction(first(body._action), fields);
  const answers: Answers = {};
  for (const field of fields) {
    if (field.type === "group") {
      answers[field.id] = groupRows(field, body, action);
    } else if (field.type === "file") {
      answers[field.id] = keptFiles(field, body, action);
    } else {
      answers[field.id] = valueFromBody(field, (suffix) => body[`${field.id}${suffix}`]);
    }
  }
  return { answers, action };
}

function parseAction(raw: string | undefined, fields: AnyField[]): PageAction | null {
  if (!raw) return null;
  const [kind, fieldId, detail] = raw.split(":");
  const field = fields.find((each) => each.id === fieldId);
  if (!field || fieldId === undefined) return null;
  if (kind === "add_row" && field.type === "group") return { kind, field: fieldId };
  if (kind === "remove_row" && field.type === "group" && /^\d{1,3}$/.test(detail ?? "")) {
    return { kind, field: fieldId, index: Number(detail) };
  }
  if (kind === "remove_file" && field.type === "file" && detail) {
    return { kind, field: fieldId, attachmentId: detail };
  }
  if (kind === "refresh" && field.type === "thai_address") return { kind, field: fieldId };
  return null;
}

function valueFromBody(
  field: Exclude<AnyField, { type: "group" | "file" }>,
  read: (suffix: string) => string | string[] | undefined,
): unknown {
  switch (field.type) {
    case "checkboxes":
      return all(read(""));
    case "declaration":
      return first(read("")) === "yes";
    case "yes_no": {
      const value = first(read(""));
      return value === "yes" ? true : value === "no" ? false : undefined;
    }
    case "number": {
      const text = asciiDigits(first(read("")) ?? "").replace(/[\s,]/g, "");
      if (text === "") return undefined;
      const value = Number(text);
      return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) && Number.isFinite(value) ? value : text;
    }
    case "date": {
      const parts = {
        day: asciiDigits(first(read("[day]")) ?? "").trim(),
        month: asciiDigits(first(read("[month]")) ?? "").trim(),
        year: asciiDigits(first(read("[year]")) ?? "").trim(),
      };
      if (!parts.day && !parts.month && !parts.year) return undefined;
      const iso = [parts.day, parts.month, parts.year].every((part) => /^\d{1,4}$/.test(part))
        ? isoFromParts(Number(parts.day), Number(parts.month), Number(parts.year))
        : undefined;
      // Kept as typed when it is not a date, so the page can show it back with the problem.
      return iso ?? parts;
    }
    case "thai_address":
      return addressFromBody(read);
    default:
      return first(read(""));
  }
}

/**
 * The address parts posted, with a lower level dropped when it no longer
 * lies in the level above (the person changed the province) and the postcode
 * filled in when the subdistrict has only one.
 */
function addressFromBody(
  read: (suffix: string) => string | string[] | undefined,
): ThaiAddressAnswer | undefined {
  const address: ThaiAddressAnswer = {};
  for (const part of addressParts) {
    const value = first(read(`[${part}]`))?.trim();
    if (value) address[part] = value;
  }
  if (
    address.districtCode &&
    findDistrict(address.districtCode)?.provinceCode !== address.provinceCode
  ) {
    delete address.districtCode;
  }
  const subdistrict = address.subdistrictCode
    ? findSubdistrict(address.subdistrictCode)
    : undefined;
  if (address.subdistrictCode && subdistrict?.districtCode !== address.districtCode) {
    delete address.subdistrictCode;
    delete address.postcode;
  } else if (subdistrict?.postcodes.length === 1) {
    address.postcode = subdistrict.postcodes[0];
  }
  return Object.keys(address).length > 0 ? address : undefined;
}

const ROW_KEY = /^\[(\d{1,3})\]\[([a-zA-Z0-9_]+)\](\[[a-z]+\])?$/;

function groupRows(field: GroupField, body: FormBody, action: PageAction | null): Answers[] {
  const byIndex = new Map<number, Record<string, string | string[]>>();
  for (const [key, value] of Object.entries(body)) {
    if (!key.startsWith(`${field.id}[`)) continue;
    const match = ROW_KEY.exec(key.slice(field.id.length));
    if (!match) continue;
    const index = Number(match[1]);
    const cells = byIndex.get(index) ?? {};
    cells[`${match[2]}${match[3] ?? ""}`] = value;
    byIndex.set(index, cells);
  }
  let rows = [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .slice(0, field.maxItems + 1)
    .map(([, cells]) => {
      const row: Answers = {};
      for (const column of field.fields) {
        const value = valueFromBody(column, (suffix) => cells[`${column.id}${suffix}`]);
        if (value !== undefined && value !== "") row[column.id] = value;
      }
      return row;
    });
  if (action?.kind === "remove_row" && action.field === field.id) {
    rows = rows.filter((_row, index) => index !== action.index);
  }
  if (action?.kind === "add_row" && action.field === field.id) {
    // The person is building the table: keep blank rows and add one.
    return rows.length < field.maxItems ? [...rows, {}] : rows;
  }
  // Otherwise a row left blank is one the person did not want.
  return rows.filter((row) => Object.keys(row).length > 0);
}

function keptFiles(field: FileField, body: FormBody, action: PageAction | null): string[] {
  const kept = all(body[`${field.id}[kept]`]);
  return action?.kind === "remove_file" && action.field === field.id
    ? kept.filter((id) => id !== action.attachmentId)
    : kept;
}

/**
 * The files posted for the step's file questions (an empty file input posts
 * an empty, nameless file, which is left out). The caller checks each with
 * checkUpload, stores it and adds its id to the question's answer.
 */
export function filesFromFormBody(
  form: FormDefinition,
  stepId: string,
  body: Record<string, unknown>,
): { field: FileField; files: File[] }[] {
  return stepFields(form, stepId)
    .filter((field): field is FileField => field.type === "file")
    .map((field) => {
      const posted = body[field.id];
      const files = (Array.isArray(posted) ? posted : [posted]).filter(
        (value): value is File => value instanceof File && value.size > 0,
      );
      return { field, files };
    })
    .filter((entry) => entry.files.length > 0);
}
