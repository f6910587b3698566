import { canonicalJson, recordAudit } from "@/core/audit";
import { meetsAssurance, parseAcr } from "@/core/auth/assurance";
import { findCitizen } from "@/core/auth/citizens";
import { addWorkingDays } from "@/core/calendar/working-days";
import type { SecretBox } from "@/core/crypto/secrets";
import { agencySigner } from "@/core/crypto/signing-keys";
import { sha256Hex } from "@/core/crypto/tokens";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { type AgencyScope, withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import type { Locale } from "@/core/i18n";
import { selectAgencyByCode } from "@/modules/agencies";
import { type DataSource, toDataSource } from "@/modules/exchange/once-only";
import { getPublishedService, getServiceStanding, type PublishedService } from "@/modules/services";

import { checkAnswers } from "./check-answers";
import { insertApplicationDataSources } from "./data-sources-repo";
import { refuseLockedChanges, sourcedFormOf, withVerifiedAnswers } from "./draft-data-sources";
import {
  type AttachmentRecord,
  attachToApplication,
  deleteDraft,
  selectAttachments,
  selectDraft,
} from "./draft-repo";
import { applicationMessages as m } from "./messages";
import { announceApplicationChange } from "./outbox";
import { issueReceipt, type ReceiptPayload } from "./receipts";
import { ensureReferenceSequence, nextReference } from "./reference-numbers";
import {
  type ApplicationRecord,
  insertApplication,
  selectApplicationByIdempotencyKey,
  selectReceipts,
} from "./repo";
import { newStatusCode } from "./status-codes";

type CitizenActor = Extract<Actor, { type: "citizen" }>;

export interface Submission {
  application: ApplicationRecord;
  receipt: { jws: string; payload: ReceiptPayload };
  /** True when the idempotency key had already made this application. */
  isReplay: boolean;
  /** The service version and files of a new submission: enough to present it without reading it back. */
  service?: PublishedService;
  attachments?: AttachmentRecord[];
  dataSources?: DataSource[];
}

export function requireCitizen(actor: Actor): CitizenActor {
  if (actor.type === "anonymous") throw new AppError("unauthenticated");
  if (actor.type !== "citizen") {
    throw new AppError("forbidden", "Only the applicant, signed in as a person, may do this.");
  }
  return actor;
}

/** Agency codes never change hands, so their ids are kept a while per database. */
const agencyIds = new WeakMap<Database, Map<string, { id: string; at: number }>>();
const AGENCY_ID_TTL_MS = 60_000;

async function agencyIdOfCode(db: Database, code: string): Promise<string | null> {
  let known = agencyIds.get(db);
  if (!known) {
    known = new Map();
    agencyIds.set(db, known);
  }
  const cached = known.get(code);
  if (cached && Date.now() - cached.at < AGENCY_ID_TTL_MS) return cached.id;
  const agency = await selectAgencyByCode(db, code);
  if (agency) known.set(code, { id: agency.id, at: Date.now() });
  return agency?.id ?? null;
}

/** The service as it is open for applications now, or a clear refusal. */
export async function serviceOpenForApplications(options: {
  db: Database;
  serviceId: string;
  version?: number | undefined;
  actor: CitizenActor;
}): Promise<{ service: PublishedService; agency: { id: string; code: string } }> {
  const service = await getPublishedService({
    db: options.db,
    serviceId: options.serviceId,
  }).catch(async (error: unknown) => {
    const standing = await getServiceStanding({ db: options.db, serviceId: options.serviceId });
    if (standing?.status === "retired") {
      throw new AppError(
        "conflict",
        "This service is no longer offered; applications in progress continue. See the service page for the agency's contact.",
      );
    }
    throw error;
  });
  if (!service.definition.form) {
    throw new AppError("conflict", "This service is not offered online; see its channels.");
  }
  if (options.version !== undefined && options.version !== service.version) {
    throw new AppError(
      "conflict",
      `The answers were made for version ${options.version} of this service; the current version is ${service.version}. Review the answers against it and submit again.`,
    );
  }
  const required = parseAcr(service.definition.requiredAssurance);
  if (required && !meetsAssurance(options.actor.assurance, required)) {
    throw new AppError(
      "forbidden",
      "This service needs a stronger sign-in than the one used. Sign in again with a higher identity assurance level.",
    );
  }
  const agencyId = await agencyIdOfCode(options.db, service.agency.code);
  if (!agencyId) throw new AppError("not_found", `No published service ${options.serviceId}.`);
  return { service, agency: { id: agencyId, code: service.agency.code } };
}

/**
 * Submits an application. Everything the submission means is written in one
 * transaction: the application, its first timeline event, the signed
 * receipt, the audit record and the outbox events; so a receipt exists
 * exactly when the application does. The same idempotency key returns the
 * same application and receipt, even when two submits race.
 */
export async function submitApplication(options: {
  db: Database;
  secrets: SecretBox;
  actor: Actor;
  serviceId: string;
  serviceVersion?: number | undefined;
  answers: unknown;
  draftId?: string | undefined;
  idempotencyKey: string;
  locale: Locale;
  requestId?: string | undefined;
}): Promise<Submission> {
  const { db, secrets, idempotencyKey, locale } = options;
  const actor = requireCitizen(options.actor);
  const { service, agency } = await serviceOpenForApplications({
    db,
    serviceId: options.serviceId,
    version: options.serviceVersion,
    actor,
  });
  const requestHash = sha256Hex(
    canonicalJson({ serviceId: service.id, draftId: options.draftId, answers: options.answers }),
  );

  const receivedAt = new Date();
  const [signer, citizen] = await Promise.all([
    agencySigner({ db, secrets, agencyId: agency.id }),
    findCitizen({ db, citizenId: actor.citizenId }),
    ensureReferenceSequence(db, agency.id, receivedAt),
  ]);
  if (!citizen) throw new AppError("unauthenticated");

  const submitted = await withinAgency(db, agency.id, async (scope) => {
    // A repeated submit is found first, in the same transaction as the rest.
    const replay = await findReplay(scope, {
      citizenId: actor.citizenId,
      idempotencyKey,
      requestHash,
    });
    if (replay) return replay;
    const draft = options.draftId
      ? await selectDraft(scope, options.draftId, { forUpdate: true })
      : null;
    if (options.draftId && (!draft || draft.citizenId !== actor.citizenId)) {
      throw new AppError("not_found", "There is no such draft.");
    }
    if (draft && draft.serviceVersion !== service.version) {
      throw new AppError("conflict", "The service changed since this draft was started.");
    }
    const uploads = draft ? await selectAttachments(scope, { draftId: draft.id }) : [];
    // What the registries verified for the draft stands as they gave it;
    // without a draft nothing was verified and each copy is asked for.
    const sourced = sourcedFormOf(service, draft?.dataSources ?? {});
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
      locale,
    });
    const dataSources = [...sourced.sources.values()].map(toDataSource);

    const id = newId();
    const reference = await nextReference(scope.tx, agency, receivedAt);
    const statusCode = newStatusCode();
    const application = {
      id,
      reference,
      serviceId: service.id,
      serviceVersion: service.version,
      citizenId: actor.citizenId,
      idempotencyKey,
      requestHash,
      answers: checked.answers,
      statusCodeSealed: secrets.seal(statusCode),
      locale,
      submittedAt: receivedAt,
      dueAt: addWorkingDays(receivedAt, service.totalWorkingDays),
    };
    if (!(await insertApplication(scope, application))) return null;
    await insertApplicationDataSources(scope, id, dataSources);
    await attachToApplication(
      scope,
      checked.attachments.map((attachment) => attachment.id),
      id,
    );
    const payload: ReceiptPayload = {
      version: 1,
      kind: "submission",
      sequence: 1,
      reference,
      applicationId: id,
      receivedAt: receivedAt.toISOString(),
      agency: { code: agency.code, name: { th: service.agency.nameTh, en: service.agency.nameEn } },
      service: { id: service.id, version: service.version, name: service.definition.name },
      applicant: {
        name: citizen.nameTh ?? citizen.nameEn,
        nationalIdLast4: citizen.nationalIdLast4,
      },
      answers: checked.answers,
      attachments: checked.attachments.map(({ fieldId, filename, mediaType, size, sha256 }) => ({
        fieldId,
        filename,
        mediaType,
        size,
        sha256,
      })),
      ...(dataSources.length > 0 ? { dataSources } : {}),
    };
    const jws = await issueReceipt(scope, { signer, applicationId: id, payload });
    if (draft) await deleteDraft(scope, draft.id);
    const record: ApplicationRecord = {
      ...application,
      agencyId: agency.id,
      status: "submitted",
      claimedBy: null,
      claimedAt: null,
      infoRequestedAt: null,
      infoRequest: null,
      amendedAt: null,
      pausedSince: null,
      decidedAt: null,
      decision: null,
      decisionReason: null,
      lastProgressNoticeAt: null,
    };
    await announceApplicationChange(scope, {
      application: record,
      service,
      kind: "submitted",
      actor,
      requestId: options.requestId,
      details: { reference },
      notice: { template: "application.received", statusCode },
      applicantContact: { email: citizen.email, phone: citizen.noticePhone },
    });
    // Last, so the agency's audit chain is held only for the commit.
    await recordAudit(scope.tx, {
      action: "application.submitted",
      actor,
      agencyId: agency.id,
      target: { type: "application", id },
      requestId: options.requestId,
      details: { reference, serviceId: service.id, serviceVersion: service.version },
    });
    return {
      application: record,
      receipt: { jws, payload },
      isReplay: false,
      service,
      attachments: checked.attachments,
      dataSources,
    };
  });
  if (submitted) return submitted;

  // A concurrent submit with the same key won the race: answer with its result.
  const raced = await withinAgency(db, agency.id, (scope) =>
    findReplay(scope, { citizenId: actor.citizenId, idempotencyKey, requestHash }),
  );
  if (!raced) throw new AppError("conflict", m.errors.idempotencyRace.en);
  return raced;
}

