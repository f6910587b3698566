import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import type { Logger } from "@/core/log/logger";
import { relocateExternalRegistry } from "@/modules/exchange/registries";

import { landRegistry } from "./definitions";
import { demoLandRegistrySecret } from "./land-registry-secret";

const pratuBin = fileURLToPath(new URL("../../../bin/pratu.mjs", import.meta.url));
const STARTUP_LIMIT_MS = 30_000;

export interface DemoLandRegistry {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The demo's land registry when the database has one pointing at this machine; null otherwise. */
async function findDemoLandRegistry(
  db: Database,
): Promise<{ agencyId: string; url: string } | null> {
  const { rows } = await db.query<{ agency_id: string; external_url: string }>(
    `select r.agency_id, r.external_url
       from registries r join agencies a on a.id = r.agency_id
      where a.code = $1 and r.code = $2 and r.kind = 'external'`,
    [landRegistry.agencyCode, landRegistry.code],
  );
  const row = rows[0];
  // A real Department of Lands system is never on loopback: only the demo's is started here.
  if (!row || !/^http:\/\/127\.0\.0\.1(:\d+)?\/?$/.test(row.external_url)) return null;
  return { agencyId: row.agency_id, url: row.external_url };
}

export interface DemoLandRegistryLaunch {
  /**
   * Points the demo's DOL registry at the child once it listens; stops the
   * child (and answers null) when the database has no demo land registry.
   */
  register(db: Database): Promise<DemoLandRegistry | null>;
}

/**
 * Starts the Department of Lands' demo registry as a child process
 * (`pratu demo-registry --port 0`) on a free loopback port. It boots while
 * the caller prepares the database; `register` then points the DOL registry
 * at it. The child ends with the parent: it exits when the IPC channel
 * closes, even if the parent is killed without a chance to stop it.
 */
export function launchDemoLandRegistry({
  secrets,
  logger,
}: {
  secrets: SecretBox;
  logger: Logger;
}): DemoLandRegistryLaunch {
  const child = spawn(process.execPath, [pratuBin, "demo-registry", "--port", "0"], {
    env: { ...process.env, PRATU_DEMO_REGISTRY_SECRET: demoLandRegistrySecret(secrets) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("The demo land registry did not start in time.")),
      STARTUP_LIMIT_MS,
    );
    child.once("message", (message: { url?: unknown }) => {
      clearTimeout(timer);
      if (typeof message.url === "string") resolve(message.url);
      else reject(new Error("The demo land registry did not say where it listens."));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The demo land registry exited (${code ?? "signal"}) before it started.`));
    });
  });
  // Judged in register; until then a failure must not count as unhandled.
  listening.catch(() => undefined);

  return {
    register: async (db) => {
      const registered = await findDemoLandRegistry(db);
      if (!registered) {
        await stop();
        return null;
      }
      let url: string;
      try {
        url = await listening;
      } catch (error) {
        await stop();
        logger.warn({ err: error }, "demo land registry not started");
        return null;
      }
      await relocateExternalRegistry({
        db,
        author: { type: "system", id: "demo-land-registry" },
        agencyId: registered.agencyId,
        code: landRegistry.code,
        url,
      });
      return { url, child, stop };
    },
  };
}

/** Starts the demo land registry and registers it, when the database has the demo's DOL registry. */
export async function startDemoLandRegistry({
  db,
  secrets,
  logger,
}: {
  db: Database;
  secrets: SecretBox;
  logger: Logger;
}): Promise<DemoLandRegistry | null> {
  if (!(await findDemoLandRegistry(db))) return null;
  return launchDemoLandRegistry({ secrets, logger }).register(db);
}
