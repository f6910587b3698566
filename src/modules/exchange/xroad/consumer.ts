import type { Context } from "hono";

import { transaction } from "@/core/db/database";
import type { AppError } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { coreMessages } from "@/core/i18n/core-messages";

import { appendExchangeLog, type ExchangeOutcome } from "../log/append-exchange-log";
import { agencyCodeOf } from "../lookups";
import { type ClientId, formatClientId } from "../schema";
import { edgeErrors, xroadErrorResponse } from "./errors";
import { type EdgeRefusal, parseClientHeader, refusalMessage } from "./parse-request";
import { HASHED_HEADERS, type HashedHeader, requestHash } from "./request-hash";
import { readXroadId } from "./xroad-id";

export const EXCHANGE_QUERY_SCOPE = "exchange:query";

/** One X-Road message as the edge handles it: its id, its hash, when it began. */
export interface XroadMessage {
  id: string;
  isIdMalformed: boolean;
  requestHash: string;
  startedAt: number;
}

const openMessages = new WeakMap<Context<AppEnv>, XroadMessage>();

/** The message a request opened, for an answer written after something failed. */
export function messageOf(c: Context<AppEnv>): XroadMessage | undefined {
  return openMessages.get(c);
}

/**
 * Opens the message: the X-Road-Id in force and the request hash, both set
 * on the response at once so that every answer, error or not, carries them.
 */
export function openXroadMessage(c: Context<AppEnv>): XroadMessage {
  const startedAt = performance.now();
  const { id, isMalformed } = readXroadId(c.req.header("x-road-id"));
  const url = new URL(c.req.url);
  const headers: Partial<Record<HashedHeader, string>> = {};
  for (const name of HASHED_HEADERS) {
    const value = name === "x-road-id" ? id : c.req.header(name);
    if (value !== undefined) headers[name] = value;
  }
  const hash = requestHash({
    method: c.req.method,
    path: url.pathname,
    query: url.search.slice(1),
    headers,
  });
  c.header("X-Road-Id", id);
  c.header("X-Road-Request-Hash", hash);
  const message = { id, isIdMalformed: isMalformed, requestHash: hash, startedAt };
  openMessages.set(c, message);
  return message;
}

/** The consumer an authenticated, well-formed request speaks for. */
export interface Consumer {
  agencyId: string;
  agencyCode: string;
  client: ClientId;
}

/** What a refused data call writes to the exchange log: the service as asked for. */
export interface RefusalLogContext {
  service: string;
}

/**
 * Who is calling: an API key of the agency with the `exchange:query` scope,
 * speaking as one of that agency's own clients (X-Road-Client). An X-Road
 * security server authenticates the information system by its TLS
 * certificate; Pratu does it by the agency's API key. A request without a
 * key is answered but not logged (it names no one); every other refusal of
 * a data call is logged.
 */
export async function identifyConsumer(
  c: Context<AppEnv>,
  message: XroadMessage,
  log: RefusalLogContext | null,
): Promise<{ ok: true; consumer: Consumer } | { ok: false; response: Response }> {
  const actor = c.get("actor");
  if (actor.type !== "api_key") {
    c.header("WWW-Authenticate", 'Bearer realm="pratu"');
    return { ok: false, response: refuse(c, message, { error: edgeErrors.unauthenticated }) };
  }
  const refuseLogged = async (refusal: EdgeRefusal, client: ClientId | null) => ({
    ok: false as const,
    response: await refuseAndLog(c, message, refusal, {
      log,
      consumerAgencyId: actor.agencyId,
      client,
    }),
  });
  if (!actor.scopes.includes(EXCHANGE_QUERY_SCOPE))
    return refuseLogged({ error: edgeErrors.missingScope }, null);
  if (message.isIdMalformed)
    return refuseLogged({ error: edgeErrors.invalidHeader, params: { header: "X-Road-Id" } }, null);
  const parsed = parseClientHeader(
    c.req.header("x-road-client"),
    c.get("config").exchange.instance,
  );
  if (!parsed.ok) return refuseLogged(parsed.refusal, null);
  const client = parsed.value;
  const agencyCode = await agencyCodeOf(c.get("db"), actor.agencyId);
  if (!agencyCode || agencyCode !== client.memberCode)
    return refuseLogged({ error: edgeErrors.notYourClient }, client);
  c.header("X-Road-Client", formatClientId(client));
  return { ok: true, consumer: { agencyId: actor.agencyId, agencyCode, client } };
}

/** Answers a refusal of the edge, unlogged. */
export function refuse(
  c: Context<AppEnv>,
  message: XroadMessage,
  refusal: EdgeRefusal,
  detail: string = message.id,
): Response {
  return xroadErrorResponse(c, {
    type: refusal.error.type,
    status: refusal.error.status,
    message: refusalMessage(refusal),
    detail,
  });
}

/**
 * Answers a refusal of a data call and writes it to the exchange log first:
 * nothing is answered that the log does not hold. Without a log context
 * (a metadata call) it only answers.
 */
export async function refuseAndLog(
  c: Context<AppEnv>,
  message: XroadMessage,
  refusal: EdgeRefusal,
  {
    log,
    consumerAgencyId,
    client,
    purpose = null,
    userId = null,
  }: {
    log: RefusalLogContext | null;
    consumerAgencyId: string;
    client: ClientId | null;
    purpose?: string | null;
    userId?: string | null;
  },
): Promise<Response> {
  if (!log) return refuse(c, message, refusal);
  const config = c.get("config");
  const logId = await transaction(c.get("db"), (tx) =>
    appendExchangeLog(
      tx,
      {
        occurredAt: new Date(),
        requestId: message.id,
        consumerAgencyId,
        consumer: client
          ? formatClientId(client)
          : truncate(c.req.header("x-road-client")?.trim() || "-", 200),
        consumerSubsystem: client?.subsystemCode ?? null,
        userId,
        providerAgencyId: null,
        dataServiceId: null,
        service: truncate(log.service, 300),
        purpose,
        grantId: null,
        consentId: null,
        subjectHash: null,
        outcome: outcomeOf(refusal.error.status),
        httpStatus: refusal.error.status,
        errorCode: refusal.error.type,
        requestHash: message.requestHash,
        responseHash: null,
        content: null,
        durationMs: performance.now() - message.startedAt,
        applicationRef: null,
      },
      { sealIntervalMs: config.exchange.sealIntervalMs },
    ),
  );
  return refuse(c, message, refusal, logId);
}

function outcomeOf(status: number): ExchangeOutcome {
  return status === 401 || status === 403 ? "denied" : "invalid";
}

function truncate(value: string, length: number): string {
  return value.length > length ? value.slice(0, length) : value;
}

/**
 * An error raised before the edge's own handlers ran (an unknown bearer
 * token, a full queue), answered as X-Road answers: a refused credential is
 * a failed client authentication, anything else the consumer's side failing.
 */
export function xroadErrorForAppError(c: Context<AppEnv>, error: AppError): Response {
  if (error.retryAfterSeconds !== undefined)
    c.header("Retry-After", String(error.retryAfterSeconds));
  const known =
    error.code === "unauthenticated"
      ? edgeErrors.unauthenticated
      : error.code === "unavailable"
        ? edgeErrors.busy
        : null;
  const { id } = openXroadMessage(c);
  return xroadErrorResponse(c, {
    type:
      known?.type ??
      (error.status < 500 ? "Client.BadRequest" : "Server.ClientProxy.InternalError"),
    status: error.status,
    message: known?.message ?? coreMessages.errors[error.code],
    detail: id,
  });
}
