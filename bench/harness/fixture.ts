// Everything a server-mode run needs in its database before the first
// request: migrations, the demo, benchmark citizens with access tokens (one
// per simulated person, so their rate-limit rows do not contend) and one
// signed document to verify. Made through the app's own functions, against
// the same PostgreSQL the servers use.
import { loadConfig } from "@/config/load";
import { acrFor } from "@/core/auth/assurance";
import { upsertCitizen } from "@/core/auth/citizens";
import { createAccessToken } from "@/core/auth/credentials";
import { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { migrate } from "@/core/db/migrate";
import { connectPostgres } from "@/core/db/postgres";
import { withinAgency } from "@/core/db/tenant";
import { seedDemo } from "@/demo/seed";
import { selectAgencyByCode } from "@/modules/agencies";
import { issueDocument, saveDocumentType } from "@/modules/documents";

import { BENCH_SECRET_KEY } from "./processes";
import { thaiCitizenId } from "./submission-payload";

export interface BenchFixture {
  /** One bearer token per simulated person (citizen), in order. */
  tokens: string[];
  citizenIds: string[];
  document: { verifyCode: string; credential: unknown };
}

export const benchSecrets = new SecretBox(BENCH_SECRET_KEY);

/** Migrates and seeds the database at `databaseUrl` and makes `people` citizens with tokens. */
export async function prepareBenchDatabase(options: {
  databaseUrl: string;
  publicUrl: string;
  people: number;
  tokenMinutes?: number;
}): Promise<BenchFixture> {
  const db = await connectPostgres({ url: options.databaseUrl, poolSize: 4 });
  try {
    await migrate(db);
    await seedDemo({ db, secrets: benchSecrets });
    const people = await addBenchCitizens(db, {
      count: options.people,
      tokenMinutes: options.tokenMinutes ?? 240,
    });
    const document = await issueBenchDocument(db, options);
    return { ...people, document };
  } finally {
    await db.close();
  }
}

export async function addBenchCitizens(
  db: Database,
  options: { count: number; tokenMinutes: number; from?: number },
): Promise<{ tokens: string[]; citizenIds: string[] }> {
  const assurance = acrFor({ ial: "2.3", aal: "2.2" });
  const tokens: string[] = [];
  const citizenIds: string[] = [];
  const from = options.from ?? 0;
  for (let index = from; index < from + options.count; index++) {
    const citizen = await upsertCitizen(db, {
      secrets: benchSecrets,
      isSignIn: true,
      identity: {
        issuer: "https://idp.bench.invalid",
        subject: `bench-person-${index}`,
        assurance,
        citizenId: thaiCitizenId(index + 1),
        nameTh: `ผู้ทดสอบ ${index}`,
        nameEn: `Bench person ${index}`,
        // With an address, each submission also queues its e-mail notice, as it would for a person.
        email: `bench-person-${index}@example.invalid`,
      },
    });
    citizenIds.push(citizen.id);
    tokens.push(
      await createAccessToken(
        db,
        { citizenId: citizen.id, assurance },
        { issuedBy: "bench", ttlMinutes: options.tokenMinutes },
      ),
    );
  }
  return { tokens, citizenIds };
}

/** A permit issued by DOPA: signed PDF, credential and verification code. */
async function issueBenchDocument(
  db: Database,
  options: { databaseUrl: string; publicUrl: string },
): Promise<BenchFixture["document"]> {
  const config = loadConfig({
    env: {},
    overrides: {
      database: { url: options.databaseUrl },
      server: { publicUrl: options.publicUrl },
      security: { secretKey: BENCH_SECRET_KEY },
      logging: { level: "error" },
    },
  });
  const agency = (await selectAgencyByCode(db, "DOPA"))!;
  const documentType = await withinAgency(db, agency.id, (scope) =>
    saveDocumentType(scope, {
      code: "bench-permit",
      kind: "permit",
      title: { th: "ใบอนุญาตทดสอบ", en: "Bench permit" },
      credentialType: "PermitCredential",
      validDays: 365,
      service: null,
      signatory: {
        name: { th: "นายทะเบียน", en: "Registrar" },
        position: { th: "นายทะเบียน", en: "Registrar" },
      },
      fields: [
        { key: "shopName", label: { th: "ชื่อร้าน", en: "Shop" }, type: "text", required: true },
      ],
    }),
  );
  const { document } = await issueDocument({
    db,
    secrets: benchSecrets,
    config,
    agency,
    documentType,
    holder: { name: "นางสาวสมหญิง ใจดี" },
    data: { shopName: "ร้านข้าวแกงป้าศรี" },
    idempotencyKey: newId(),
    actor: { type: "system", id: "bench" },
  });
  return { verifyCode: document.verifyCode, credential: document.credential };
}
