import { createRouter } from "@/core/http/openapi";

import { consoleApiRoutes } from "./api-routes";
import { consolePageRoutes } from "./console-routes";
import { notificationPageRoutes } from "./notification-routes";
import { signInRoutes } from "./sign-in-routes";
import { signOutRoutes } from "./sign-out-routes";
import { webhookApiRoutes } from "./webhook-api-routes";
import { webhookPageRoutes } from "./webhook-routes";

/** Officer sign-in, signing out, the officer console, the agency API keys, webhooks and notices. */
export const consoleRoutes = createRouter();

consoleRoutes.route("/", signInRoutes);
consoleRoutes.route("/", signOutRoutes);
consoleRoutes.route("/", consolePageRoutes);
consoleRoutes.route("/", consoleApiRoutes);
consoleRoutes.route("/", webhookPageRoutes);
consoleRoutes.route("/", webhookApiRoutes);
consoleRoutes.route("/", notificationPageRoutes);
