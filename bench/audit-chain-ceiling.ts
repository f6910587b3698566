/**
 * The ceiling a hash-chained audit log with a locked head row puts on one
 * agency's writes, measured on PostgreSQL alone (no HTTP, no app): clients
 * run the statements `recordAudit` runs at the end of a submission (upsert
 * the head, taking its row lock; insert the record; update the head;
 * commit), all on one chain or each on a chain of its own, with a pause
 * after each statement that stands for the app's own latency between two
 * statements (event-loop delay under load). The lock is held from the
 * upsert to the commit, so on one chain the transactions per second can
 * never exceed 1 / (that hold time), whatever the number of clients.
 *
 *   node_modules/.bin/node --import tsx bench/audit-chain-ceiling.ts
 * BENCH_SECONDS (per case, default 5), BENCH_CLIENTS (default 8).
 */
import { randomUUID } from "node:crypto";

import pg from "pg";

import { startPostgresCluster } from "../scripts/lib/postgres-cluster.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const PAUSES_MS = [0, 1, 3];

const sleep = (milliseconds: number) =>
  milliseconds > 0 ? new Promise((resolve) => setTimeout(resolve, milliseconds)) : undefined;

async function measure(url: string, isOneChain: boolean, pauseMs: number): Promise<number> {
  let done = 0;
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        while (performance.now() < deadline) {
          const chain = isOneChain ? "agency" : randomUUID();
          await client.query("begin");
          const { rows } = await client.query<{ last_seq: number; last_hash: string }>({
            name: "head",
            text: `insert into chain_heads (chain, last_seq, last_hash) values ($1, 0, '0')
                   on conflict (chain) do update set last_seq = chain_heads.last_seq
                   returning last_seq, last_hash`,
            values: [chain],
          });
          await sleep(pauseMs);
          const seq = rows[0]!.last_seq + 1;
          await client.query({
            name: "record",
            text: "insert into chain_log (chain, seq, prev_hash, details) values ($1, $2, $3, $4)",
            values: [chain, seq, rows[0]!.last_hash, JSON.stringify({ reference: seq })],
          });
          await sleep(pauseMs);
          await client.query({
            name: "advance",
            text: "update chain_heads set last_seq = $2, last_hash = $3 where chain = $1",
            values: [chain, seq, `h${seq}`],
          });
          await sleep(pauseMs);
          await client.query("commit");
          if (performance.now() < deadline) done++;
        }
      } finally {
        await client.end();
      }
    }),
  );
  return done / SECONDS;
}

const cluster = await startPostgresCluster();
try {
  const setup = new pg.Client({ connectionString: cluster.url });
  await setup.connect();
  await setup.query(
    "create table chain_heads (chain text primary key, last_seq integer not null, last_hash text not null)",
  );
  await setup.query(
    "create table chain_log (chain text, seq integer, prev_hash text, details jsonb, primary key (chain, seq))",
  );
  await setup.end();
  console.log(`audit chain head lock, ${CLIENTS} clients, ${SECONDS} s per case`);
  console.log("pause per statement   one chain/s   a chain each/s   one chain as a share");
  for (const pause of PAUSES_MS) {
    const one = await measure(cluster.url, true, pause);
    const each = await measure(cluster.url, false, pause);
    console.log(
      `${`${pause} ms`.padEnd(20)}  ${one.toFixed(0).padStart(11)}   ${each.toFixed(0).padStart(14)}   ${(one / each).toFixed(2).padStart(20)}`,
    );
  }
} finally {
  await cluster.stop();
}
