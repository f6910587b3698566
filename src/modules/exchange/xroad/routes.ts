import type { Context } from "hono";

import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";

import { callDataService } from "../call-data-service";
import { formatServiceId } from "../schema";
import {
  type Consumer,
  identifyConsumer,
  messageOf,
  openXroadMessage,
  refuse,
  refuseAndLog,
  type XroadMessage,
} from "./consumer";
import { edgeErrors, xroadErrorResponse } from "./errors";
import { listClients } from "./metadata";
import { answerAllowedMethods, answerGetOpenApi, answerListMethods } from "./metadata-routes";
import { describeXroadRoutes } from "./openapi";
import {
  parseCallHeaders,
  parseDataQuery,
  parseServicePath,
  parseSubjectId,
} from "./parse-request";

/**
 * The exchange's X-Road-style REST edge: mediated data calls at
 * `/r1/{serviceId}/{subjectId}` and X-Road's metadata services. Every answer
 * here speaks X-Road: `X-Road-Id` and `X-Road-Request-Hash` on all of them,
 * `X-Road-Error` and `{type, message, detail}` on failures.
 */
export const xroadRoutes = createRouter();

describeXroadRoutes(xroadRoutes);

const DATA_PATH = "/r1/:instance/:memberClass/:memberCode/:subsystem/:serviceCode/:subjectId";
const PROVIDER_PATH = "/r1/:instance/:memberClass/:memberCode/:subsystem";

xroadRoutes.get(DATA_PATH, async (c) => {
  const message = openXroadMessage(c);
  const params = c.req.param();
  // The service as asked for, for the log: the path without the subject.
  const asked = [
    params.instance,
    params.memberClass,
    params.memberCode,
    params.subsystem,
    params.serviceCode,
  ].join("/");
  const identified = await identifyConsumer(c, message, { service: asked });
  if (!identified.ok) return identified.response;
  const { consumer } = identified;
  const logged = (refusal: Parameters<typeof refuseAndLog>[2], extra = {}) =>
    refuseAndLog(c, message, refusal, {
      log: { service: asked },
      consumerAgencyId: consumer.agencyId,
      client: consumer.client,
      ...extra,
    });

  const service = parseServicePath(params, c.get("config").exchange.instance);
  if (!service.ok) return logged(service.refusal);
  const subjectId = parseSubjectId(params.subjectId);
  if (!subjectId.ok) return logged(subjectId.refusal);
  const headers = parseCallHeaders({
    userId: c.req.header("x-road-userid"),
    purpose: c.req.header("x-road-purpose"),
    issue: c.req.header("x-road-issue"),
  });
  if (!headers.ok) return logged(headers.refusal);
  const query = parseDataQuery(c.req.queries());
  if (!query.ok) return logged(query.refusal, { purpose: headers.value.purpose });

  c.header("X-Road-Service", formatServiceId(service.value));
  const result = await callDataService({
    db: c.get("db"),
    secrets: c.get("secrets"),
    config: c.get("config"),
    call: {
      consumer: {
        agencyId: consumer.agencyId,
        agencyCode: consumer.agencyCode,
        subsystem: consumer.client.subsystemCode,
      },
      service: {
        instance: service.value.instance,
        memberClass: service.value.memberClass,
        providerCode: service.value.memberCode,
        registryCode: service.value.subsystemCode,
        serviceCode: service.value.serviceCode,
      },
      subjectId: subjectId.value,
      purpose: headers.value.purpose,
      requestId: message.id,
      userId: headers.value.userId,
      fields: query.value.fields,
      requestHash: message.requestHash,
      applicationRef: headers.value.issue,
    },
  });
  if (!result.ok) {
    const { error } = result;
    if (error.retryAfterSeconds !== undefined)
      c.header("Retry-After", String(error.retryAfterSeconds));
    // Not found is the data service's own answer, not an exchange failure:
    // as in X-Road, it comes without X-Road-Error.
    if (error.xroadCode === null) {
      return c.json(
        {
          type: error.kind,
          message: error.message.en,
          messageTh: error.message.th,
          detail: error.logId,
        },
        error.httpStatus,
      );
    }
    return xroadErrorResponse(c, {
      type: error.xroadCode,
      status: error.httpStatus,
      message: error.message,
      detail: error.logId,
    });
  }
  return c.json(
    {
      data: result.data,
      source: {
        service: formatServiceId(service.value),
        ...result.source,
        exchangeLogId: result.logId,
      },
      retrievedAt: result.servedAt.toISOString(),
    },
    200,
  );
});

xroadRoutes.get(`${PROVIDER_PATH}/listMethods`, (c) => withConsumer(c, answerListMethods));
xroadRoutes.get(`${PROVIDER_PATH}/allowedMethods`, (c) => withConsumer(c, answerAllowedMethods));
xroadRoutes.get(`${PROVIDER_PATH}/getOpenAPI`, (c) => withConsumer(c, answerGetOpenApi));

/**
 * listClients is not an X-Road message (a security server answers it to
 * any information system), and names only what is public: agencies and
 * the codes of their subsystems.
 */
const answerListClients = async (c: Context<AppEnv>) => {
  const instance = c.get("config").exchange.instance;
  const asked = c.req.query("xRoadInstance") ?? c.req.param("instance") ?? instance;
  if (asked !== instance) return c.json({ member: [] }, 200);
  return c.json(await listClients({ db: c.get("db"), instance }), 200);
};
xroadRoutes.get("/listClients", answerListClients);
xroadRoutes.get("/r1/:instance/listClients", answerListClients);

// Anything else under /r1 is not a request of the protocol.
xroadRoutes.all("/r1/*", (c) => {
  const message = openXroadMessage(c);
  const isDataPath = c.req.path.split("/").length === 8;
  return refuse(c, message, {
    error: isDataPath && c.req.method !== "GET" ? edgeErrors.invalidMethod : edgeErrors.badRequest,
  });
});

xroadRoutes.onError((error, c) => {
  c.get("logger").error({ requestId: c.get("requestId"), err: error }, "exchange edge failed");
  return xroadErrorResponse(c, {
    type: edgeErrors.internal.type,
    status: edgeErrors.internal.status,
    message: edgeErrors.internal.message,
    detail: messageOf(c)?.id ?? c.get("requestId"),
  });
});

async function withConsumer(
  c: Context<AppEnv>,
  answer: (c: Context<AppEnv>, message: XroadMessage, consumer: Consumer) => Promise<Response>,
): Promise<Response> {
  const message = openXroadMessage(c);
  const identified = await identifyConsumer(c, message, null);
  if (!identified.ok) return identified.response;
  return answer(c, message, identified.consumer);
}
