import { createHash } from "node:crypto";

import type { Config } from "@/config/schema";
import { canonicalJson } from "@/core/audit";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database, Queryable, Transaction } from "@/core/db/database";
import { countRateLimitHit } from "@/core/http/rate-limit";
import { isValidThaiCitizenId, isValidThaiJuristicPersonId } from "@/core/identity/thai-id";
import { enqueueJob } from "@/core/jobs";

import { appendExchangeLog, type ExchangeLogEntry, sealPeriodOf } from "./log/append-exchange-log";
import {
  type AgencyRef,
  type Consent,
  findApplicableGrant,
  findDataServiceByPath,
  findLiveConsent,
  type Grant,
  type ResolvedDataService,
} from "./lookups";
import { callFailures, type ExchangeFailureKind } from "./messages";
import {
  readRegistryRecord,
  type RegistryReading,
  RegistryUnavailableError,
} from "./registries/reader";
import {
  type BilingualText,
  type DataServiceSource,
  formatClientId,
  formatServiceId,
  MEMBER_CLASS,
  type SubjectKind,
} from "./schema";

/** The outbox event of a served call, `{logId}`: the person may be told who used their data. */
export const DATA_USED_EVENT = "exchange.data_used";

/** One request for data about one person or company, as a consumer makes it. */
export interface DataCall {
  consumer: { agencyId: string; agencyCode: string; subsystem: string | null };
  service: {
    instance: string;
    memberClass: string;
    providerCode: string;
    registryCode: string;
    serviceCode: string;
  };
  /** The data subject's identifier, as the registry keys it (13 digits). Never logged. */
  subjectId: string;
  purpose: string;
  /** X-Road-Id: the consumer's id for this request. */
  requestId: string;
  /** X-Road-UserId: the person the consumer asks for. */
  userId: string | null;
  /** A subset of the data service's fields; all the grant allows when absent. */
  fields?: string[] | undefined;
  /** Computed by whoever received the request; logged and echoed as X-Road-Request-Hash. */
  requestHash: string;
  /** The e-service draft or application the data is for. */
  applicationRef?: string | null | undefined;
}

export interface ExchangeFailure {
  kind: ExchangeFailureKind;
  httpStatus: 400 | 403 | 404 | 429 | 502 | 504;
  /** X-Road's error code; null for "not found", which is the data service's own answer. */
  xroadCode: string | null;
  message: BilingualText;
  /** The exchange-log row that records the refusal. */
  logId: string;
  retryAfterSeconds?: number;
}

export type DataCallResult =
  | {
      ok: true;
      data: Record<string, unknown>;
      logId: string;
      servedAt: Date;
      /** SHA-256 (hex) of the canonical JSON of `data`. */
      responseHash: string;
      source: DataServiceSource;
    }
  | { ok: false; error: ExchangeFailure };

/**
 * Mediates one read: checks that the consumer holds an approved grant for
 * this data service and purpose (and the person's consent when the grant
 * rests on it), reads the registry within a bounded time, keeps only the
 * granted fields, and logs the call whatever its outcome. The grant is
 * checked before the subject is looked up, so a consumer without one learns
 * nothing about who exists. Nothing is served that was not logged first.
 */
