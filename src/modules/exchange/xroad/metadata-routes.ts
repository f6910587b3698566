import type { Context } from "hono";

import type { AppEnv } from "@/core/http/context";

import { findDataServiceByPath } from "../lookups";
import { dataServiceOpenApi } from "../registries/openapi";
import { formatClientId, ServiceCodeSchema } from "../schema";
import { type Consumer, refuse, type XroadMessage } from "./consumer";
import { edgeErrors } from "./errors";
import { findProviderSubsystem, listRestServices, type ProviderSubsystem } from "./metadata";
import { parseProviderPath } from "./parse-request";

/**
 * X-Road's REST metadata services on a provider subsystem (a registry):
 * `listMethods`, `allowedMethods` and `getOpenAPI`. They are X-Road calls
 * like any other (an authenticated client, X-Road-Client), but name no
 * person, so they are not written to the exchange log.
 */

type Answer = (c: Context<AppEnv>, message: XroadMessage, consumer: Consumer) => Promise<Response>;

export const answerListMethods: Answer = (c, message) =>
  withProvider(c, message, async (provider, memberCode) =>
    c.json(
      await listRestServices({
        db: c.get("db"),
        instance: c.get("config").exchange.instance,
        memberCode,
        provider,
      }),
      200,
    ),
  );

export const answerAllowedMethods: Answer = (c, message, consumer) =>
  withProvider(c, message, async (provider, memberCode) =>
    c.json(
      await listRestServices({
        db: c.get("db"),
        instance: c.get("config").exchange.instance,
        memberCode,
        provider,
        allowedFor: { agencyId: consumer.agencyId, subsystem: consumer.client.subsystemCode },
      }),
      200,
    ),
  );

export const answerGetOpenApi: Answer = (c, message) =>
  withProvider(c, message, async (_provider, memberCode, subsystemCode) => {
    const serviceCodes = c.req.queries("serviceCode") ?? [];
    const serviceCode = serviceCodes[0];
    if (
      serviceCodes.length !== 1 ||
      serviceCode === undefined ||
      !ServiceCodeSchema.safeParse(serviceCode).success
    ) {
      return refuse(c, message, { error: edgeErrors.invalidQuery });
    }
    const resolved = await findDataServiceByPath({
      db: c.get("db"),
      providerCode: memberCode,
      registryCode: subsystemCode,
      serviceCode,
    });
    if (!resolved) return refuse(c, message, { error: edgeErrors.unknownService });
    return c.json(
      dataServiceOpenApi({
        ...resolved,
        instance: c.get("config").exchange.instance,
        publicUrl: c.get("config").server.publicUrl,
      }),
      200,
    );
  });

async function withProvider(
  c: Context<AppEnv>,
  message: XroadMessage,
  answer: (
    provider: ProviderSubsystem,
    memberCode: string,
    subsystemCode: string,
  ) => Promise<Response>,
): Promise<Response> {
  const parsed = parseProviderPath(
    {
      instance: c.req.param("instance") ?? "",
      memberClass: c.req.param("memberClass") ?? "",
      memberCode: c.req.param("memberCode") ?? "",
      subsystem: c.req.param("subsystem") ?? "",
    },
    c.get("config").exchange.instance,
  );
  if (!parsed.ok) return refuse(c, message, parsed.refusal);
  const provider = await findProviderSubsystem({
    db: c.get("db"),
    memberCode: parsed.value.memberCode,
    subsystemCode: parsed.value.subsystemCode,
  });
  if (!provider) return refuse(c, message, { error: edgeErrors.unknownMember });
  c.header("X-Road-Service", `${formatClientId(parsed.value)}/${c.req.path.split("/").at(-1)}`);
  return answer(provider, parsed.value.memberCode, parsed.value.subsystemCode);
}
