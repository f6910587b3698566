/**
 * The structured editor's form and the draft it edits. Every input is named
 * by the path of the definition field it fills (`steps.1.workingDays`), so a
 * problem found in the draft lands beside the input that can fix it. Parts
 * the form does not show (an application form, say) are kept from the
 * stored draft as they were.
 */

export const rowLists = [
  "legalBasis",
  "criteria",
  "steps",
  "fees",
  "documents",
  "outputs",
  "channels",
] as const;

export type RowList = (typeof rowLists)[number];

/** The inputs of one row, by path below the row: the order they appear in. */
export const rowInputs: Record<RowList, readonly string[]> = {
  legalBasis: ["title.th", "title.en", "section"],
  criteria: ["th", "en"],
  steps: ["title.th", "title.en", "responsible.th", "responsible.en", "workingDays"],
  fees: ["label.th", "label.en", "amountSatang", "note.th", "note.en"],
  documents: ["name.th", "name.en", "count", "source", "note.th", "note.en"],
  outputs: ["name.th", "name.en"],
  channels: ["kind", "th", "en"],
};

/** Inputs and groups outside the rows, each the id a problem can link to. */
const singleInputs = [
  "name.th",
  "name.en",
  "summary.th",
  "summary.en",
  "category",
  "lifeEvents",
  "applicants",
  "requiredAssurance",
  ...rowLists,
];

export type EditorAction =
  | { kind: "save" }
  | { kind: "add"; list: RowList }
  | { kind: "remove"; list: RowList; index: number };

export function isRowList(value: unknown): value is RowList {
  return typeof value === "string" && (rowLists as readonly string[]).includes(value);
}

/** The button pressed: `save`, `add:steps` or `remove:steps.2`. */
export function parseEditorAction(value: unknown): EditorAction {
  const match = typeof value === "string" ? /^(add|remove):(\w+)(?:\.(\d+))?$/.exec(value) : null;
  if (!match || !isRowList(match[2])) return { kind: "save" };
  if (match[1] === "add") return { kind: "add", list: match[2] };
  return match[3] === undefined
    ? { kind: "save" }
    : { kind: "remove", list: match[2], index: Number(match[3]) };
}

export type FormBody = Record<string, string | File | (string | File)[]>;

function one(body: FormBody, key: string): string {
  const value = body[key];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : "";
}

function many(body: FormBody, key: string): string[] {
  const value = body[key];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === "string");
}

/** A whole number as typed, kept as typed when it is not one so the problem can say so. */
function wholeNumberOrText(typed: string): number | string | undefined {
  const trimmed = typed.trim();
  if (trimmed === "") return undefined;
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Baht as typed ("1,250.50") to satang (125050); kept as typed when it is not an amount. */
export function satangFromBaht(typed: string): number | string | undefined {
  const trimmed = typed.trim().replaceAll(",", "");
  if (trimmed === "") return undefined;
  const match = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/.exec(trimmed);
  if (!match) return typed.trim();
  const satang = Number(match[2]) * 100 + Number((match[3] ?? "").padEnd(2, "0"));
  return match[1] === "-" ? -satang : satang;
}

/** Satang as the baht a person types: 125050 as "1250.50", 2000 as "20". */
export function bahtFromSatang(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value !== "number" || !Number.isInteger(value)) return "";
  const sign = value < 0 ? "-" : "";
  const whole = Math.floor(Math.abs(value) / 100);
  const fraction = Math.abs(value) % 100;
  return fraction === 0
    ? `${sign}${whole}`
    : `${sign}${whole}.${String(fraction).padStart(2, "0")}`;
}

function bilingual(body: FormBody, prefix: string): { th: string; en: string } {
  return { th: one(body, `${prefix}.th`), en: one(body, `${prefix}.en`) };
}

/** An optional pair: left out when both languages are empty. */
function optionalBilingual(body: FormBody, key: string, prefix: string): Record<string, unknown> {
  const pair = bilingual(body, prefix);
  return pair.th.trim() || pair.en.trim() ? { [key]: pair } : {};
}

function defined(key: string, value: unknown): Record<string, unknown> {
  return value === undefined ? {} : { [key]: value };
}