export async function callDataService({
  db,
  secrets,
  config,
  call,
}: {
  db: Database;
  secrets: SecretBox;
  config: Config;
  call: DataCall;
}): Promise<DataCallResult> {
  const log = new CallLog(db, config, call);
  if (
    call.service.instance !== config.exchange.instance ||
    call.service.memberClass !== MEMBER_CLASS
  ) {
    return log.refuse("unknown_service", {});
  }
  const resolved = await resolveDataService(db, call.service);
  if (!resolved) return log.refuse("unknown_service", {});
  const { provider, registry, dataService } = resolved;
  const known = { providerAgencyId: provider.id, dataServiceId: dataService.id };

  if (!isValidSubject(registry.subjectKind, call.subjectId)) {
    return log.refuse("invalid_request", known);
  }
  const subjectHash = secrets.hashNationalId(call.subjectId);
  const grant = await findApplicableGrant({
    db,
    dataServiceId: dataService.id,
    consumerAgencyId: call.consumer.agencyId,
    subsystem: call.consumer.subsystem,
    purpose: call.purpose,
    at: log.occurredAt,
  });
  if (!grant) return log.refuse("access_denied", { ...known, subjectHash });
  const granted = { ...known, subjectHash, grantId: grant.id };

  const fields = grantedFields(grant, dataService.fields, call.fields);
  if (!fields) return log.refuse("field_not_granted", granted);

  let consent: Consent | null = null;
  if (grant.basis === "consent" || dataService.consentRequired) {
    consent = await findLiveConsent({
      db,
      subjectHash,
      consumerAgencyId: call.consumer.agencyId,
      dataServiceId: dataService.id,
      purpose: call.purpose,
      at: log.occurredAt,
    });
    if (!consent) return log.refuse("consent_required", granted);
  }
  const allowed = { ...granted, consentId: consent?.id ?? null };
  const read = (queryable: Queryable) =>
    readRegistryRecord({
      db: queryable,
      secrets,
      registry,
      subjectId: call.subjectId,
      subjectHash,
      timeoutMs: config.exchange.callTimeoutMs,
      requestId: call.requestId,
    });
  const serve = async (tx: Transaction, record: RegistryReading): Promise<DataCallResult> => {
    if (!record.found) return log.refuseIn(tx, "not_found", allowed);
    const data = Object.fromEntries(fields.map((key) => [key, record.data[key] ?? null]));
    const responseHash = createHash("sha256").update(canonicalJson(data)).digest("hex");
    const logId = await log.write(tx, {
      ...allowed,
      outcome: "ok",
      httpStatus: 200,
      responseHash,
      content: registry.keepContent ? data : null,
    });
    // In the log's transaction: the notice to the person exists exactly when the row does.
    await enqueueJob(tx, { kind: DATA_USED_EVENT, payload: { logId } });
    const source = sourceOf(resolved, record.version, grant);
    return { ok: true, data, logId, servedAt: log.occurredAt, responseHash, source };
  };
  const overLimit = async (queryable: Queryable) => {
    const hit = await countRateLimitHit(queryable, `exchange-grant:${grant.id}`, 60);
    return hit.hits > grant.rateLimitPerMinute ? hit.retryAfterSeconds : null;
  };

  if (registry.kind === "hosted") {
    // A hosted read is one indexed row: the limit, the read and the log
    // share one transaction and one commit.
    const result = await db.transaction(async (tx) => {
      const retryAfterSeconds = await overLimit(tx);
      if (retryAfterSeconds !== null) {
        return log.refuseIn(tx, "rate_limited", allowed, { retryAfterSeconds });
      }
      return serve(tx, await read(tx));
    });
    log.committed();
    return result;
  }
  // An external registry is asked outside any transaction: no connection
  // waits on another agency's system.
  const retryAfterSeconds = await overLimit(db);
  if (retryAfterSeconds !== null) return log.refuse("rate_limited", allowed, { retryAfterSeconds });
  let record: RegistryReading;
  try {
    record = await read(db);
  } catch (error) {
    if (!(error instanceof RegistryUnavailableError)) throw error;
    return log.refuse(error.kind === "timeout" ? "timeout" : "provider_error", allowed);
  }
  const result = await db.transaction((tx) => serve(tx, record));
  log.committed();
  return result;
}

/** Which databases have asked for this period's sealing already (a job per period is enough). */
const sealRequested = new WeakMap<Database, number>();

