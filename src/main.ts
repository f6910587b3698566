import { parseArgs } from "node:util";

import { ConfigError, describeSettings, loadConfig } from "@/config/load";
import type { Config, SettingsInput } from "@/config/schema";
import { runAuditCommand } from "@/core/audit";
import { runDevCommand } from "@/core/auth/dev-token";
import { resolveSecretKey, SecretBox } from "@/core/crypto/secrets";
import { connectDatabase } from "@/core/db/connect";
import type { Database } from "@/core/db/database";
import { migrate } from "@/core/db/migrate";
import { AppError } from "@/core/errors";
import { cliActor, runJobsCommand, startWorker } from "@/core/jobs";
import { createLogger, type Logger } from "@/core/log/logger";
import { demoCitizens, describeDemoCitizens } from "@/demo/citizens";
import { runDevTotpCommand } from "@/demo/dev-totp";
import { demoOfficerSignIn, describeDemoOfficers } from "@/demo/officers";
import { launchDemoLandRegistry, runDemoRegistryCommand } from "@/demo/registries";
import { isEmpty, seedDemo } from "@/demo/seed";
import { jobHandlers } from "@/job-handlers";
import { runImportCommand } from "@/modules/channels";
import { runExchangeCommand } from "@/modules/exchange";
import { runKeysCommand } from "@/modules/pki";
import { runServicesCommand } from "@/modules/services";
import { startWebServer } from "@/server";

const usage = `pratu — one door to government services

Usage: pratu <command> [options]

Commands:
  start              Everything in one process: embedded database (./data), migrations,
                     demo data on first run, web server and worker
  serve              Web server only (server mode: several can share one PostgreSQL)
  worker             Background worker only (jobs and outbox)
  jobs dead          List the dead letters: jobs that failed every attempt
  jobs retry <id>    Queue a dead job again
  audit verify       Check every audit chain; exit 1 at the first broken link
  exchange verify-log [--seal]
                     Check the exchange log's hash chain and signed head (--seal chains
                     waiting rows first); exit 1 at the first broken link
  migrate            Apply database migrations and exit
  seed --demo        Load the demo agencies and people
  services export <agency-code>/<service-id> [--out <file>]
                     Print (or write) a published service definition as JSON
  services import <file> [--publish]
                     Validate a service definition file and save it (and publish it)
  services retire <agency-code>/<service-id> --reason-th <text> --reason-en <text>
                     Retire a published service: out of the catalogue, no new applications
  import agencies <file.csv> [--dry-run]
                     Import agencies and their official channels (docs/channel-register-import.md);
                     --dry-run reports what would change and writes nothing
  keys root          Print the platform root certificate (PEM)
  keys list|rotate --agency <code>
                     List the agency's document-signing certificates, or issue it a new one
  keys import --agency <code> --file <cert.p12>
                     Make a PKCS#12 certificate the agency's signing certificate
                     (password from PRATU_PKCS12_PASSWORD or stdin, never the command line)
  config             Check the configuration; --markdown prints the settings table
  dev token --as citizen:<citizen ID> | officer:<email> [--level <acr>]
                     Print a bearer token for trying the API (development provider only)
  dev totp <email>   Print a demo officer's current second-factor code (demo mode only)
  demo-registry [--port <n>]
                     Run the demo's external registry (Department of Lands' land titles)
                     as its own HTTP service (default port 4610)
  help               This text

Options:
  --port <n>         Web server port (default 3000, or PORT)
  --ephemeral        Keep the embedded database in memory (start only)
  --data-dir <dir>   Directory of the embedded database (default ./data)
  --config <file>    JSON configuration file; environment variables override it
  -h, --help         Show help

Configuration is read from environment variables; see README.md or \`pratu config --markdown\`.`;

const options = {
  port: { type: "string" },
  ephemeral: { type: "boolean" },
  "data-dir": { type: "string" },
  config: { type: "string" },
  demo: { type: "boolean" },
  markdown: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  as: { type: "string" },
  level: { type: "string" },
  out: { type: "string" },
  publish: { type: "boolean" },
  "reason-th": { type: "string" },
  "reason-en": { type: "string" },
  "dry-run": { type: "boolean" },
  agency: { type: "string" },
  file: { type: "string" },
} as const;

