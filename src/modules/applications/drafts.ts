import { sha256Hex } from "@/core/crypto/tokens";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import { checkUpload, getPublishedService, type PublishedService } from "@/modules/services";

import { withOwnApplication } from "./applicant-actions";
import { selectApplicationDataSources } from "./data-sources-repo";
import { draftSourcesOfApplication } from "./draft-data-sources";
import {
  type AttachmentRecord,
  deleteDraft,
  type DraftRecord,
  insertAttachment,
  insertDraft,
  selectAgencyOfDraft,
  selectAmendmentDraft,
  selectAttachments,
  selectDraft,
  updateDraft,
} from "./draft-repo";
import { DRAFT_LIFETIME_DAYS } from "./notices";
import { requireCitizen, serviceOpenForApplications } from "./submit-application";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Drafts hold answers, not files: files are stored on their own. */
const MAX_DRAFT_ANSWER_BYTES = 256 * 1024;
/** Files one draft may hold, across all its fields. */
const MAX_DRAFT_UPLOADS = 50;

function expiresFrom(now: Date): Date {
  return new Date(now.getTime() + DRAFT_LIFETIME_DAYS * DAY_MS);
}

export interface OwnDraft {
  draft: DraftRecord;
  service: PublishedService;
  /** The files the answers may use: the draft's, and for an amendment the application's too. */
  uploads: AttachmentRecord[];
  /** True when the service changed and the draft was just moved to its current version. */
  hasMovedVersion?: boolean;
}

/** Starts a draft on the service's current version. */
export async function startDraft(options: {
  db: Database;
  actor: Actor;
  serviceId: string;
}): Promise<OwnDraft> {
  const actor = requireCitizen(options.actor);
  const { service, agency } = await serviceOpenForApplications({
    db: options.db,
    serviceId: options.serviceId,
    actor,
  });
  const draft = await withinAgency(options.db, agency.id, (scope) =>
    insertDraft(scope, {
      id: newId(),
      serviceId: service.id,
      serviceVersion: service.version,
      citizenId: actor.citizenId,
      expiresAt: expiresFrom(new Date()),
    }),
  );
  return { draft, service, uploads: [] };
}

/**
 * The person's own draft of the service. A draft of a new application moves
 * to the service's current version when the service changed; an amendment
 * stays on the version its application was made for.
 */
export async function getOwnDraft(options: {
  db: Database;
  actor: Actor;
  serviceId: string;
  draftId: string;
}): Promise<OwnDraft> {
  const actor = requireCitizen(options.actor);
  const agencyId = await selectAgencyOfDraft(options.db, options.draftId);
  const notFound = new AppError(
    "not_found",
    "There is no such draft. It may have expired or been sent.",
  );
  if (!agencyId) throw notFound;
  const found = await withinAgency(options.db, agencyId, async (scope) => {
    const draft = await selectDraft(scope, options.draftId);
    if (!draft || draft.citizenId !== actor.citizenId || draft.serviceId !== options.serviceId) {
      return null;
    }
    return { draft, uploads: await selectAttachments(scope, { draftId: draft.id }) };
  });
  if (!found) throw notFound;
  const { draft, uploads } = found;
  if (draft.amendsApplicationId) {
    const service = await getPublishedService({
      db: options.db,
      serviceId: draft.serviceId,
      version: draft.serviceVersion,
    });
    const applicationUploads = await withinAgency(options.db, agencyId, (scope) =>
      selectAttachments(scope, { applicationId: draft.amendsApplicationId! }),
    );
    return { draft, service, uploads: [...applicationUploads, ...uploads] };
  }
  const { service } = await serviceOpenForApplications({
    db: options.db,
    serviceId: options.serviceId,
    actor,
  });
  if (draft.serviceVersion === service.version) return { draft, service, uploads };
  // The service changed while the draft waited: carry the answers over to the
  // current version; the form's checks say what no longer fits.
  await withinAgency(options.db, agencyId, (scope) =>
    updateDraft(scope, draft.id, {
      answers: draft.answers,
      currentPage: null,
      expiresAt: draft.expiresAt,
      serviceVersion: service.version,
    }),
  );
  return {
    draft: { ...draft, serviceVersion: service.version, currentPage: null },
    service,
    uploads,
    hasMovedVersion: true,
  };
}

