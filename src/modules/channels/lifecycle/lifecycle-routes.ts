import { createRouter } from "@/core/http/openapi";

import { channelApiRoutes } from "./api-routes";
import { channelConfirmRoutes } from "./confirm-routes";
import { channelConsoleRoutes } from "./console-routes";
import { channelOperatorRoutes } from "./operator-routes";

/** The channel lifecycle: console pages, the operator's queue, the e-mail link, the agency API. */
export const channelLifecycleRoutes = createRouter();

channelLifecycleRoutes.route("/", channelConsoleRoutes);
channelLifecycleRoutes.route("/", channelOperatorRoutes);
channelLifecycleRoutes.route("/", channelConfirmRoutes);
channelLifecycleRoutes.route("/", channelApiRoutes);
