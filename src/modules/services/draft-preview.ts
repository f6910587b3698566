import { isPratuAcr } from "@/core/auth/assurance";

import {
  applicantKinds,
  lifeEvents,
  serviceCategories,
  type ServiceDefinition,
  totalWorkingDays,
} from "./schema";

/**
 * A draft read as well as it can be, so the editor previews the manual of a
 * definition still being written: what is missing reads as empty, a number
 * not yet valid as 0, an unknown choice is left out. Nothing here is saved or
 * published; publication validates the draft itself.
 */
type Loose = Record<string, unknown>;

function record(value: unknown): Loose {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Loose)
    : {};
}

function list(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map(record) : [];
}

function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

function bilingual(value: unknown): { th: string; en: string } {
  const pair = record(value);
  return { th: text(pair.th), en: text(pair.en) };
}

function optionalBilingual(value: unknown): { th: string; en: string } | undefined {
  const pair = bilingual(value);
  return pair.th || pair.en ? pair : undefined;
}

function wholeNumber(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isInteger(value) ? value : fallback;
}

function oneOf<const Values extends readonly string[]>(
  values: Values,
  value: unknown,
): value is Values[number] {
  return typeof value === "string" && values.includes(value);
}

export function previewDefinition(draft: unknown): ServiceDefinition {
  const input = record(draft);
  return {
    id: text(input.id),
    agencyCode: text(input.agencyCode),
    name: bilingual(input.name),
    summary: bilingual(input.summary),
    category: oneOf(serviceCategories, input.category) ? input.category : "other",
    lifeEvents: (Array.isArray(input.lifeEvents) ? input.lifeEvents : []).filter((value) =>
      oneOf(lifeEvents, value),
    ),
    legalBasis: list(input.legalBasis).map((law) => {
      const section = text(law.section);
      return { title: bilingual(law.title), ...(section ? { section } : {}) };
    }),
    applicants: (Array.isArray(input.applicants) ? input.applicants : []).filter((value) =>
      oneOf(applicantKinds, value),
    ),
    requiredAssurance: isPratuAcr(input.requiredAssurance) ? input.requiredAssurance : "",
    criteria: list(input.criteria).map(bilingual),
    steps: list(input.steps).map((step) => ({
      title: bilingual(step.title),
      responsible: bilingual(step.responsible),
      workingDays: Math.max(0, wholeNumber(step.workingDays, 0)),
    })),
    fees: list(input.fees).map((fee) => {
      const note = optionalBilingual(fee.note);
      return {
        label: bilingual(fee.label),
        amountSatang: Math.max(0, wholeNumber(fee.amountSatang, 0)),
        ...(note ? { note } : {}),
      };
    }),
    documents: list(input.documents).map((document) => {
      const note = optionalBilingual(document.note);
      return {
        name: bilingual(document.name),
        count: Math.max(1, wholeNumber(document.count, 1)),
        source: document.source === "registry" ? ("registry" as const) : ("attach" as const),
        ...(note ? { note } : {}),
      };
    }),
    outputs: list(input.outputs).map((output) => ({ name: bilingual(output.name) })),
    channels: list(input.channels).map((channel) => ({
      kind: channel.kind === "counter" ? ("counter" as const) : ("online" as const),
      th: text(channel.th),
      en: text(channel.en),
    })),
  };
}

export function previewWorkingDays(draft: unknown): number {
  return totalWorkingDays(previewDefinition(draft));
}
