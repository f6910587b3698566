import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { ConfigError, describeSettings, loadConfig } from "./load";

describe("configuration", () => {
  it("applies defaults in embedded mode", () => {
    const config = loadConfig({ env: {} });
    expect(config.mode).toBe("embedded");
    expect(config.server.port).toBe(3000);
    expect(config.server.publicUrl).toBe("http://localhost:3000");
    expect(config.auth.devIdentityProvider).toBe(true);
  });

  it("lists every problem at once", () => {
    const attempt = () =>
      loadConfig({
        env: {
          PORT: "eighty",
          DATABASE_URL: "mysql://x",
          LOG_LEVEL: "loud",
          SESSION_IDLE_MINUTES: "-1",
        },
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join("\n")).toMatch(
        /PORT[\s\S]*DATABASE_URL[\s\S]*SESSION_IDLE_MINUTES[\s\S]*LOG_LEVEL/,
      );
    }
  });

  it("requires a secret key in server mode and turns the development provider off there", () => {
    expect(() => loadConfig({ env: { DATABASE_URL: "postgres://localhost/pratu" } })).toThrow(
      /PRATU_SECRET_KEY/,
    );
    const config = loadConfig({
      env: { DATABASE_URL: "postgres://localhost/pratu", PRATU_SECRET_KEY: "x".repeat(40) },
    });
    expect(config.mode).toBe("server");
    expect(config.auth.devIdentityProvider).toBe(false);
  });

  it("is documented in the README, every setting of it", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const variables = [...describeSettings().matchAll(/^\| `([A-Z_]+)`/gm)].map(
      (match) => match[1],
    );
    expect(variables.length).toBeGreaterThan(20);
    for (const variable of variables) expect(readme).toContain(`| \`${variable}\``);
  });
});
