import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";

import { beginnerCriteria, type Level, standardCriteria } from "./schema";

/**
 * A generated register of agencies for tests and measurements: ministries,
 * departments under them, provincial and local agencies under those (some
 * with a province of their own, some inheriting their parent's), and a few
 * agencies under no ministry; each with channels, self-assessments,
 * published services and answered applications chosen by its number, so
 * the level every agency should reach is known in advance. Rows are written
 * straight into the tables, many at a time: this is data, not a use case.
 */

const PROVINCES = [
  "กรุงเทพมหานคร",
  "เชียงใหม่",
  "เชียงราย",
  "ขอนแก่น",
  "นครราชสีมา",
  "อุบลราชธานี",
  "ภูเก็ต",
  "สงขลา",
  "ชลบุรี",
  "ระยอง",
  "พิษณุโลก",
  "นครศรีธรรมราช",
  "สุราษฎร์ธานี",
  "อุดรธานี",
  "ลำปาง",
  "น่าน",
  "กาญจนบุรี",
  "ตรัง",
  "ยะลา",
  "สกลนคร",
];

export interface GeneratedAgency {
  id: string;
  code: string;
  ministryCode: string | null;
  province: string | null;
  expectedLevel: Level;
}

interface Row {
  id: string;
  code: string;
  parentId: string | null;
  kind: string;
  province: string | null;
  ministryCode: string | null;
  effectiveProvince: string | null;
}

/** What agency number `n` has, so that its level is known: see `expectedLevelOf`. */
function traitsOf(n: number) {
  return {
    hasVerifiedEmail: n % 3 !== 0,
    beginnerSelf: n % 4 !== 3,
    standardSelf: n % 2 === 0,
    publishesService: n % 5 === 0 || n % 5 === 2,
    answersLate: n % 10 === 2,
  };
}

function expectedLevelOf(n: number): Level {
  const traits = traitsOf(n);
  if (!(traits.beginnerSelf && traits.hasVerifiedEmail)) return "none";
  return traits.standardSelf && traits.publishesService && !traits.answersLate
    ? "standard"
    : "beginner";
}

async function insertAgencies(db: Database, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `insert into agencies (id, code, parent_id, kind, name_th, name_en, province_th)
     select id, code, parent_id, kind, 'หน่วยงาน ' || code, 'Agency ' || code, province
       from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[])
         as a (id, code, parent_id, kind, province)`,
    [
      rows.map((row) => row.id),
      rows.map((row) => row.code),
      rows.map((row) => row.parentId),
      rows.map((row) => row.kind),
      rows.map((row) => row.province),
    ],
  );
}

