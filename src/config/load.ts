import { readFileSync } from "node:fs";

import type { z } from "zod";

import { type Config, settings, type SettingsInput } from "./schema";

interface Setting {
  env: string;
  schema: z.ZodType;
  default: unknown;
  describe: string;
}

const settingGroups = settings as unknown as Record<string, Record<string, Setting>>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

export interface LoadConfigOptions {
  env?: Record<string, string | undefined>;
  /** Path of a JSON config file; its values are overridden by the environment. */
  file?: string | undefined;
  /** Values from the command line; they override both. */
  overrides?: SettingsInput;
}

/** Reads every setting once, applies defaults, and lists every problem at once. */
export function loadConfig({
  env = process.env,
  file,
  overrides = {},
}: LoadConfigOptions = {}): Config {
  const problems: string[] = [];
  const fromFile = file ? readConfigFile(file, problems) : {};
  const parsed: Record<string, Record<string, unknown>> = {};

  for (const [group, entries] of Object.entries(settingGroups)) {
    parsed[group] = {};
    for (const [key, setting] of Object.entries(entries)) {
      const raw =
        (overrides as Record<string, Record<string, unknown> | undefined>)[group]?.[key] ??
        env[setting.env] ??
        (fromFile as Record<string, Record<string, unknown> | undefined>)[group]?.[key] ??
        setting.default;
      const result = setting.schema.safeParse(raw === "" ? undefined : raw);
      if (result.success) {
        parsed[group][key] = result.data;
      } else {
        const reason = result.error.issues.map((issue) => issue.message).join("; ");
        problems.push(`${setting.env} (${group}.${key}): ${reason}; got ${JSON.stringify(raw)}`);
      }
    }
  }

  const config = parsed as unknown as Config;
  if (problems.length === 0) {
    config.mode = config.database.url ? "server" : "embedded";
    config.server.publicUrl = (
      config.server.publicUrl ?? `http://localhost:${config.server.port}`
    ).replace(/\/$/, "");
    config.auth.devIdentityProvider =
      (parsed.auth?.devIdentityProvider as boolean | undefined) ?? config.mode === "embedded";
    if (config.mode === "server" && !config.security.secretKey) {
      problems.push("PRATU_SECRET_KEY (security.secretKey): required when DATABASE_URL is set");
    }
    if (config.auth.oidcIssuer && !config.auth.oidcClientId) {
      problems.push("OIDC_CLIENT_ID (auth.oidcClientId): required when OIDC_ISSUER is set");
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function readConfigFile(path: string, problems: string[]): SettingsInput {
  try {
    const value: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push(`${path}: must hold a JSON object grouped like { "server": { "port": 3000 } }`);
      return {};
    }
    for (const group of Object.keys(value)) {
      if (!(group in settings)) problems.push(`${path}: unknown group "${group}"`);
    }
    return value;
  } catch (error) {
    problems.push(`${path}: cannot be read as JSON (${(error as Error).message})`);
    return {};
  }
}

/** The settings as a Markdown table, for the README. */
export function describeSettings(): string {
  const rows = ["| Variable | Config file key | Default | What it does |", "|---|---|---|---|"];
  for (const [group, entries] of Object.entries(settingGroups)) {
    for (const [key, setting] of Object.entries(entries)) {
      const fallback =
        setting.default === undefined
          ? "—"
          : `\`${JSON.stringify(setting.default).replace(/^"|"$/g, "")}\``;
      rows.push(`| \`${setting.env}\` | \`${group}.${key}\` | ${fallback} | ${setting.describe} |`);
    }
  }
  return rows.join("\n");
}
