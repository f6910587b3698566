import { afterEach, describe, expect, it, vi } from "vitest";

import { main } from "./main";

function captureConsole() {
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation(
    (...args: unknown[]) => void lines.push(args.join(" ")),
  );
  vi.spyOn(console, "error").mockImplementation(
    (...args: unknown[]) => void lines.push(args.join(" ")),
  );
  return () => lines.join("\n");
}

describe("pratu command line", () => {
  const savedEnv = { ...process.env };
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...savedEnv };
  });

  it("prints help listing every command", async () => {
    const output = captureConsole();
    expect(await main(["--help"])).toBe(0);
    for (const command of ["start", "serve", "worker", "migrate", "seed --demo"])
      expect(output()).toContain(command);
  });

  it("refuses an unknown flag with a pointer to help", async () => {
    const output = captureConsole();
    expect(await main(["start", "--prot", "3000"])).toBe(2);
    expect(output()).toContain("Unknown option '--prot'");
    expect(output()).toContain("pratu --help");
  });

  it("refuses an unknown command", async () => {
    const output = captureConsole();
    expect(await main(["launch"])).toBe(2);
    expect(output()).toContain('Unknown command "launch"');
  });

  it("lists every configuration problem and exits 78", async () => {
    const output = captureConsole();
    process.env.PORT = "eighty";
    process.env.LOG_LEVEL = "chatty";
    expect(await main(["config"])).toBe(78);
    expect(output()).toMatch(/2 problem\(s\)[\s\S]*PORT[\s\S]*LOG_LEVEL/);
  });

  it("says plainly when PostgreSQL cannot be reached", async () => {
    const output = captureConsole();
    process.env.DATABASE_URL = "postgres://pratu:secret@127.0.0.1:1/pratu";
    process.env.PRATU_SECRET_KEY = "k".repeat(40);
    expect(await main(["migrate"])).toBe(69);
    expect(output()).toContain(
      "Cannot reach PostgreSQL at postgres://pratu:*****@127.0.0.1:1/pratu",
    );
    expect(output()).not.toContain("secret@");
  });
});