/**
 * Starts (or continues) the amendment the agency asked for: a draft holding
 * the application's answers, on the version the application was made for.
 */
export async function startAmendment(options: {
  db: Database;
  actor: Actor;
  applicationId: string;
}): Promise<{ serviceId: string; draftId: string }> {
  const actor = requireCitizen(options.actor);
  return withOwnApplication(options, async (scope, application) => {
    if (application.status !== "info_requested") {
      throw new AppError("conflict", "The agency has not asked for more information.");
    }
    const existing = await selectAmendmentDraft(scope, application.id);
    if (existing) return { serviceId: existing.serviceId, draftId: existing.id };
    const sources = await selectApplicationDataSources(scope, application.id);
    const draft = await insertDraft(scope, {
      id: newId(),
      serviceId: application.serviceId,
      serviceVersion: application.serviceVersion,
      citizenId: actor.citizenId,
      expiresAt: expiresFrom(new Date()),
      answers: application.answers,
      amendsApplicationId: application.id,
      dataSources: draftSourcesOfApplication(sources, application.answers),
    });
    return { serviceId: draft.serviceId, draftId: draft.id };
  });
}

/** Saves answers into the draft; every save keeps it alive for another full term. */
export async function saveDraftAnswers(options: {
  db: Database;
  draft: DraftRecord;
  answers: Record<string, unknown>;
  currentPage: string | null;
}): Promise<DraftRecord> {
  const { draft, answers } = options;
  if (Buffer.byteLength(JSON.stringify(answers)) > MAX_DRAFT_ANSWER_BYTES) {
    throw new AppError("payload_too_large", "The answers are too long to save.");
  }
  const expiresAt = expiresFrom(new Date());
  await withinAgency(options.db, draft.agencyId, (scope) =>
    updateDraft(scope, draft.id, { answers, currentPage: options.currentPage, expiresAt }),
  );
  return { ...draft, answers, currentPage: options.currentPage, expiresAt, updatedAt: new Date() };
}

/**
 * Keeps a file for a form field of the draft, after checking it by its
 * content: its real type and its size against what the field accepts.
 */
export async function uploadToDraft(options: {
  db: Database;
  draft: DraftRecord;
  service: PublishedService;
  fieldId: string;
  filename: string;
  bytes: Uint8Array;
}): Promise<
  { ok: true; attachment: AttachmentRecord } | { ok: false; message: { th: string; en: string } }
> {
  const { draft } = options;
  const checked = await checkUpload({
    form: options.service.definition.form!,
    fieldId: options.fieldId,
    filename: options.filename,
    bytes: options.bytes,
  });
  if (!checked.ok) return { ok: false, message: checked.problem.message };
  return withinAgency(options.db, draft.agencyId, async (scope) => {
    const existing = await selectAttachments(scope, { draftId: draft.id });
    if (existing.length >= MAX_DRAFT_UPLOADS) {
      return {
        ok: false as const,
        message: {
          th: `แนบไฟล์ได้ไม่เกิน ${MAX_DRAFT_UPLOADS} ไฟล์ต่อคำขอ`,
          en: `An application may hold at most ${MAX_DRAFT_UPLOADS} files.`,
        },
      };
    }
    const attachment: AttachmentRecord = {
      id: newId(),
      draftId: draft.id,
      applicationId: null,
      citizenId: draft.citizenId,
      fieldId: options.fieldId,
      filename: checked.filename,
      mediaType: checked.mediaType,
      size: options.bytes.byteLength,
      sha256: sha256Hex(options.bytes),
    };
    await insertAttachment(scope, { ...attachment, content: options.bytes });
    return { ok: true as const, attachment };
  });
}

export async function discardDraft(options: { db: Database; draft: DraftRecord }): Promise<void> {
  await withinAgency(options.db, options.draft.agencyId, (scope) =>
    deleteDraft(scope, options.draft.id),
  );
}
