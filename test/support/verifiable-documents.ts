import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { type DocumentType, issueDocument, type IssueOutcome } from "@/modules/documents";
import { saveDocumentType } from "@/modules/documents/document-types";

import { testDocumentType } from "./documents";
import { insertTestAgency, type TestAgency } from "./test-agencies";

export interface TestIssuer {
  agency: TestAgency;
  documentType: DocumentType;
}

/** An agency of its own with a shop permit it issues, valid for a year. */
export async function createTestIssuer(db: Database, code = "VERIFY-TEST"): Promise<TestIssuer> {
  const agency = await insertTestAgency(db, {
    code,
    nameTh: "สำนักงานเขตทดสอบการตรวจสอบ",
    nameEn: "Verification Test District Office",
  });
  const documentType = await withinAgency(db, agency.id, (scope) =>
    saveDocumentType(scope, testDocumentType),
  );
  return { agency, documentType };
}

let issued = 0;

/** A permit issued the way every document is: credential and PDF signed, stored and logged. */
export function issueTestDocument(options: {
  db: Database;
  secrets: SecretBox;
  config: Config;
  issuer: TestIssuer;
  holderName?: string;
}): Promise<IssueOutcome> {
  issued += 1;
  return issueDocument({
    db: options.db,
    secrets: options.secrets,
    config: options.config,
    agency: options.issuer.agency,
    documentType: options.issuer.documentType,
    holder: { name: options.holderName ?? "นางสาวสมหญิง ใจดี" },
    data: { shopName: "ร้านข้าวแกงป้าศรี", startsOn: "2026-11-01", floorArea: "1250" },
    idempotencyKey: `verify-test-${process.pid}-${issued}-${Date.now()}`,
    actor: { type: "system", id: "test" },
  });
}