/** The row numbers the form sent for a list, in order. */
function rowIndexes(body: FormBody, list: RowList): number[] {
  const pattern = new RegExp(`^${list}\\.(\\d+)\\.`);
  const indexes = new Set<number>();
  for (const key of Object.keys(body)) {
    const match = pattern.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

/**
 * A document's registry requirement is written in JSON, not in the
 * structured form: it stays with its row while the row still says "registry".
 */
function keptRegistry(stored: Record<string, unknown>, index: number, source: string) {
  const row = Array.isArray(stored.documents) ? (stored.documents[index] as unknown) : undefined;
  const registry =
    typeof row === "object" && row !== null ? (row as Record<string, unknown>).registry : undefined;
  return source === "registry" && registry !== undefined ? { registry } : {};
}

function readRow(
  body: FormBody,
  list: RowList,
  index: number,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const at = (path: string) => `${list}.${index}.${path}`;
  switch (list) {
    case "legalBasis": {
      const section = one(body, at("section")).trim();
      return { title: bilingual(body, at("title")), ...(section ? { section } : {}) };
    }
    case "criteria":
      return bilingual(body, `${list}.${index}`);
    case "steps":
      return {
        title: bilingual(body, at("title")),
        responsible: bilingual(body, at("responsible")),
        ...defined("workingDays", wholeNumberOrText(one(body, at("workingDays")))),
      };
    case "fees":
      return {
        label: bilingual(body, at("label")),
        ...defined("amountSatang", satangFromBaht(one(body, at("amountSatang")))),
        ...optionalBilingual(body, "note", at("note")),
      };
    case "documents":
      return {
        name: bilingual(body, at("name")),
        ...defined("count", wholeNumberOrText(one(body, at("count")))),
        source: one(body, at("source")),
        ...optionalBilingual(body, "note", at("note")),
        ...keptRegistry(stored, index, one(body, at("source"))),
      };
    case "outputs":
      return { name: bilingual(body, at("name")) };
    case "channels":
      return { kind: one(body, at("kind")), th: one(body, at("th")), en: one(body, at("en")) };
  }
}

/** The draft the structured form describes, over the stored draft's other parts. */
export function draftFromEditorForm(
  body: FormBody,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  const rows = Object.fromEntries(
    rowLists.map((list) => [
      list,
      rowIndexes(body, list).map((index) => readRow(body, list, index, stored)),
    ]),
  );
  return {
    ...stored,
    name: bilingual(body, "name"),
    summary: bilingual(body, "summary"),
    category: one(body, "category"),
    lifeEvents: many(body, "lifeEvents"),
    applicants: many(body, "applicants"),
    requiredAssurance: one(body, "requiredAssurance"),
    ...rows,
  };
}

const blankRows: Record<RowList, () => Record<string, unknown>> = {
  legalBasis: () => ({ title: { th: "", en: "" } }),
  criteria: () => ({ th: "", en: "" }),
  steps: () => ({ title: { th: "", en: "" }, responsible: { th: "", en: "" } }),
  fees: () => ({ label: { th: "", en: "" } }),
  documents: () => ({ name: { th: "", en: "" }, count: 1, source: "attach" }),
  outputs: () => ({ name: { th: "", en: "" } }),
  channels: () => ({ kind: "online", th: "", en: "" }),
};

/** Adds an empty row to a list or takes one out; the id the page should move to comes back. */
export function applyRowAction(
  draft: Record<string, unknown>,
  action: EditorAction,
): { draft: Record<string, unknown>; focus: string | null } {
  if (action.kind === "save") return { draft, focus: null };
  const current = Array.isArray(draft[action.list]) ? (draft[action.list] as unknown[]) : [];
  if (action.kind === "add") {
    const index = current.length;
    return {
      draft: { ...draft, [action.list]: [...current, blankRows[action.list]()] },
      focus: `${action.list}.${index}.${rowInputs[action.list][0]}`,
    };
  }
  return {
    draft: { ...draft, [action.list]: current.filter((_row, index) => index !== action.index) },
    focus: action.list,
  };
}

/** Every input and group of the editor for a draft: where a problem's link can point. */
export function editorAnchors(draft: Record<string, unknown>): Set<string> {
  const anchors = new Set<string>(singleInputs);
  for (const list of rowLists) {
    const rows = Array.isArray(draft[list]) ? (draft[list] as unknown[]) : [];
    rows.forEach((_row, index) => {
      for (const input of rowInputs[list]) anchors.add(`${list}.${index}.${input}`);
    });
  }
  return anchors;
}

/**
 * The input or group a problem belongs beside: the field itself, else its
 * first input (`name` → `name.th`), else the nearest group (`applicants.0` →
 * `applicants`). Null for parts the structured form does not show.
 */
export function anchorFor(field: string, anchors: Set<string>): string | null {
  let path = field;
  while (path) {
    if (anchors.has(path)) return path;
    for (const anchor of anchors) if (anchor.startsWith(`${path}.`)) return anchor;
    path = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "";
  }
  return null;
}
