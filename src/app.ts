import type { OpenAPIHono } from "@hono/zod-openapi";

import type { Config } from "@/config/schema";
import { authenticate } from "@/core/auth/authenticate";
import { citizenSignInRoutes } from "@/core/auth/citizen-sign-in-routes";
import type { DevIdentityProvider } from "@/core/auth/dev-identity-provider";
import { devIdentityProviderRoutes } from "@/core/auth/dev-identity-provider-routes";
import { createRelyingParty } from "@/core/auth/oidc-relying-party";
import { createProviderTokenVerifier } from "@/core/auth/provider-access-tokens";
import { isSecureDeployment } from "@/core/auth/sessions";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { AppError } from "@/core/errors";
import { type AdmissionLimit, createAdmission } from "@/core/http/admission";
import { apiDocsRoutes } from "@/core/http/api-docs";
import type { AppEnv } from "@/core/http/context";
import { csrfProtection } from "@/core/http/csrf";
import { renderError, toAppError } from "@/core/http/errors";
import { createMetrics } from "@/core/http/metrics";
import { createRouter } from "@/core/http/openapi";
import { platformRoutes } from "@/core/http/platform-routes";
import { rateLimit, rateLimitKey } from "@/core/http/rate-limit";
import { accessLog, locale, requestId } from "@/core/http/request-context";
import { securityHeaders } from "@/core/http/security-headers";
import type { Logger } from "@/core/log/logger";
import { accountRoutes } from "@/modules/account";
import { agencyRoutes } from "@/modules/agencies";
import { applicationRoutes } from "@/modules/applications";
import { channelRoutes } from "@/modules/channels";
import { consoleRoutes } from "@/modules/console";
import { documentRoutes } from "@/modules/documents";
import { batchUploadLimit, documentBatchRoutes } from "@/modules/documents/bulk";
import { credentialRoutes } from "@/modules/documents/credential-routes";
import { transparencyRoutes } from "@/modules/documents/transparency";
import {
  verificationRoutes,
  verificationUploadLimit,
} from "@/modules/documents/verification-routes";
import { consentRoutes } from "@/modules/exchange/consent";
import { exchangeAccessRoutes } from "@/modules/exchange/console";
import { dataUseRoutes } from "@/modules/exchange/data-use";
import { registryApiRoutes } from "@/modules/exchange/registries";
import { isXroadPath, xroadErrorForAppError, xroadRoutes } from "@/modules/exchange/xroad";
import { homeRoutes } from "@/modules/home/routes";
import { levelRoutes } from "@/modules/levels";
import { certificateUploadLimit, pkiRoutes } from "@/modules/pki";
import { addressRoutes, serviceRoutes } from "@/modules/services";

export interface AppDependencies {
  config: Config;
  db: Database;
  logger: Logger;
  secrets: SecretBox;
  /** The built-in development identity provider, when the web server runs one. */
  devIdentityProvider?: DevIdentityProvider | undefined;
}

/** The web application: the kernel's middleware in order, then each module's routes. */
export function createApp({
  config,
  db,
  logger,
  secrets,
  devIdentityProvider,
}: AppDependencies): OpenAPIHono<AppEnv> {
  const app = createRouter();
  const metrics = createMetrics();
  const admission = createAdmission({ config, secrets, registry: metrics.registry });

  app.use("*", async (c, next) => {
    c.set("config", config);
    c.set("db", db);
    c.set("logger", logger);
    c.set("secrets", secrets);
    // Anonymous until authentication says otherwise (a request turned away
    // before it is drawn as for anyone).
    c.set("session", null);
    c.set("actor", { type: "anonymous" });
    await next();
  });
  app.use("*", requestId, locale, accessLog, metrics.middleware);
  app.use("*", securityHeaders({ isSecure: isSecureDeployment(config) }));
  // The expensive routes, each behind its class's gate. While a gate is full,
  // requests it would turn away are turned away before authentication, so a
  // rush of them costs no database round trip; the rest wait for a place after
  // the cheap refusals (authentication, CSRF, rate limit), so a request refused
  // by those never holds one.
  const submit = admission.limit("submit", { methods: ["POST"] });
  const verify = admission.limit("verify", { methods: ["POST"] });
  const expensiveRoutes: [path: string, limit: AdmissionLimit][] = [
    ["/api/v1/services/:serviceId/applications", submit],
    ["/services/:serviceId/apply/:draftId/submit", submit],
    ["/verify", verify],
    ["/api/v1/documents/verify", verify],
    ["/credentials/verify", verify],
    ["/presentations/verify", verify],
    ["/v/:code", admission.limit("verify", { methods: ["GET", "HEAD"] })],
    ["/r1/*", admission.limit("exchange", { methods: ["GET"], refusal: "throw" })],
  ];
  for (const [path, limit] of expensiveRoutes) app.use(path, limit.shed);
  app.use(
    "*",
    authenticate({
      providerTokens: createProviderTokenVerifier({ config, devIdentityProvider, logger }),
    }),
  );
  // Uploads over the limit are refused before the CSRF check reads a form body.
  app.use("/verify", verificationUploadLimit);
  app.use("/api/v1/documents/verify", verificationUploadLimit);
  app.use("/console/documents/certificates/import", certificateUploadLimit);
  app.use("/console/documents/batches", batchUploadLimit);
  app.use("*", csrfProtection);
  app.use(
    "/api/*",
    rateLimit({
      name: "api",
      limit: (c) => c.get("config").security.rateLimitPerMinute,
      key: rateLimitKey,
    }),
  );
  for (const [path, limit] of expensiveRoutes) app.use(path, limit.admit);

  app.route("/", platformRoutes(metrics));
  app.route("/", homeRoutes);
  app.route("/", agencyRoutes);
  app.route("/", channelRoutes);
  app.route("/", serviceRoutes);
  app.route("/", addressRoutes);
  app.route("/", applicationRoutes);
  app.route("/", consoleRoutes);
  app.route("/", levelRoutes);
  app.route("/", pkiRoutes);
  app.route("/", documentBatchRoutes);
  app.route("/", documentRoutes);
  app.route("/", transparencyRoutes);
  app.route("/", credentialRoutes);
  app.route("/", verificationRoutes);
  app.route(
    "/",
    citizenSignInRoutes({
      relyingParty: createRelyingParty({ config, devIdentityProvider }),
      providerName: config.auth.oidcProviderName,
    }),
  );
  app.route("/", devIdentityProviderRoutes(devIdentityProvider));
  app.route("/", accountRoutes);
  app.route("/", dataUseRoutes);
  app.route("/", consentRoutes);
  app.route("/", exchangeAccessRoutes);
  app.route("/", registryApiRoutes);
  app.route("/", xroadRoutes);
  app.route("/", apiDocsRoutes(app));

  app.notFound((c) =>
    renderError(c, new AppError("not_found", `No route for ${c.req.method} ${c.req.path}.`)),
  );
  app.onError((error, c) => {
    const appError = toAppError(error);
    if (appError.code === "internal") {
      logger.error({ requestId: c.get("requestId"), err: error }, "unhandled error");
    }
    if (isXroadPath(c.req.path)) return xroadErrorForAppError(c, appError);
    return renderError(c, appError);
  });
  return app;
}
