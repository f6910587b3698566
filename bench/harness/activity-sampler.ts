// What the server's database sessions are doing, sampled many times a
// second: running a statement, waiting for a lock (and in which statement),
// or holding a transaction open while the application works (ClientRead).
import pg from "pg";

export interface ActivitySummary {
  samples: number;
  /** Share of session-samples in each state, most first. */
  states: { state: string; share: number }[];
  /** Lock waits by the statement that waits, most first. */
  lockWaits: { statement: string; share: number }[];
}

function statementOf(query: string): string {
  return query.replace(/\s+/g, " ").trim().slice(0, 90);
}

export function startActivitySampler(
  superuserUrl: string,
  applicationName: string,
  everyMilliseconds = 10,
): { stop(): Promise<ActivitySummary> } {
  const client = new pg.Client({ connectionString: superuserUrl });
  const states = new Map<string, number>();
  const locks = new Map<string, number>();
  let sessionSamples = 0;
  let rounds = 0;
  let isStopped = false;
  const loop = (async () => {
    await client.connect();
    while (!isStopped) {
      const { rows } = await client.query<{
        state: string | null;
        wait_event_type: string | null;
        wait_event: string | null;
        query: string;
      }>(
        "select state, wait_event_type, wait_event, query from pg_stat_activity where application_name = $1",
        [applicationName],
      );
      rounds++;
      for (const row of rows) {
        sessionSamples++;
        let state: string;
        if (row.state === "active") {
          if (row.wait_event_type === "Lock") {
            state = `active, waiting for a lock (${row.wait_event})`;
            const statement = statementOf(row.query);
            locks.set(statement, (locks.get(statement) ?? 0) + 1);
          } else if (row.wait_event_type) {
            state = `active, waiting on ${row.wait_event_type}:${row.wait_event}`;
          } else {
            state = "active, running a statement";
          }
        } else if (row.state === "idle in transaction") {
          state = "idle in transaction (the app works while holding it)";
        } else {
          state = row.state ?? "unknown";
        }
        states.set(state, (states.get(state) ?? 0) + 1);
      }
      await new Promise((resolve) => setTimeout(resolve, everyMilliseconds));
    }
    await client.end();
  })();
  const ranked = (counts: Map<string, number>) =>
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => ({
        name,
        share: Math.round((count / Math.max(1, sessionSamples)) * 1000) / 10,
      }));
  return {
    async stop() {
      isStopped = true;
      await loop;
      return {
        samples: rounds,
        states: ranked(states).map(({ name, share }) => ({ state: name, share })),
        lockWaits: ranked(locks).map(({ name, share }) => ({ statement: name, share })),
      };
    },
  };
}
