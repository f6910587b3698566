import { createRouter } from "@/core/http/openapi";

import { grantApiRoutes } from "../grants/api-routes";
import { catalogueRoutes } from "./catalogue-routes";
import { exchangeConsoleRoutes } from "./routes";

export { exchangeConsoleSection } from "./console-section";

/** Access rights (API and console) and the public catalogue of data services. */
export const exchangeAccessRoutes = createRouter();
exchangeAccessRoutes.route("/", grantApiRoutes);
exchangeAccessRoutes.route("/", exchangeConsoleRoutes);
exchangeAccessRoutes.route("/", catalogueRoutes);
