import type { Config } from "@/config/schema";
import { canonicalJson } from "@/core/audit";
import { nationalIdOf } from "@/core/auth/citizens";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { AppError } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import {
  assessRequirement,
  type ConsentRequestDetails,
  consentToRequirement,
  type DataSource,
  type DraftDataSource,
  fetchRegistryRequirement,
  parseDraftDataSources,
  unfetchedSource,
  type VerifiedSource,
} from "@/modules/exchange/once-only";
import {
  type FormDefinition,
  formForRequirements,
  type IndexedRegistryRequirement,
  type PublishedService,
  type RegistryRequirement,
  registryRequirementsOf,
} from "@/modules/services";

import type { DraftRecord } from "./draft-repo";
import { updateDraftDataSource } from "./draft-repo";
import type { OwnDraft } from "./drafts";
import { requireCitizen } from "./submit-application";

/** An answer a registry verified: put back whatever a form or a client sends. */
export interface LockedAnswer {
  value: unknown;
  source: VerifiedSource;
}

/** The form of one draft (or application) once its registry requirements are settled. */
export interface SourcedForm {
  form: FormDefinition;
  requirements: IndexedRegistryRequirement[];
  sources: Map<number, DraftDataSource>;
  locked: Map<string, LockedAnswer>;
}

function isFor(source: DraftDataSource, requirement: RegistryRequirement): boolean {
  return (
    source.provider === requirement.provider &&
    source.registry === requirement.registry &&
    source.dataService === requirement.dataService
  );
}

/**
 * The service's form as this applicant meets it: verified requirements need
 * no copy and lock the questions they answered; the rest ask for a copy.
 * A source recorded for an older version of the service counts only while
 * the requirement at its place is still the same data service.
 */
export function sourcedFormOf(service: PublishedService, rawSources: unknown): SourcedForm {
  const requirements = registryRequirementsOf(service.definition);
  const recorded = parseDraftDataSources(rawSources);
  const sources = new Map<number, DraftDataSource>();
  const locked = new Map<string, LockedAnswer>();
  // A registry that answered none of the form's questions verified nothing: a copy is asked.
  const verified = new Set<number>();
  for (const { index, requirement } of requirements) {
    const source = recorded.get(index);
    if (!source || !isFor(source, requirement)) continue;
    sources.set(index, source);
    if (source.status !== "verified") continue;
    const { values, ...record } = source;
    for (const fieldId of source.fields) {
      if (Object.hasOwn(requirement.fill, fieldId) && Object.hasOwn(values, fieldId)) {
        locked.set(fieldId, { value: values[fieldId], source: record });
        verified.add(index);
      }
    }
  }
  const form = formForRequirements(service.definition.form!, requirements, (index) => {
    if (verified.has(index)) return "verified";
    return sources.has(index) ? "copy" : "pending";
  });
  return { form, requirements, sources, locked };
}

/**
 * An application's sources as a draft holds them, the verified answers
 * read back from the application's answers: an amendment keeps them locked.
 */
export function draftSourcesOfApplication(
  sources: readonly DataSource[],
  answers: Record<string, unknown>,
): Record<string, DraftDataSource> {
  return Object.fromEntries(
    sources.map((source): [string, DraftDataSource] => {
      if (source.status !== "verified") return [String(source.index), source];
      const values = Object.fromEntries(
        source.fields.filter((id) => Object.hasOwn(answers, id)).map((id) => [id, answers[id]]),
      );
      return [String(source.index), { ...source, values }];
    }),
  );
}

/** The answers with every verified answer put back as the registry gave it. */
export function withVerifiedAnswers(
  answers: Record<string, unknown>,
  locked: ReadonlyMap<string, LockedAnswer>,
): Record<string, unknown> {
  if (locked.size === 0) return answers;
  const result = { ...answers };
  for (const [fieldId, { value }] of locked) result[fieldId] = value;
  return result;
}

/**
 * Refuses answers that change what a registry verified. A client may leave
 * a verified answer out, or send it as it is; anything else is refused, so
 * that a program learns at once that the change was not made.
 */
export function refuseLockedChanges(
  answers: unknown,
  locked: ReadonlyMap<string, LockedAnswer>,
): void {
  if (typeof answers !== "object" || answers === null) return;
  const changed = [...locked].filter(
    ([fieldId, { value }]) =>
      Object.hasOwn(answers, fieldId) &&
      canonicalJson((answers as Record<string, unknown>)[fieldId]) !== canonicalJson(value),
  );
  if (changed.length === 0) return;
  const message = {
    th: "ข้อมูลนี้ตรวจสอบแล้วจากทะเบียน จึงแก้ไขไม่ได้",
    en: "This answer was verified from a registry and cannot be changed.",
  };
  throw new AppError("validation_failed", "Answers verified from a registry cannot be changed.", {
    fields: changed.map(([fieldId]) => ({
      field: fieldId,
      code: "verified_by_registry",
      message: message.en,
      messages: message,
    })),
  });
}

/** A requirement the person must consent to before it is fetched. */
export interface PendingConsent {
  index: number;
  requirement: RegistryRequirement;
  dataServiceId: string;
  details: ConsentRequestDetails;
}

interface SourceOptions {
  db: Database;
  secrets: SecretBox;
  config: Config;
  actor: Actor;
  own: OwnDraft;
}

