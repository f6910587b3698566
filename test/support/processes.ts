import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const pratuBin = fileURLToPath(new URL("../../bin/pratu.mjs", import.meta.url));

export interface PratuProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves when the process prints text matching the pattern. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `pratu <args>` as its own process, the way an operator would. */
export function spawnPratu(args: string[], env: Record<string, string>): PratuProcess {
  const child = spawn(process.execPath, [pratuBin, ...args], {
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    for (const listener of listeners) listener();
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );

  return {
    child,
    output: () => output,
    waitFor: (pattern, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(output)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`Timed out waiting for ${pattern} in:\n${output}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then((code) => {
          if (!pattern.test(output))
            reject(new Error(`pratu exited (${code}) before ${pattern}:\n${output}`));
        });
        check();
      }),
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
