import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";

export interface TestAgency {
  id: string;
  code: string;
  nameTh: string;
  nameEn: string;
}

/** An agency row of its own, for tests that need an agency but not the demo data. */
export async function insertTestAgency(
  db: Database,
  agency: { code: string; nameTh?: string; nameEn?: string },
): Promise<TestAgency> {
  const row = {
    id: newId(),
    code: agency.code,
    nameTh: agency.nameTh ?? `หน่วยงานทดสอบ ${agency.code}`,
    nameEn: agency.nameEn ?? `Test Agency ${agency.code}`,
  };
  await db.query(
    "insert into agencies (id, code, kind, name_th, name_en) values ($1, $2, 'department', $3, $4)",
    [row.id, row.code, row.nameTh, row.nameEn],
  );
  return row;
}
