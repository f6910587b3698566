import { Writable } from "node:stream";

import { type AppDependencies, createApp } from "@/app";
import { loadConfig } from "@/config/load";
import type { Config, SettingsInput } from "@/config/schema";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { createLogger } from "@/core/log/logger";

import { createTestDatabase } from "./database";

export const TEST_SECRET_KEY = "test-secret-key-that-is-long-enough-0123456789";
export const TEST_PUBLIC_URL = "http://localhost";

export function testConfig(overrides: SettingsInput = {}): Config {
  return loadConfig({
    env: {},
    overrides: {
      ...overrides,
      server: { publicUrl: TEST_PUBLIC_URL, ...overrides.server },
      security: { secretKey: TEST_SECRET_KEY, ...overrides.security },
      logging: { level: "info", ...overrides.logging },
      auth: { devIdentityProvider: true, ...overrides.auth },
    },
  });
}

export interface TestApp extends AppDependencies {
  app: ReturnType<typeof createApp>;
  /** Every log line written, parsed, so a test can assert what was (not) logged. */
  logLines: Record<string, unknown>[];
  close(): Promise<void>;
}

/** The real application on a fresh, migrated database, with logs captured in memory. */
export async function createTestApp(
  options: { db?: Database; config?: SettingsInput } = {},
): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  const config = testConfig(options.config);
  const logLines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString("utf8").split("\n"))
        if (line) logLines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const logger = createLogger(config.logging.level, sink);
  const secrets = new SecretBox(TEST_SECRET_KEY);
  const app = createApp({ config, db, logger, secrets });
  return {
    app,
    config,
    db,
    logger,
    secrets,
    logLines,
    close: () => (options.db ? Promise.resolve() : db.close()),
  };
}
