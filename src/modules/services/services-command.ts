import { readFile, writeFile } from "node:fs/promises";

import type { Database } from "@/core/db/database";
import { AppError } from "@/core/errors";

import { validateDefinition } from "./definition-problems";
import { getPublishedService } from "./get-published-service";
import { publishService } from "./publish-service";
import { RetirementReasonSchema, retireService } from "./retire-service";
import { saveServiceDraft } from "./save-service-draft";
import { type ServiceDefinition, ServiceDefinitionSchema } from "./schema";

export const servicesCommandUsage = `Usage:
  pratu services export <agency-code>/<service-id> [--out <file>]
  pratu services import <file> [--publish]
  pratu services retire <agency-code>/<service-id> --reason-th <text> --reason-en <text>`;

const SYSTEM = { type: "system", id: "cli:services" } as const;

/** The current published definition of an agency's service, as a file holds it. */
export async function exportService({
  db,
  agencyCode,
  serviceId,
  version,
}: {
  db: Database;
  agencyCode: string;
  serviceId: string;
  /** A version other than the current one (the last one of a retired service, say). */
  version?: number | undefined;
}): Promise<ServiceDefinition> {
  const service = await getPublishedService({ db, serviceId, version });
  if (service.agency.code !== agencyCode.toUpperCase()) {
    throw new AppError("not_found", `${agencyCode} has no published service ${serviceId}.`);
  }
  // Parsing again puts the keys back in the schema's order, which jsonb does not keep.
  return ServiceDefinitionSchema.parse(service.definition);
}

/**
 * Saves a definition file as the service's draft, and publishes it when asked.
 * A file with any problem is refused whole, with every problem listed.
 */
export async function importService({
  db,
  definition,
  shouldPublish,
}: {
  db: Database;
  definition: unknown;
  shouldPublish: boolean;
}): Promise<{ serviceId: string; version: number | null }> {
  const validation = validateDefinition(definition);
  if (!validation.ok) {
    throw new AppError("validation_failed", "The file is not a valid service definition.", {
      fields: validation.problems,
    });
  }
  return db.transaction(async (tx) => {
    const { serviceId } = await saveServiceDraft({ db: tx, author: SYSTEM, definition });
    if (!shouldPublish) return { serviceId, version: null };
    const { version } = await publishService({
      db: tx,
      author: SYSTEM,
      agencyCode: validation.definition.agencyCode,
      serviceId,
    });
    return { serviceId, version };
  });
}

export async function runServicesCommand({
  db,
  args,
  out,
  shouldPublish,
  reason,
}: {
  db: Database;
  args: string[];
  out?: string | undefined;
  shouldPublish: boolean;
  /** Why a service is retired, in Thai and English (for `retire`). */
  reason?: { th?: string | undefined; en?: string | undefined } | undefined;
}): Promise<number> {
  const [action, target] = args;
  try {
    if (action === "retire" && target?.includes("/")) {
      const [agencyCode = "", serviceId = ""] = target.split("/");
      const parsed = RetirementReasonSchema.safeParse({ th: reason?.th, en: reason?.en });
      if (!parsed.success) {
        console.error("Give the reason in Thai and English: --reason-th <text> --reason-en <text>");
        return 2;
      }
      const retired = await retireService({
        db,
        author: SYSTEM,
        agencyCode: agencyCode.toUpperCase(),
        serviceId,
        reason: parsed.data,
      });
      console.log(`Retired ${retired.serviceId} (last version ${retired.version}).`);
      return 0;
    }
    if (action === "export" && target?.includes("/")) {
      const [agencyCode = "", serviceId = ""] = target.split("/");
      const json = `${JSON.stringify(await exportService({ db, agencyCode, serviceId }), null, 2)}\n`;
      if (out) await writeFile(out, json, "utf8");
      else process.stdout.write(json);
      return 0;
    }
    if (action === "import" && target) {
      let definition: unknown;
      try {
        definition = JSON.parse(await readFile(target, "utf8"));
      } catch (error) {
        console.error(`Cannot read ${target} as JSON: ${(error as Error).message}`);
        return 1;
      }
      const result = await importService({ db, definition, shouldPublish });
      console.log(
        result.version === null
          ? `Saved ${result.serviceId} as a draft.`
          : `Published ${result.serviceId} version ${result.version}.`,
      );
      return 0;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(error.message);
    for (const problem of error.fields) console.error(`  ${problem.field}: ${problem.message}`);
    return 1;
  }
  console.error(servicesCommandUsage);
  return 2;
}
