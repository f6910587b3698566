import { createRouter } from "@/core/http/openapi";

import { citizenApiRoutes } from "./api/citizen-api-routes";
import { draftApiRoutes } from "./api/draft-api-routes";
import { publicApiRoutes } from "./api/public-api-routes";
import { staffApiRoutes } from "./api/staff-api-routes";
import { applyPageRoutes } from "./apply-routes";
import { applySourceRoutes } from "./apply-source-routes";
import { citizenPageRoutes } from "./citizen-routes";
import { applicationConsoleRoutes } from "./console-routes";

/** The applications module's API and pages. */
export const applicationRoutes = createRouter();

applicationRoutes.route("/", publicApiRoutes);
applicationRoutes.route("/", citizenApiRoutes);
applicationRoutes.route("/", draftApiRoutes);
applicationRoutes.route("/", staffApiRoutes);
applicationRoutes.route("/", applyPageRoutes);
applicationRoutes.route("/", applySourceRoutes);
applicationRoutes.route("/", citizenPageRoutes);
applicationRoutes.route("/", applicationConsoleRoutes);
