import { createRouter } from "@/core/http/openapi";

import { certificateConsoleRoutes } from "./console-routes";
import { publishRoutes } from "./publish-routes";
import { tsaRoutes } from "./tsa-routes";

/** Every route of the module: publishing, the time-stamping authority, the console page. */
export const pkiRoutes = createRouter();
pkiRoutes.route("/", publishRoutes);
pkiRoutes.route("/", tsaRoutes);
pkiRoutes.route("/", certificateConsoleRoutes);