/** The log row of one call, built up as the call learns who and what it is about. */
class CallLog {
  readonly occurredAt = new Date();
  readonly #started = performance.now();
  readonly #base: ExchangeLogEntry;
  readonly #period: number;

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    call: DataCall,
  ) {
    this.#period = sealPeriodOf(this.occurredAt, config.exchange.sealIntervalMs);
    this.#base = {
      occurredAt: this.occurredAt,
      requestId: call.requestId,
      consumerAgencyId: call.consumer.agencyId,
      consumer: formatClientId({
        instance: config.exchange.instance,
        memberClass: MEMBER_CLASS,
        memberCode: call.consumer.agencyCode,
        subsystemCode: call.consumer.subsystem,
      }),
      consumerSubsystem: call.consumer.subsystem,
      userId: call.userId,
      providerAgencyId: null,
      dataServiceId: null,
      service: formatServiceId({
        instance: call.service.instance,
        memberClass: call.service.memberClass,
        memberCode: call.service.providerCode,
        subsystemCode: call.service.registryCode,
        serviceCode: call.service.serviceCode,
      }),
      purpose: call.purpose,
      grantId: null,
      consentId: null,
      subjectHash: null,
      outcome: "denied",
      httpStatus: 403,
      errorCode: null,
      requestHash: call.requestHash,
      responseHash: null,
      content: null,
      durationMs: 0,
      applicationRef: call.applicationRef ?? null,
    };
  }

  write(tx: Transaction, entry: Partial<ExchangeLogEntry>): Promise<string> {
    return appendExchangeLog(
      tx,
      { ...this.#base, ...entry, durationMs: performance.now() - this.#started },
      {
        sealIntervalMs: this.config.exchange.sealIntervalMs,
        requestSeal: sealRequested.get(this.db) !== this.#period,
      },
    );
  }

  /** After a commit that wrote a row: this period's sealing has been asked for. */
  committed(): void {
    sealRequested.set(this.db, this.#period);
  }

  async refuse(
    kind: ExchangeFailureKind,
    entry: Partial<ExchangeLogEntry>,
    extra: { retryAfterSeconds?: number } = {},
  ): Promise<DataCallResult> {
    const result = await this.db.transaction((tx) => this.refuseIn(tx, kind, entry, extra));
    this.committed();
    return result;
  }

  async refuseIn(
    tx: Transaction,
    kind: ExchangeFailureKind,
    entry: Partial<ExchangeLogEntry>,
    extra: { retryAfterSeconds?: number } = {},
  ): Promise<DataCallResult> {
    const failure = callFailures[kind];
    const logId = await this.write(tx, {
      ...entry,
      outcome: failure.outcome,
      httpStatus: failure.httpStatus,
      errorCode: failure.xroadCode ?? kind,
    });
    const { httpStatus, xroadCode, message } = failure;
    return { ok: false, error: { kind, httpStatus, xroadCode, message, logId, ...extra } };
  }
}

interface ResolvedEntry {
  value: ResolvedDataService;
  at: number;
}

/** How long a data service's definition is reused: a retirement or change shows within this. */
const RESOLVE_TTL_MS = 10_000;
const resolvedServices = new WeakMap<Database, Map<string, ResolvedEntry>>();

/**
 * The data service a path names, kept briefly per database: definitions
 * change rarely, and every call needs one. Grants and consents are never
 * kept: a revocation counts from the next call.
 */
async function resolveDataService(
  db: Database,
  service: DataCall["service"],
): Promise<ResolvedDataService | null> {
  const key = `${service.providerCode}/${service.registryCode}/${service.serviceCode}`;
  let cache = resolvedServices.get(db);
  if (!cache) {
    cache = new Map();
    resolvedServices.set(db, cache);
  }
  const cached = cache.get(key);
  if (cached && Date.now() - cached.at < RESOLVE_TTL_MS) return cached.value;
  const value = await findDataServiceByPath({
    db,
    providerCode: service.providerCode,
    registryCode: service.registryCode,
    serviceCode: service.serviceCode,
  });
  if (value) cache.set(key, { value, at: Date.now() });
  else cache.delete(key);
  return value;
}

function isValidSubject(kind: SubjectKind, subjectId: string): boolean {
  return kind === "citizen_id"
    ? isValidThaiCitizenId(subjectId)
    : isValidThaiJuristicPersonId(subjectId);
}

/** The fields this call may receive: those asked for, all within the grant; null if any is not. */
function grantedFields(
  grant: Grant,
  serviceFields: string[],
  requested: string[] | undefined,
): string[] | null {
  const allowed = (grant.fields ?? serviceFields).filter((key) => serviceFields.includes(key));
  if (!requested || requested.length === 0) return allowed;
  return requested.every((key) => allowed.includes(key)) ? [...new Set(requested)] : null;
}

function sourceOf(
  { provider, registry, dataService }: ResolvedDataService,
  recordVersion: number,
  grant: Grant,
): DataServiceSource {
  const agency: AgencyRef = provider;
  return {
    provider: { code: agency.code, name: { th: agency.nameTh, en: agency.nameEn } },
    registry: { code: registry.code, name: registry.name },
    dataService: { code: dataService.code, name: dataService.name, version: dataService.version },
    recordVersion,
    purpose: { code: grant.purpose, text: grant.purposeText },
  };
}
