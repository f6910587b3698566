import { join } from "node:path";

import type { Config } from "@/config/schema";

import type { Database } from "./database";
import { connectPglite } from "./pglite";
import { connectPostgres } from "./postgres";

/** Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, PGlite otherwise. */
export async function connectDatabase(config: Config, role = "web"): Promise<Database> {
  if (config.database.url) {
    return connectPostgres({
      url: config.database.url,
      poolSize: config.database.poolSize,
      applicationName: `pratu-${role}`,
    });
  }
  return connectPglite({
    dataDir: config.database.ephemeral ? undefined : join(config.database.dataDir, "pglite"),
  });
}