export async function generateLevelsDataset({
  db,
  agencies,
  ministries = 20,
  prefix = "GEN",
  now = new Date(),
}: {
  db: Database;
  /** How many agencies in all, ministries included. */
  agencies: number;
  ministries?: number;
  prefix?: string;
  now?: Date;
}): Promise<GeneratedAgency[]> {
  const tiers: Row[][] = [[], [], [], []];
  const ministryRows: Row[] = [];
  for (let m = 0; m < ministries; m++) {
    const code = `${prefix}-M${m}`;
    const row = {
      id: newId(),
      code,
      parentId: null,
      kind: "ministry",
      province: null,
      ministryCode: code,
      effectiveProvince: null,
    };
    ministryRows.push(row);
    tiers[0]!.push(row);
  }
  const departments: Row[] = [];
  const provincial: Row[] = [];
  for (let n = ministries; n < agencies; n++) {
    const code = `${prefix}-${n}`;
    const province = PROVINCES[n % PROVINCES.length]!;
    if (n % 50 === 0) {
      // Under no ministry: an independent public organisation in a province.
      tiers[0]!.push({
        id: newId(),
        code,
        parentId: null,
        kind: "public_organisation",
        province,
        ministryCode: null,
        effectiveProvince: province,
      });
    } else if (n % 10 === 1 || departments.length === 0) {
      const ministry = ministryRows[n % ministryRows.length]!;
      const row = {
        id: newId(),
        code,
        parentId: ministry.id,
        kind: "department",
        province: null,
        ministryCode: ministry.code,
        effectiveProvince: null,
      };
      departments.push(row);
      tiers[1]!.push(row);
    } else if (n % 10 === 7 && provincial.length > 0) {
      // A district office without a province of its own: it is where its parent is.
      const parent = provincial[n % provincial.length]!;
      tiers[3]!.push({
        id: newId(),
        code,
        parentId: parent.id,
        kind: "district_office",
        province: null,
        ministryCode: parent.ministryCode,
        effectiveProvince: parent.effectiveProvince,
      });
    } else {
      const parent = departments[n % departments.length]!;
      const row = {
        id: newId(),
        code,
        parentId: parent.id,
        kind: "provincial_office",
        province,
        ministryCode: parent.ministryCode,
        effectiveProvince: province,
      };
      provincial.push(row);
      tiers[2]!.push(row);
    }
  }
  for (const tier of tiers) await insertAgencies(db, tier);
  const all = tiers.flat();
  const numberOf = (row: Row) => Number(row.code.slice(prefix.length + 1).replace(/^M/, ""));
  const byNumber = all.map((row) => ({
    row,
    n: row.kind === "ministry" ? -1 - numberOf(row) : numberOf(row),
  }));
  const traits = (n: number) => (n < 0 ? traitsOf(3) : traitsOf(n));

  // Five channels an agency, the mail domain verified for those that have one.
  const channels = byNumber.flatMap(({ row, n }) => {
    const name = `${row.code.toLowerCase()}.go.th`;
    return [
      ["email_domain", name, traits(n).hasVerifiedEmail ? "verified" : "pending"],
      ["website", `www.${name}`, "verified"],
      ["eservice_url", `https://e.${name}/`, "verified"],
      ["line_oa", `@${row.code.toLowerCase()}`.slice(0, 20), "verified"],
      ["phone", `+662${String(1_000_000 + Math.abs(n) * 7).padStart(8, "0")}`, "pending"],
    ].map(([kind, value, status]) => ({
      agencyId: row.id,
      kind: kind!,
      value: value!,
      status: status!,
    }));
  });
  await db.query(
    `insert into agency_channels (agency_id, id, kind, value, display_value, status)
     select agency_id, gen_random_uuid(), kind, value, value, status
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) as c (agency_id, kind, value, status)`,
    [
      channels.map((channel) => channel.agencyId),
      channels.map((channel) => channel.kind),
      channels.map((channel) => channel.value),
      channels.map((channel) => channel.status),
    ],
  );

  const answersOf = (n: number) => {
    const { beginnerSelf, standardSelf } = traits(n);
    return JSON.stringify(
      Object.fromEntries([
        ...beginnerCriteria.map((id) => [
          id,
          { isMet: beginnerSelf, evidence: beginnerSelf ? "หลักฐาน" : "" },
        ]),
        ...standardCriteria.map((id) => [
          id,
          { isMet: standardSelf, evidence: standardSelf ? "หลักฐาน" : "" },
        ]),
      ]),
    );
  };
  await db.query(
    `insert into level_assessments (agency_id, id, answers, self_level)
     select agency_id, gen_random_uuid(), answers::jsonb, 'none'
       from unnest($1::uuid[], $2::text[]) as l (agency_id, answers)`,
    [byNumber.map(({ row }) => row.id), byNumber.map(({ n }) => answersOf(n))],
  );

  const publishing = byNumber.filter(({ n }) => n >= 0 && traits(n).publishesService);
  const serviceIds = publishing.map(({ row }) => `svc-${row.code.toLowerCase()}`);
  await db.query(
    `insert into service_id_claims (id, agency_id) select * from unnest($1::text[], $2::uuid[])`,
    [serviceIds, publishing.map(({ row }) => row.id)],
  );
  await db.query(
    `insert into services (agency_id, id, status, published_version)
     select agency_id, id, 'published', 1 from unnest($1::uuid[], $2::text[]) as s (agency_id, id)`,
    [publishing.map(({ row }) => row.id), serviceIds],
  );
  await db.query(
    `insert into service_versions (agency_id, service_id, version, definition, category, life_events, search_text)
     select agency_id, id, 1, '{}'::jsonb, 'general', '{}', ' '
       from unnest($1::uuid[], $2::text[]) as s (agency_id, id)`,
    [publishing.map(({ row }) => row.id), serviceIds],
  );

  // Three applications decided in the last 90 days at each agency that publishes:
  // on time, or (for those that answer late) one on time and two late.
  const citizenId = newId();
  await db.query("insert into citizens (id, issuer, subject) values ($1, 'test', $2)", [
    citizenId,
    citizenId,
  ]);
  const day = 86_400_000;
  const applications = publishing.flatMap(({ row, n }, index) =>
    [0, 1, 2].map((k) => {
      const decidedAt = new Date(now.getTime() - (10 + k) * day);
      const isLate = traits(n).answersLate && k > 0;
      return {
        agencyId: row.id,
        reference: `${row.code}-2569-${String(k + 1).padStart(6, "0")}`,
        serviceId: serviceIds[index]!,
        dueAt: new Date(decidedAt.getTime() + (isLate ? -day : day)),
        decidedAt,
      };
    }),
  );
  await db.query(
    `insert into applications (agency_id, id, reference, service_id, service_version, citizen_id,
                               idempotency_key, request_hash, answers, status, status_code_sealed,
                               submitted_at, due_at, decided_at, decision)
     select agency_id, gen_random_uuid(), reference, service_id, 1, $6, reference, 'x', '{}'::jsonb,
            'approved', 'x', decided_at - interval '5 days', due_at, decided_at, 'approved'
       from unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[])
         as a (agency_id, reference, service_id, due_at, decided_at)`,
    [
      applications.map((item) => item.agencyId),
      applications.map((item) => item.reference),
      applications.map((item) => item.serviceId),
      applications.map((item) => item.dueAt),
      applications.map((item) => item.decidedAt),
      citizenId,
    ],
  );

  return byNumber.map(({ row, n }) => ({
    id: row.id,
    code: row.code,
    ministryCode: row.ministryCode,
    province: row.effectiveProvince,
    // A ministry has the traits of agency number 3: no verified e-mail, so none.
    expectedLevel: n < 0 ? "none" : expectedLevelOf(n),
  }));
}
