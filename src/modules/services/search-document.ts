import { searchTerms } from "@/core/i18n";

import type { ServiceDefinition } from "./schema";

/**
 * The words a published version is found by, segmented once at publication
 * and framed by spaces, so a query word matches the start of any word with
 * `like '% word%'`.
 */
export function searchDocument(
  definition: ServiceDefinition,
  agency: { nameTh: string; nameEn: string },
): string {
  const text = [
    definition.id.replaceAll("-", " "),
    definition.name.th,
    definition.name.en,
    definition.summary.th,
    definition.summary.en,
    agency.nameTh,
    agency.nameEn,
    ...definition.outputs.flatMap((output) => [output.name.th, output.name.en]),
  ].join("\n");
  return ` ${searchTerms(text).join(" ")} `;
}
