#!/usr/bin/env node
// The pratu command. Pratu needs Node.js 22 or newer; when the Node on PATH is
// older, the project's own Node (the `node` package in devDependencies, fetched
// from the npm registry by `npm install`) runs the command instead.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const MINIMUM_MAJOR = 22;
const here = fileURLToPath(import.meta.url);
const projectNode = join(dirname(here), "..", "node_modules", "node", "bin", "node");
const major = Number(process.versions.node.split(".")[0]);

if (major < MINIMUM_MAJOR) {
  if (!existsSync(projectNode)) {
    console.error(
      `Pratu needs Node.js ${MINIMUM_MAJOR} or newer; this is ${process.version}.\n` +
        "Run `npm install` in the project first: it brings a supported Node.js.",
    );
    process.exit(1);
  }
  const child = spawn(projectNode, [here, ...process.argv.slice(2)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: join(dirname(here), "..", "tsconfig.json") });
  const { main } = await import("../src/main.ts");
  process.exitCode = await main(process.argv.slice(2));
}
