import { createRouter } from "@/core/http/openapi";

import { consoleApiRoutes } from "./api-routes";
import { consolePageRoutes } from "./console-routes";
import { signInRoutes } from "./sign-in-routes";
import { signOutRoutes } from "./sign-out-routes";

/** Officer sign-in, signing out, the officer console and the agency API keys. */
export const consoleRoutes = createRouter();

consoleRoutes.route("/", signInRoutes);
consoleRoutes.route("/", signOutRoutes);
consoleRoutes.route("/", consolePageRoutes);
consoleRoutes.route("/", consoleApiRoutes);
