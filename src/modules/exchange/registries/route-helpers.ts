import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";

import { AppError } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { problemResponse } from "@/core/http/problem-schema";
import type { AgencyAccess, AgencyAccessEnv } from "@/modules/console";

import { registryPolicy } from "./policy";
import type { RegistryPlace } from "./present";
import { getRegistry } from "./save-registry";

/** What the provider API's routes share: where they live, who may call them, what they answer outsiders. */

export const tags = ["Registries"];
export const security = [{ bearer: [] }];
export const BASE = "/api/v1/agencies/{code}/registries/{registry}";

export const notMember = problemResponse(
  "No such agency or registry, or the caller is not one of the agency's members (the same answer, so nothing leaks)",
);
export const forbidden = problemResponse(
  "A member who is not an administrator, or an API key without exchange:manage",
);

/** Members whose role falls short are told so before their body is judged. */
export function authorizeFirst(action: "registry.view" | "registry.manage") {
  return (result: { success: boolean; error?: z.ZodError }, c: Context<AppEnv>) => {
    const { actor, agency } = accessOf(c);
    registryPolicy.authorize(actor, action, { agencyId: agency.id });
    if (!result.success && result.error) {
      throw new AppError("validation_failed", "The request is not valid.", {
        fields: result.error.issues.map((issue) => ({
          field: issue.path.join(".") || "(body)",
          message: issue.message,
        })),
      });
    }
    return undefined;
  };
}

/** What the agency gate found; hooks and handlers behind extra middleware see the plain context type. */
export function accessOf(c: Context<AppEnv>): AgencyAccess {
  return (c as unknown as Context<AgencyAccessEnv>).get("agencyAccess");
}

export function placeOf(c: Context<AgencyAccessEnv>): RegistryPlace {
  return {
    instance: c.get("config").exchange.instance,
    agencyCode: c.get("agencyAccess").agency.code,
  };
}

export async function registryView(c: Context<AgencyAccessEnv>, code: string) {
  const view = await getRegistry({
    db: c.get("db"),
    agencyId: c.get("agencyAccess").agency.id,
    code,
    place: placeOf(c),
  });
  if (!view) throw new AppError("not_found", "There is no registry with this code.");
  return view;
}