async function findReplay(
  scope: AgencyScope,
  key: { citizenId: string; idempotencyKey: string; requestHash: string },
): Promise<Submission | null> {
  const existing = await selectApplicationByIdempotencyKey(
    scope,
    key.citizenId,
    key.idempotencyKey,
  );
  if (!existing) return null;
  if (existing.requestHash !== key.requestHash) {
    throw new AppError("conflict", m.errors.idempotencyKeyReused.en);
  }
  const [first] = await selectReceipts(scope, existing.id);
  if (!first) throw new Error(`Application ${existing.id} has no receipt.`);
  return {
    application: existing,
    receipt: { jws: first.jws, payload: decodeReceiptPayload(first.jws) },
    isReplay: true,
  };
}

/** The application a draft became, when its submit was pressed more than once. */
export async function findApplicationOfDraft(options: {
  db: Database;
  actor: Actor;
  draftId: string;
}): Promise<string | null> {
  if (options.actor.type !== "citizen") return null;
  const { rows } = await options.db.query<{ id: string }>(
    "select id from applications where citizen_id = $1 and idempotency_key = $2",
    [options.actor.citizenId, `draft:${options.draftId}`],
  );
  return rows[0]?.id ?? null;
}

export function decodeReceiptPayload(jws: string): ReceiptPayload {
  const part = jws.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as ReceiptPayload;
}
