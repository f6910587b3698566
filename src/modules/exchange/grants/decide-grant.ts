import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";

import { findCatalogueEntry } from "./catalogue-repo";
import { findGrantOf, type GrantView, viewGrants } from "./grant-views";
import { grantMessages } from "./messages";
import { authorizeGrantChange } from "./policy";
import { recordGrantEvent } from "./record-grant-event";
import { type GrantRecord, updateGrantDecision } from "./repo";
import { actorIdOf, unknownFieldsProblem } from "./request-grant";
import { fieldProblem, GrantDecisionInputSchema, invalidGrant, parseGrantInput } from "./schema";

const problem = grantMessages.problems;

/**
 * The grant the provider acts on. A consumer knows its own grant, so it is
 * told it may not act (403); anyone else is told it does not exist (404).
 */
export async function grantOfProvider(
  db: Database,
  { providerAgencyId, grantId }: { providerAgencyId: string; grantId: string },
): Promise<GrantRecord> {
  const grant = await findGrantOf(db, { agencyId: providerAgencyId, grantId });
  if (grant.providerAgencyId !== providerAgencyId) {
    throw new AppError("forbidden", "Only the provider decides on or revokes a grant.", {
      fields: [fieldProblem("grant", problem.notProvider)],
    });
  }
  return grant;
}

function notPending(): AppError {
  return new AppError("conflict", "The request is no longer pending.", {
    fields: [fieldProblem("grant", problem.notRequested)],
  });
}

/** A provider's change to one of its grants, as asked by an officer or a key of that agency. */
export interface ProviderGrantChange {
  db: Database;
  instance: string;
  actor: Actor;
  providerAgencyId: string;
  grantId: string;
  /** The request body, checked by the change itself. */
  input: unknown;
  requestId?: string | undefined;
}

/**
 * The provider approves a pending request, perhaps for fewer fields than
 * asked, with an expiry and a rate limit of its choosing; or rejects it,
 * saying why.
 */
export async function decideGrant({
  db,
  instance,
  actor,
  providerAgencyId,
  grantId,
  input,
  requestId,
}: ProviderGrantChange): Promise<GrantView> {
  authorizeGrantChange(actor, providerAgencyId);
  const grant = await grantOfProvider(db, { providerAgencyId, grantId });
  const decision = parseGrantInput(GrantDecisionInputSchema, input);
  if (grant.status !== "requested") throw notPending();
  const service = await findCatalogueEntry(db, { instance, dataServiceId: grant.dataServiceId });
  if (!service) throw invalidGrant([fieldProblem("service", problem.service)]);

  const isApproval = decision.decision === "approve";
  const note = decision.note ? decision.note : null;
  const offered = service.fields.map((field) => field.key);
  const fields = isApproval && decision.fields ? [...new Set(decision.fields)] : grant.fields;
  const expiresAt =
    !isApproval || decision.expiresAt === undefined
      ? grant.expiresAt
      : decision.expiresAt === null
        ? null
        : new Date(decision.expiresAt);
  const problems = [
    !isApproval && note === null ? fieldProblem("note", problem.noteRequired) : null,
    isApproval && decision.fields
      ? unknownFieldsProblem(decision.fields, grant.fields ?? offered, problem.fieldsNotRequested)
      : null,
    isApproval && expiresAt && expiresAt <= new Date()
      ? fieldProblem("expiresAt", problem.expiresAt)
      : null,
  ].filter((each) => each !== null);
  if (problems.length > 0) throw invalidGrant(problems);

  const decided = await withinAgency(db, providerAgencyId, async (scope) => {
    const updated = await updateGrantDecision(scope, {
      id: grant.id,
      status: isApproval ? "approved" : "rejected",
      fields,
      expiresAt,
      rateLimitPerMinute: isApproval
        ? (decision.rateLimitPerMinute ?? grant.rateLimitPerMinute)
        : grant.rateLimitPerMinute,
      decidedBy: actorIdOf(actor),
      note,
    });
    // Someone else decided first, or the consumer withdrew it meanwhile.
    if (!updated) throw notPending();
    await recordGrantEvent(scope, {
      event: isApproval ? "approved" : "rejected",
      grant: updated,
      service,
      actor,
      requestId,
      details: {
        note,
        requestedFields: grant.fields,
        requestedExpiresAt: grant.expiresAt,
        requestedRateLimitPerMinute: grant.rateLimitPerMinute,
      },
    });
    return updated;
  });
  const [view] = await viewGrants(db, { instance, grants: [decided] });
  return view!;
}