type Flags = ReturnType<
  typeof parseArgs<{ options: typeof options; allowPositionals: true }>
>["values"];

export interface Runtime {
  config: Config;
  db: Database;
  logger: Logger;
  secrets: SecretBox;
}

/** Runs a command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(
      `${(error as Error).message}\n\nRun \`pratu --help\` for the commands and options.`,
    );
    return 2;
  }
  const { values: flags, positionals } = parsed;
  const [command = "help", ...rest] = positionals;
  if (flags.help || command === "help") {
    console.log(usage);
    return 0;
  }

  try {
    switch (command) {
      case "start":
        return await startAll(flags);
      case "serve":
        return await serve(flags);
      case "worker":
        return await work(flags);
      case "jobs":
        return await withRuntime(flags, ({ db, config }) =>
          runJobsCommand({ db, config, args: rest }),
        );
      case "audit":
        return await withRuntime(flags, ({ db }) => runAuditCommand({ db, args: rest }));
      case "exchange":
        return await withRuntime(flags, ({ db, secrets }) =>
          runExchangeCommand({ db, secrets, args: rest }),
        );
      case "migrate":
        return await withRuntime(flags, async ({ db }) => {
          const applied = await migrate(db);
          console.log(
            applied.length > 0
              ? `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}`
              : "The database is up to date.",
          );
          return 0;
        });
      case "seed":
        if (!flags.demo) {
          console.error("Only demo data can be seeded: `pratu seed --demo`.");
          return 2;
        }
        return await withRuntime(flags, async (runtime) => {
          await migrate(runtime.db);
          const summary = await seedDemo({ ...runtime, withApplications: true });
          console.log(
            `Demo data loaded: ${summary.agencies} agencies, ${summary.services} services, ${summary.applications} applications.`,
          );
          return 0;
        });
      case "services":
        return await withRuntime(flags, async ({ db }) => {
          await migrate(db);
          return runServicesCommand({
            db,
            args: rest,
            out: flags.out,
            shouldPublish: flags.publish === true,
            reason: { th: flags["reason-th"], en: flags["reason-en"] },
          });
        });
      case "import":
        return await withRuntime(flags, async ({ db }) => {
          await migrate(db);
          return runImportCommand({
            db,
            args: rest,
            isDryRun: flags["dry-run"] === true,
            actor: cliActor(),
          });
        });
      case "keys":
        return await withRuntime(flags, async ({ db, secrets }) => {
          await migrate(db);
          return runKeysCommand({
            db,
            secrets,
            args: rest,
            agencyCode: flags.agency,
            file: flags.file,
            actor: cliActor(),
          });
        });
      case "config":
        if (flags.markdown) console.log(describeSettings());
        else {
          readConfig(flags);
          console.log("The configuration is valid.");
        }
        return 0;
      case "demo-registry":
        return await runDemoRegistryCommand({
          port: flags.port,
          openSecrets: () => new SecretBox(resolveSecretKey(readConfig(flags))),
        });
      case "dev":
        if (rest[0] === "totp") return runDevTotpCommand({ args: rest, config: readConfig(flags) });
        return await runDevCommand({
          args: rest,
          as: flags.as,
          level: flags.level,
          config: readConfig(flags),
          people: demoCitizens,
          open: async () => {
            const runtime = await openRuntime(readConfig(flags), "cli");
            await migrate(runtime.db);
            return runtime;
          },
        });
      default:
        console.error(`Unknown command "${[command, ...rest].join(" ")}".\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 78;
    }
    if (error instanceof AppError && error.code === "unavailable") {
      console.error(`${error.message}\nCheck DATABASE_URL and that PostgreSQL is running.`);
      return 69;
    }
    throw error;
  }
}

function readConfig(flags: Flags, extra: SettingsInput = {}): Config {
  const overrides: SettingsInput = { ...extra };
  if (flags.port !== undefined) overrides.server = { ...overrides.server, port: flags.port };
  if (flags.ephemeral || flags["data-dir"] !== undefined) {
    overrides.database = {
      ...overrides.database,
      ephemeral: flags.ephemeral,
      dataDir: flags["data-dir"],
    };
  }
  return loadConfig({ file: flags.config, overrides });
}

export async function openRuntime(config: Config, role: string): Promise<Runtime> {
  const logger = createLogger(config.logging.level);
  const db = await connectDatabase(config, role);
  return { config, db, logger, secrets: new SecretBox(resolveSecretKey(config)) };
}

async function withRuntime(
  flags: Flags,
  work: (runtime: Runtime) => Promise<number>,
): Promise<number> {
  const runtime = await openRuntime(readConfig(flags), "cli");
  try {
    return await work(runtime);
  } finally {
    await runtime.db.close();
  }
}

async function startAll(flags: Flags): Promise<number> {
  const started = performance.now();
  const config = readConfig(flags);
  if (config.mode !== "embedded") {
    console.error(
      "`pratu start` runs the embedded database; with DATABASE_URL use `pratu serve` and `pratu worker`.",
    );
    return 2;
  }
  const runtime = await openRuntime(config, "start");
  // The demo's external registry boots in a process of its own while the database is prepared.
  const landRegistryLaunch = config.auth.devIdentityProvider
    ? launchDemoLandRegistry(runtime)
    : null;
  await migrate(runtime.db);
  const isFirstRun = await isEmpty(runtime.db);
  if (isFirstRun) await seedDemo({ ...runtime, withApplications: true });
  const landRegistry = (await landRegistryLaunch?.register(runtime.db)) ?? null;
  const web = await startWebServer(runtime);
  const worker = startWorker({ ...runtime, handlers: jobHandlers });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    [
      "",
      `  Pratu is running at ${web.url}  (ready in ${seconds} s)`,
      `  Database: ${config.database.ephemeral ? "in memory (nothing is saved)" : `embedded, in ${config.database.dataDir}`}${isFirstRun ? ", demo data loaded" : ""}`,
      `  Mail:     ${config.notify.smtpUrl ? "sent through SMTP_URL" : `no SMTP_URL set: e-mails are recorded as not sent (${web.url}/console/notifications)`}`,
      ...(landRegistry
        ? [`  Registry: the Department of Lands' demo land registry runs at ${landRegistry.url}`]
        : []),
      ...(config.auth.devIdentityProvider
        ? [
            `  Citizens: sign in at ${web.url}/sign-in with the built-in provider`,
            `            (demo citizens: ${describeDemoCitizens()})`,
            `  Officers: sign in at ${web.url}/officer/sign-in with password ${demoOfficerSignIn.password}`,
            `            second factor: add the secret ${demoOfficerSignIn.totpSecret} to an authenticator app,`,
            "            or print the current code with `npx pratu dev totp <email>`",
            ...describeDemoOfficers().map((line) => `            ${line}`),
          ]
        : []),
      "",
      "  Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
  await waitForShutdown(async () => {
    await web.close();
    await worker.stop();
    await landRegistry?.stop();
    await runtime.db.close();
  });
  return 0;
}

async function work(flags: Flags): Promise<number> {
  const runtime = await openRuntime(readConfig(flags), "worker");
  const worker = startWorker({ ...runtime, handlers: jobHandlers });
  runtime.logger.info({ worker: worker.id }, "worker started");
  await waitForShutdown(async () => {
    await worker.stop();
    await runtime.db.close();
  });
  return 0;
}

async function serve(flags: Flags): Promise<number> {
  const runtime = await openRuntime(readConfig(flags), "web");
  const web = await startWebServer(runtime);
  runtime.logger.info({ url: web.url }, "web server listening");
  await waitForShutdown(async () => {
    await web.close();
    await runtime.db.close();
  });
  return 0;
}

function waitForShutdown(stop: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let isStopping = false;
    const onSignal = () => {
      if (isStopping) return;
      isStopping = true;
      void stop().then(resolve, (error: unknown) => {
        console.error(error);
        resolve();
      });
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  });
}
