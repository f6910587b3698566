import { createMiddleware } from "hono/factory";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

import type { AppEnv } from "./context";

export interface Metrics {
  registry: Registry;
  middleware: ReturnType<typeof createMiddleware<AppEnv>>;
}

/** Prometheus metrics for one app: process figures plus requests by route and status. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "pratu_" });
  const requests = new Counter({
    name: "pratu_http_requests_total",
    help: "HTTP requests answered, by route and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "pratu_http_request_duration_seconds",
    help: "Time to answer HTTP requests, by route.",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    const route = c.req.routePath && c.req.routePath !== "/*" ? c.req.routePath : "(unmatched)";
    requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    duration.observe({ method: c.req.method, route }, (performance.now() - started) / 1000);
  });
  return { registry, middleware };
}
