import { recordAudit } from "@/core/audit";
import { findCitizen } from "@/core/auth/citizens";
import type { SecretBox } from "@/core/crypto/secrets";
import { agencySigner } from "@/core/crypto/signing-keys";
import type { Database } from "@/core/db/database";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import type { Locale } from "@/core/i18n";
import { addServiceRating, getPublishedService, type PublishedService } from "@/modules/services";

import { checkAnswers } from "./check-answers";
import { selectApplicationDataSources } from "./data-sources-repo";
import {
  draftSourcesOfApplication,
  refuseLockedChanges,
  sourcedFormOf,
  withVerifiedAnswers,
} from "./draft-data-sources";
import { attachToApplication, deleteDraft, selectAttachments, selectDraft } from "./draft-repo";
import { resumedDueAt } from "./officer-actions";
import { announceApplicationChange } from "./outbox";
import { authorizeApplicant } from "./policy";
import { issueReceipt, type ReceiptPayload } from "./receipts";
import {
  type ApplicationRecord,
  selectAgencyOfApplication,
  selectApplication,
  selectReceipts,
  updateApplication,
} from "./repo";
import { decodeReceiptPayload, requireCitizen } from "./submit-application";

/** Finds the applicant's own application, in whichever agency holds it. */
export async function withOwnApplication<T>(
  options: { db: Database; actor: Actor; applicationId: string; forUpdate?: boolean },
  work: (scope: AgencyScope, application: ApplicationRecord) => Promise<T>,
): Promise<T> {
  const agencyId = await selectAgencyOfApplication(options.db, options.applicationId);
  if (!agencyId) {
    authorizeApplicant(options.actor, { citizenId: "" });
    throw new AppError("not_found", "There is no such application.");
  }
  return withinAgency(options.db, agencyId, async (scope) => {
    const application = await selectApplication(scope, options.applicationId, {
      forUpdate: options.forUpdate ?? false,
    });
    if (!application) throw new AppError("not_found", "There is no such application.");
    authorizeApplicant(options.actor, application);
    return work(scope, application);
  });
}

async function serviceOf(scope: AgencyScope, application: ApplicationRecord) {
  return getPublishedService({
    db: scope.tx,
    serviceId: application.serviceId,
    version: application.serviceVersion,
  });
}

/**
 * The applicant answers the one request for more information: the same
 * application, amended, with a new receipt for what was sent; the clock
 * starts again where it stopped.
 */
export async function amendApplication(options: {
  db: Database;
  secrets: SecretBox;
  actor: Actor;
  applicationId: string;
  answers: unknown;
  /** The amendment draft whose uploads the answers may use; it is removed once sent. */
  draftId?: string | undefined;
  locale: Locale;
  requestId?: string | undefined;
}): Promise<{ application: ApplicationRecord; receipt: { jws: string; payload: ReceiptPayload } }> {
  const actor = requireCitizen(options.actor);
  const citizen = await findCitizen({ db: options.db, citizenId: actor.citizenId });
  if (!citizen) throw new AppError("unauthenticated");
  // The key is fetched (or made) before the transaction: making it needs one of its own.
  const agencyId = await selectAgencyOfApplication(options.db, options.applicationId);
  const signer = agencyId
    ? await agencySigner({ db: options.db, secrets: options.secrets, agencyId })
    : null;
  return withOwnApplication({ ...options, forUpdate: true }, async (scope, application) => {
    if (application.status !== "info_requested") {
      throw new AppError("conflict", "The agency has not asked for more information.");
    }
    const service: PublishedService = await serviceOf(scope, application);
    const draft = options.draftId ? await selectDraft(scope, options.draftId) : null;
    if (options.draftId && draft?.amendsApplicationId !== application.id) {
      throw new AppError("not_found", "There is no such draft.");
    }
    const uploads = [
      ...(await selectAttachments(scope, { applicationId: application.id })),
      ...(draft ? await selectAttachments(scope, { draftId: draft.id }) : []),
    ];
    // What the registries verified at submission stays as they gave it.
    const sourced = sourcedFormOf(
      service,
      draftSourcesOfApplication(
        await selectApplicationDataSources(scope, application.id),
        application.answers,
      ),
    );
    refuseLockedChanges(options.answers, sourced.locked);
    const checked = checkAnswers({
      form: sourced.form,
      answers: withVerifiedAnswers(
        typeof options.answers === "object" && options.answers !== null
          ? (options.answers as Record<string, unknown>)
          : {},
        sourced.locked,
      ),
      uploads,
      locale: options.locale,
    });
    const amendedAt = new Date();
    const dueAt = resumedDueAt(application, amendedAt);
    await updateApplication(scope, application.id, {
      status: "in_review",
      answers: checked.answers,
      amendedAt,
      pausedSince: null,
      dueAt,
    });
    await attachToApplication(
      scope,
      checked.attachments.map((attachment) => attachment.id),
      application.id,
    );
    if (draft) await deleteDraft(scope, draft.id);
    const receipts = await selectReceipts(scope, application.id);
    const first = decodeReceiptPayload(receipts[0]!.jws);
    const payload: ReceiptPayload = {
      ...first,
      kind: "amendment",
      sequence: receipts.length + 1,
      receivedAt: amendedAt.toISOString(),
      answers: checked.answers,
      attachments: checked.attachments.map(({ fieldId, filename, mediaType, size, sha256 }) => ({
        fieldId,
        filename,
        mediaType,
        size,
        sha256,
      })),
    };
    const jws = await issueReceipt(scope, {
      signer: signer!,
      applicationId: application.id,
      payload,
    });
    const updated: ApplicationRecord = {
      ...application,
      status: "in_review",
      answers: checked.answers,
      amendedAt,
      pausedSince: null,
      dueAt,
    };
    await announceApplicationChange(scope, {
      application: updated,
      service,
      kind: "amended",
      actor,
      requestId: options.requestId,
      details: { receiptSequence: payload.sequence },
    });
    await recordAudit(scope.tx, {
      action: "application.amended",
      actor,
      agencyId: scope.agencyId,
      target: { type: "application", id: application.id },
      requestId: options.requestId,
      details: { reference: application.reference, receiptSequence: payload.sequence },
    });
    return { application: updated, receipt: { jws, payload } };
  });
}

/** After the decision, the applicant may say how it went: once, 1 to 5, with a comment. */
export async function rateApplication(options: {
  db: Database;
  actor: Actor;
  applicationId: string;
  score: number;
  comment: string | null;
  requestId?: string | undefined;
}): Promise<void> {
  const actor = requireCitizen(options.actor);
  await withOwnApplication(options, async (scope, application) => {
    if (!application.decision) {
      throw new AppError("conflict", "An application can be rated once it has been decided.");
    }
    const result = await scope.tx.query(
      `insert into application_ratings (agency_id, application_id, service_id, score, comment)
       values ($1, $2, $3, $4, $5) on conflict (agency_id, application_id) do nothing`,
      [scope.agencyId, application.id, application.serviceId, options.score, options.comment],
    );
    if (result.rowCount === 0) {
      throw new AppError("conflict", "This application has already been rated.");
    }
    await addServiceRating(scope, { serviceId: application.serviceId, score: options.score });
    await recordAudit(scope.tx, {
      action: "application.rated",
      actor,
      agencyId: scope.agencyId,
      target: { type: "application", id: application.id },
      requestId: options.requestId,
      details: { score: options.score },
    });
  });
}
