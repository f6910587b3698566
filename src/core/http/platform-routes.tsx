import { createRoute, z } from "@hono/zod-openapi";

import { isSecureDeployment } from "@/core/auth/sessions";
import { isLocale } from "@/core/i18n";
import { findAsset } from "@/core/ui/assets";

import type { Metrics } from "./metrics";
import { createRouter } from "./openapi";
import { rememberLocale } from "./request-context";
import { safeNextPath } from "./sign-in-redirect";

const HealthSchema = z.object({ status: z.literal("ok") }).openapi("Health");
const ReadySchema = z
  .object({ status: z.enum(["ready", "unavailable"]), database: z.enum(["ok", "unreachable"]) })
  .openapi("Readiness");

/** Probes, metrics, static assets and the language switch: routes every deployment has. */
export function platformRoutes(metrics: Metrics) {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: "get",
      path: "/healthz",
      tags: ["Operations"],
      summary: "Liveness: the process answers",
      responses: {
        200: { description: "Alive", content: { "application/json": { schema: HealthSchema } } },
      },
    }),
    (c) => c.json({ status: "ok" as const }, 200),
  );

  router.openapi(
    createRoute({
      method: "get",
      path: "/readyz",
      tags: ["Operations"],
      summary: "Readiness: the database answers",
      responses: {
        200: { description: "Ready", content: { "application/json": { schema: ReadySchema } } },
        503: { description: "Not ready", content: { "application/json": { schema: ReadySchema } } },
      },
    }),
    async (c) => {
      try {
        await c.get("db").query("select 1");
        return c.json({ status: "ready" as const, database: "ok" as const }, 200);
      } catch {
        return c.json({ status: "unavailable" as const, database: "unreachable" as const }, 503);
      }
    },
  );

  router.get("/metrics", async (c) => {
    c.header("Content-Type", metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });

  router.get("/assets/*", (c) => {
    const asset = findAsset(c.req.path);
    if (!asset) return c.notFound();
    c.header("Content-Type", asset.contentType);
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    return c.body(asset.body as Uint8Array<ArrayBuffer>);
  });

  router.get("/language", (c) => {
    const to = c.req.query("to");
    const next = c.req.query("next") ?? "/";
    if (isLocale(to)) rememberLocale(c, to, isSecureDeployment(c.get("config")));
    // Only a path on this site: never an open redirect.
    return c.redirect(safeNextPath(next) ?? "/", 303);
  });

  return router;
}
