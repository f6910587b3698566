import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database, Queryable } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import {
  fillSourceKeys,
  type FormField,
  type RegistryRequirement,
  SUBJECT_FILL,
} from "@/modules/services";

import { callDataService, type ExchangeFailure } from "../call-data-service";
import { findDataServiceByPath } from "../lookups";
import type { ExchangeFailureKind } from "../messages";
import { formatClientId, MEMBER_CLASS } from "../schema";
import { requestHash } from "../xroad/request-hash";
import type { DraftDataSource, UnverifiedSource, UnverifiedStatus } from "./data-source";

/** A refused call that is the person's to settle by consenting, not a reason to ask for a copy. */
const askAgain: ReadonlySet<ExchangeFailureKind> = new Set(["consent_required"]);

/**
 * Fetches one registry requirement of an e-service for the signed-in person
 * through the mediated call, as the e-service (its agency, its id as the
 * subsystem) for the requirement's purpose, asking only for the fields the
 * form uses. The answers come back shaped for the form's questions; a value
 * that does not fit its question is left for the person to give. A failure
 * becomes a record of why (the registry unavailable, no record), and the
 * form then asks for a copy. Null when consent turned out to be needed.
 */
export async function fetchRegistryRequirement(options: {
  db: Database;
  secrets: SecretBox;
  config: Config;
  consumer: { agencyId: string; agencyCode: string };
  serviceId: string;
  index: number;
  requirement: RegistryRequirement;
  /** The form's questions by id: each answer is shaped for its question's type. */
  questionTypes: ReadonlyMap<string, FormField["type"]>;
  /** The person's own national ID. */
  subjectId: string;
  /** The person's account id: X-Road-UserId. */
  userId: string;
  /** The draft the data is for. */
  applicationRef: string;
  /** The consent the call rests on, when it rests on one. */
  consentId?: string | null | undefined;
}): Promise<DraftDataSource | null> {
  const { config, requirement } = options;
  const fields = [...new Set(Object.values(requirement.fill).flatMap(fillSourceKeys))];
  const xroadId = newId();
  const client = formatClientId({
    instance: config.exchange.instance,
    memberClass: MEMBER_CLASS,
    memberCode: options.consumer.agencyCode,
    subsystemCode: options.serviceId,
  });
  const result = await callDataService({
    db: options.db,
    secrets: options.secrets,
    config,
    call: {
      consumer: { ...options.consumer, subsystem: options.serviceId },
      service: {
        instance: config.exchange.instance,
        memberClass: MEMBER_CLASS,
        providerCode: requirement.provider,
        registryCode: requirement.registry,
        serviceCode: requirement.dataService,
      },
      subjectId: options.subjectId,
      purpose: requirement.purpose,
      requestId: xroadId,
      userId: options.userId,
      fields,
      // The request a consumer would have sent to the REST edge for this call.
      requestHash: requestHash({
        method: "GET",
        path: `/r1/${config.exchange.instance}/${MEMBER_CLASS}/${requirement.provider}/${requirement.registry}/${requirement.dataService}/${options.subjectId}`,
        query: `fields=${fields.join(",")}`,
        headers: {
          "x-road-client": client,
          "x-road-id": xroadId,
          "x-road-userid": options.userId,
          "x-road-purpose": requirement.purpose,
        },
      }),
      applicationRef: options.applicationRef,
    },
  });
  const base = {
    index: options.index,
    provider: requirement.provider,
    registry: requirement.registry,
    dataService: requirement.dataService,
  };
  if (!result.ok) {
    if (askAgain.has(result.error.kind)) return null;
    return unfetchedSource({
      db: options.db,
      index: options.index,
      requirement,
      status: statusOf(result.error),
      logId: result.error.logId,
    });
  }
  const values: Record<string, unknown> = {};
  for (const [questionId, fillSource] of Object.entries(requirement.fill)) {
    const type = options.questionTypes.get(questionId);
    const value = readFillSource(fillSource, result.data, options.subjectId);
    const answer = type ? answerFor(type, value) : undefined;
    if (answer !== undefined) values[questionId] = answer;
  }
  const { source } = result;
  return {
    ...base,
    providerName: source.provider.name,
    registryName: source.registry.name,
    status: "verified",
    version: source.dataService.version,
    recordVersion: source.recordVersion,
    logId: result.logId,
    retrievedAt: result.servedAt.toISOString(),
    responseHash: result.responseHash,
    consentId: options.consentId ?? null,
    fields: Object.keys(values),
    values,
  };
}

/**
 * The record of a requirement the registry did not answer (or was not
 * asked, when the person declined), named for the notice and the officer
 * when the data service is known at all.
 */
export async function unfetchedSource(options: {
  db: Queryable;
  index: number;
  requirement: RegistryRequirement;
  status: UnverifiedStatus;
  logId?: string | null | undefined;
}): Promise<UnverifiedSource> {
  const { requirement } = options;
  const known = await findDataServiceByPath({
    db: options.db,
    providerCode: requirement.provider,
    registryCode: requirement.registry,
    serviceCode: requirement.dataService,
  });
  return {
    index: options.index,
    provider: requirement.provider,
    registry: requirement.registry,
    dataService: requirement.dataService,
    providerName: known ? { th: known.provider.nameTh, en: known.provider.nameEn } : null,
    registryName: known?.registry.name ?? null,
    status: options.status,
    logId: options.logId ?? null,
    at: new Date().toISOString(),
  };
}

function statusOf(error: ExchangeFailure): UnverifiedStatus {
  return error.kind === "not_found" ? "not_found" : "unavailable";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at a path: a field, or a member of one item of a list field. */
function valueAt(data: Record<string, unknown>, path: string): unknown {
  const [key, index, member] = path.split(".");
  const value = data[key!];
  if (index === undefined) return value;
  const item = Array.isArray(value) ? (value[Number(index)] as unknown) : undefined;
  return isRecord(item) && member !== undefined ? item[member] : undefined;
}

/**
 * What a fill source says for this person: the subject's own ID, a field,
 * or text made of fields (a field the registry left out counts as empty;
 * all of them left out, as no answer).
 */
export function readFillSource(
  source: string,
  data: Record<string, unknown>,
  subjectId: string,
): unknown {
  if (source === SUBJECT_FILL) return subjectId;
  if (!source.includes("{")) return valueAt(data, source);
  let isAnyGiven = false;
  const text = source.replace(/\{([^{}]+)\}/g, (_match, path: string) => {
    const value = valueAt(data, path);
    if (typeof value === "string" || typeof value === "number") {
      isAnyGiven = true;
      return String(value);
    }
    return "";
  });
  return isAnyGiven ? text.replace(/\s+/g, " ").trim() : undefined;
}

const addressParts = ["line", "provinceCode", "districtCode", "subdistrictCode", "postcode"];

/** A registry value as the answer to a question of this type; undefined when it does not fit. */
export function answerFor(type: FormField["type"], value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (type) {
    case "number":
      if (typeof value === "number" && Number.isFinite(value)) return value;
      return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
    case "yes_no":
      return typeof value === "boolean" ? value : undefined;
    case "thai_address": {
      if (!isRecord(value)) return undefined;
      const address: Record<string, string> = {};
      for (const part of addressParts) {
        const given = value[part];
        if (typeof given === "string" && given.trim() !== "") address[part] = given.trim();
      }
      return Object.keys(address).length === addressParts.length ? address : undefined;
    }
    case "text":
    case "textarea":
    case "radio":
    case "select":
    case "citizen_id":
    case "juristic_id":
    case "passport":
    case "phone":
    case "email":
      if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
      return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
    default:
      return undefined;
  }
}
