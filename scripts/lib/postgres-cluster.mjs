// A throwaway PostgreSQL cluster from the machine's own binaries, for the test
// suite and the benchmarks: its own directory, a free port on loopback, and
// removed afterwards. Run as root, the server runs as the `postgres` user.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export function findPostgresBin() {
  try {
    const dir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    if (existsSync(join(dir, "initdb"))) return dir;
  } catch {
    // pg_config may be absent; look where Debian puts the server.
  }
  const root = "/usr/lib/postgresql";
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const dir = join(root, version, "bin");
      if (existsSync(join(dir, "initdb"))) return dir;
    }
  }
  return null;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function lookupUid(name) {
  const result = spawnSync("id", ["-u", name], { encoding: "utf8" });
  return result.status === 0 ? Number(result.stdout.trim()) : null;
}

/**
 * Starts a cluster and returns { url, adminUrl, stop }. `url` connects as the
 * non-superuser role `pratu` (owner of database `pratu`, allowed to create
 * databases), so row-level security applies to it as it does in production.
 */
export async function startPostgresCluster({ log = () => {} } = {}) {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error(
      "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install Debian's postgresql package.",
    );
  const isRoot = userInfo().uid === 0;
  const postgresUid = isRoot ? lookupUid("postgres") : null;
  if (isRoot && postgresUid === null)
    throw new Error("Running as root needs a `postgres` user to run the server as.");

  const dir = mkdtempSync(join(tmpdir(), "pratu-pg-"));
  const dataDir = join(dir, "data");
  const socketDir = join(dir, "socket");
  const port = await freePort();
  const asServerUser = (command, args) =>
    isRoot
      ? ["runuser", ["-u", "postgres", "--", join(bin, command), ...args]]
      : [join(bin, command), args];
  const run = (command, args) => {
    const [file, argv] = asServerUser(command, args);
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0)
      throw new Error(`${command} failed:\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };

  if (isRoot) {
    chownSync(dir, postgresUid, -1);
    chmodSync(dir, 0o700);
  }
  spawnSync("mkdir", ["-p", socketDir]);
  if (isRoot) chownSync(socketDir, postgresUid, -1);

  log(`initdb in ${dataDir}`);
  run("initdb", [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "-A",
    "trust",
    "-E",
    "UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);
  run("pg_ctl", [
    "-D",
    dataDir,
    "-w",
    "-t",
    "60",
    "-l",
    join(dir, "server.log"),
    "-o",
    `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    "start",
  ]);
  const stop = () => {
    try {
      run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
    } catch {
      // Already stopped; the directory goes either way.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const psql = (sql) => {
      const result = spawnSync(
        join(bin, "psql"),
        [
          "-h",
          "127.0.0.1",
          "-p",
          String(port),
          "-U",
          "postgres",
          "-d",
          "postgres",
          "-v",
          "ON_ERROR_STOP=1",
          "-qc",
          sql,
        ],
        { encoding: "utf8" },
      );
      if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
    };
    psql("create role pratu login createdb password 'pratu'");
    // `drop database … with (force)` (throwaway test and bench databases) must
    // end every session in the database, an autovacuum worker's too, and may
    // only when the role can signal other backends.
    psql("grant pg_signal_backend to pratu");
    psql("create database pratu owner pratu");
  } catch (error) {
    stop();
    throw error;
  }
  log(`PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    port,
    url: `postgres://pratu:pratu@127.0.0.1:${port}/pratu`,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop,
  };
}
