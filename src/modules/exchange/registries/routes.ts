import { createRouter } from "@/core/http/openapi";

import { registryRecordRoutes } from "./record-routes";
import { registryDefinitionRoutes } from "./registry-routes";

/**
 * The provider's API for its registries: definitions, hosted records (one
 * at a time or a CSV file) and the data services other agencies may be
 * granted. For the provider's administrators, or its system with an API
 * key holding exchange:manage; to everyone else these routes do not exist.
 */
export const registryApiRoutes = createRouter();
registryApiRoutes.route("/", registryDefinitionRoutes);
registryApiRoutes.route("/", registryRecordRoutes);
