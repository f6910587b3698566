// Stopping and starting the drill's own PostgreSQL cluster. Its data
// directory and settings are asked of the server itself, so the cluster
// comes back exactly as it was started (port, socket, settings).
import { spawnSync } from "node:child_process";
import { userInfo } from "node:os";
import { dirname, join } from "node:path";

import pg from "pg";

import { findPostgresBin } from "../../scripts/lib/postgres-cluster.mjs";

export interface ClusterControl {
  stop(): void;
  /** Starts it as it was, with any further `-c name=value` settings. */
  start(settings?: Record<string, string>): void;
}

export async function controlCluster(superuserUrl: string): Promise<ClusterControl> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  const setting = async (name: string) =>
    (await client.query<Record<string, string>>(`show ${name}`)).rows[0]![name]!;
  const dataDir = await setting("data_directory");
  const port = await setting("port");
  const sockets = await setting("unix_socket_directories");
  const maxConnections = await setting("max_connections");
  await client.end();

  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL binaries not found");
  const isRoot = userInfo().uid === 0;
  const pgCtl = (args: string[]) => {
    const command = join(bin, "pg_ctl");
    const [file, argv] = isRoot
      ? ["runuser", ["-u", "postgres", "--", command, ...args]]
      : [command, args];
    const result = spawnSync(file, argv, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`pg_ctl ${args.join(" ")}: ${result.stderr}`);
  };
  return {
    // Fast: sessions are ended at once, as in a failover or a restart for an upgrade.
    stop: () => pgCtl(["-D", dataDir, "-m", "fast", "-w", "stop"]),
    start: (settings = {}) =>
      pgCtl([
        "-D",
        dataDir,
        "-w",
        "-t",
        "60",
        "-l",
        join(dirname(dataDir), "server.log"),
        "-o",
        [
          `-p ${port} -k ${sockets} -c listen_addresses=127.0.0.1 -c fsync=off`,
          `-c max_connections=${maxConnections}`,
          ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
        ].join(" "),
        "start",
      ]),
  };
}