async function recordSource(own: OwnDraft, db: Database, source: DraftDataSource) {
  const answers = source.status === "verified" ? source.values : {};
  await withinAgency(db, own.draft.agencyId, (scope) =>
    updateDraftDataSource(scope, own.draft.id, { index: source.index, source, answers }),
  );
  const draft: DraftRecord = {
    ...own.draft,
    answers: { ...own.draft.answers, ...answers },
    dataSources: { ...own.draft.dataSources, [String(source.index)]: source },
  };
  return { ...own, draft };
}

/**
 * Settles the draft's registry requirements that are not yet settled:
 * fetches each the e-service may fetch now, and stops at the first that
 * needs the person's consent (`ask`), unless told not to ask, when it is
 * left for a copy. A person whose account holds no national ID cannot be
 * looked up: each requirement is recorded as unavailable, with no call.
 * An amendment keeps the sources of its application.
 */
export async function prepareDraftSources(
  options: SourceOptions & { askConsent: boolean },
): Promise<{ own: OwnDraft; ask: PendingConsent | null }> {
  const citizen = requireCitizen(options.actor);
  let own = options.own;
  if (own.draft.amendsApplicationId) return { own, ask: null };
  const { requirements, sources } = sourcedFormOf(own.service, own.draft.dataSources);
  const open = requirements.filter(({ index }) => !sources.has(index));
  if (open.length === 0) return { own, ask: null };
  const { db, secrets } = options;
  const subjectId = await nationalIdOf({ db, secrets, citizenId: citizen.citizenId });
  for (const { index, requirement } of open) {
    if (!subjectId) {
      const source = await unfetchedSource({ db, index, requirement, status: "unavailable" });
      own = await recordSource(own, db, source);
      continue;
    }
    const assessment = await assessRequirement({
      db,
      consumerAgencyId: own.draft.agencyId,
      serviceId: own.service.id,
      requirement,
      subjectHash: secrets.hashNationalId(subjectId),
    });
    if (assessment.kind === "ask") {
      if (!options.askConsent) continue;
      return {
        own,
        ask: {
          index,
          requirement,
          dataServiceId: assessment.dataServiceId,
          details: assessment.details,
        },
      };
    }
    const source = await fetchFor(options, own, { index, requirement }, subjectId, {
      consentId: assessment.consentId,
    });
    if (source) own = await recordSource(own, db, source);
  }
  return { own, ask: null };
}

function fetchFor(
  options: SourceOptions,
  own: OwnDraft,
  { index, requirement }: IndexedRegistryRequirement,
  subjectId: string,
  extra: { consentId: string | null },
) {
  const citizen = requireCitizen(options.actor);
  const questionTypes = new Map(
    own.service.definition.form!.pages.flatMap((page) =>
      page.fields.map((field) => [field.id, field.type] as const),
    ),
  );
  return fetchRegistryRequirement({
    db: options.db,
    secrets: options.secrets,
    config: options.config,
    consumer: { agencyId: own.draft.agencyId, agencyCode: own.service.agency.code },
    serviceId: own.service.id,
    index,
    requirement,
    questionTypes,
    subjectId,
    userId: citizen.citizenId,
    applicationRef: own.draft.id,
    consentId: extra.consentId,
  });
}

/**
 * The person's answer to a consent request: with consent it is recorded
 * (with its receipt) and the data fetched at once; without, the requirement
 * is recorded as declined and the form asks for a copy. A requirement
 * already settled stays as it is (a form sent twice).
 */
export async function answerConsentRequest(
  options: SourceOptions & { index: number; isGiven: boolean; requestId?: string | undefined },
): Promise<OwnDraft> {
  const citizen = requireCitizen(options.actor);
  const { db, secrets, own } = options;
  const { requirements, sources } = sourcedFormOf(own.service, own.draft.dataSources);
  const found = requirements.find((each) => each.index === options.index);
  if (!found) throw new AppError("not_found", "The service asks for no such document.");
  if (sources.has(found.index) || own.draft.amendsApplicationId) return own;
  if (!options.isGiven) {
    const declined = await unfetchedSource({
      db,
      index: found.index,
      requirement: found.requirement,
      status: "declined",
    });
    return recordSource(own, db, declined);
  }
  const subjectId = await nationalIdOf({ db, secrets, citizenId: citizen.citizenId });
  if (!subjectId) {
    const source = await unfetchedSource({ db, ...found, status: "unavailable" });
    return recordSource(own, db, source);
  }
  const subjectHash = secrets.hashNationalId(subjectId);
  const assessment = await assessRequirement({
    db,
    consumerAgencyId: own.draft.agencyId,
    serviceId: own.service.id,
    requirement: found.requirement,
    subjectHash,
  });
  let consentId = assessment.kind === "fetch" ? assessment.consentId : null;
  if (assessment.kind === "ask") {
    ({ consentId } = await consentToRequirement({
      db,
      secrets,
      config: options.config,
      citizen: { citizenId: citizen.citizenId, assurance: citizen.assurance },
      subjectHash,
      serviceId: own.service.id,
      requirement: found.requirement,
      dataServiceId: assessment.dataServiceId,
      details: assessment.details,
      requestId: options.requestId,
    }));
  }
  const source = await fetchFor(options, own, found, subjectId, { consentId });
  return source ? recordSource(own, db, source) : own;
}
