import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

import type { AppEnv } from "@/core/http/context";
import type { Message } from "@/core/i18n";

import { xroadMessages as m } from "./messages";

/**
 * The failures the REST edge itself answers, before or around a mediated
 * call, named with X-Road's own error codes so that an X-Road client sorts
 * them as it would a security server's: `Client.*` when the consumer's
 * request is at fault, `Server.ClientProxy.*` for the consumer's side of the
 * exchange (Pratu stands in for the consumer's security server, and a bearer
 * API key stands in for the information system's TLS certificate), and
 * `Server.ServerProxy.*` for the provider's side.
 */
export const edgeErrors = {
  badRequest: { type: "Client.BadRequest", status: 400, message: m.badRequest },
  missingClient: { type: "Client.MissingHeader", status: 400, message: m.missingClient },
  missingPurpose: { type: "Client.MissingHeader", status: 400, message: m.missingPurpose },
  invalidClient: {
    type: "Client.InvalidClientIdentifier",
    status: 400,
    message: m.invalidClient,
  },
  invalidHeader: { type: "Client.BadRequest", status: 400, message: m.invalidHeader },
  invalidQuery: { type: "Client.BadRequest", status: 400, message: m.invalidQuery },
  invalidMethod: { type: "Client.InvalidHttpMethod", status: 405, message: m.invalidMethod },
  unauthenticated: {
    type: "Server.ClientProxy.SslAuthenticationFailed",
    status: 401,
    message: m.unauthenticated,
  },
  notYourClient: {
    type: "Server.ClientProxy.SslAuthenticationFailed",
    status: 403,
    message: m.notYourClient,
  },
  missingScope: { type: "Server.ClientProxy.AccessDenied", status: 403, message: m.missingScope },
  unknownService: {
    type: "Server.ServerProxy.UnknownService",
    status: 404,
    message: m.unknownService,
  },
  unknownMember: {
    type: "Server.ClientProxy.UnknownMember",
    status: 404,
    message: m.unknownMember,
  },
  internal: { type: "Server.ServerProxy.InternalError", status: 500, message: m.internal },
  busy: { type: "Server.ClientProxy.OutOfCapacity", status: 503, message: m.busy },
} as const satisfies Record<string, EdgeError>;

export interface EdgeError {
  type: string;
  status: ContentfulStatusCode;
  message: Message;
}

/** What an X-Road failure says: the code, and what happened in both languages. */
export interface XroadFailure {
  type: string;
  status: ContentfulStatusCode;
  message: Message;
  /** Names the failure for the operator: the exchange-log row when there is one, else the X-Road-Id. */
  detail: string;
}

export const XROAD_ERROR_HEADER = "X-Road-Error";

/**
 * The X-Road error answer: `X-Road-Error` names the code, the JSON body
 * carries `{type, message, detail}` as X-Road's does, with the Thai text
 * beside the English one.
 */
export function xroadErrorResponse(c: Context<AppEnv>, failure: XroadFailure): Response {
  c.header(XROAD_ERROR_HEADER, failure.type);
  return c.json(
    {
      type: failure.type,
      message: failure.message.en,
      messageTh: failure.message.th,
      detail: failure.detail,
    },
    failure.status,
    { "Content-Type": "application/json; charset=utf-8" },
  );
}

/** Whether a path belongs to the X-Road edge, whose errors are X-Road's, not problem documents. */
export function isXroadPath(path: string): boolean {
  return path.startsWith("/r1/") || path === "/listClients";
}
