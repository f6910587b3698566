import { PGlite } from "@electric-sql/pglite";
const t0 = performance.now();
const db = await PGlite.create();
console.log("create", performance.now() - t0);
const r = await db.query(
  "select 1::int8 as a, now() as b, '{\"x\":1}'::jsonb as c, 1.5::numeric as d, gen_random_uuid() as e, current_user as u, (select rolsuper from pg_roles where rolname=current_user) su",
);
console.log(r.rows);
await db
  .exec("create extension if not exists pg_trgm")
  .catch((e) => console.log("trgm", e.message));
const t1 = performance.now();
const dump = await db.dumpDataDir("none");
console.log("dump", performance.now() - t1, dump.size);
const t2 = performance.now();
const db2 = await PGlite.create({ loadDataDir: dump });
console.log("load", performance.now() - t2);
