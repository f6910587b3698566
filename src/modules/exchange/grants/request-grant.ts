import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { AppError, type FieldProblem } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import type { Message } from "@/core/i18n";
import { findDataServiceByPath } from "@/modules/exchange/lookups";
import { MEMBER_CLASS, parseServiceId } from "@/modules/exchange/schema";

import { type CatalogueEntry, findCatalogueEntry } from "./catalogue-repo";
import { type GrantView, viewGrants } from "./grant-views";
import { grantMessages } from "./messages";
import { authorizeGrantChange } from "./policy";
import { recordGrantEvent } from "./record-grant-event";
import { insertGrant, selectOpenGrant } from "./repo";
import {
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  fieldProblem,
  GrantRequestInputSchema,
  invalidGrant,
  parseGrantInput,
} from "./schema";

const problem = grantMessages.problems;

/** The data service a request names, by its X-Road service id; null when unknown or retired. */
export async function resolveRequestedService(
  db: Database,
  { instance, service }: { instance: string; service: string },
): Promise<CatalogueEntry | null> {
  const id = parseServiceId(service);
  if (!id || id.instance !== instance || id.memberClass !== MEMBER_CLASS) return null;
  const resolved = await findDataServiceByPath({
    db,
    providerCode: id.memberCode,
    registryCode: id.subsystemCode,
    serviceCode: id.serviceCode,
  });
  return resolved
    ? findCatalogueEntry(db, { instance, dataServiceId: resolved.dataService.id })
    : null;
}

/** Fields named that the data service does not return, as a problem; null when all are offered. */
export function unknownFieldsProblem(
  fields: readonly string[],
  offered: readonly string[],
  message: Message = problem.fieldsNotOffered,
): FieldProblem | null {
  const unknown = fields.filter((field) => !offered.includes(field));
  return unknown.length > 0
    ? fieldProblem("fields", message, { fields: unknown.join(", ") })
    : null;
}

/**
 * A consumer agency asks a provider for access to one data service, for one
 * purpose on one lawful basis, perhaps for fewer fields, until a date and
 * at a rate. It grants nothing until the provider approves.
 */
export async function requestGrant({
  db,
  instance,
  actor,
  consumerAgencyId,
  input,
  requestId,
}: {
  db: Database;
  /** The exchange's instance code (config `exchange.instance`). */
  instance: string;
  actor: Actor;
  consumerAgencyId: string;
  input: unknown;
  requestId?: string | undefined;
}): Promise<GrantView> {
  authorizeGrantChange(actor, consumerAgencyId);
  const request = parseGrantInput(GrantRequestInputSchema, input);
  const service = await resolveRequestedService(db, { instance, service: request.service });
  if (!service) throw invalidGrant([fieldProblem("service", problem.service)]);
  const fields = request.fields ? [...new Set(request.fields)] : null;
  const expiresAt = request.expiresAt ? new Date(request.expiresAt) : null;
  const problems = [
    fields
      ? unknownFieldsProblem(
          fields,
          service.fields.map((field) => field.key),
        )
      : null,
    expiresAt && expiresAt <= new Date() ? fieldProblem("expiresAt", problem.expiresAt) : null,
  ].filter((each) => each !== null);
  if (problems.length > 0) throw invalidGrant(problems);

  const consumerSubsystem = request.subsystem ?? null;
  const grant = await withinAgency(db, consumerAgencyId, async (scope) => {
    const open = await selectOpenGrant(scope, {
      dataServiceId: service.dataServiceId,
      consumerSubsystem,
      purpose: request.purpose,
    });
    if (open) {
      throw new AppError("conflict", "An open request or grant already covers this.", {
        fields: [fieldProblem("service", problem.alreadyOpen)],
      });
    }
    const inserted = await insertGrant(scope, {
      id: newId(),
      providerAgencyId: service.provider.id,
      dataServiceId: service.dataServiceId,
      consumerAgencyId,
      consumerSubsystem,
      purpose: request.purpose,
      purposeText: request.purposeText,
      basis: request.basis,
      legalBasis: request.legalBasis,
      fields,
      expiresAt,
      rateLimitPerMinute: request.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      requestedBy: actorIdOf(actor),
    });
    await recordGrantEvent(scope, {
      event: "requested",
      grant: inserted,
      service,
      actor,
      requestId,
      details: { purposeText: request.purposeText, legalBasis: request.legalBasis },
    });
    return inserted;
  });
  const [view] = await viewGrants(db, { instance, grants: [grant] });
  return view!;
}

/** The officer or key behind a change, as the grant row records it. */
export function actorIdOf(actor: Actor): string | null {
  if (actor.type === "officer") return actor.officerId;
  if (actor.type === "api_key") return actor.keyId;
  return null;
}
