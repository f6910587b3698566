import type { Config } from "@/config/schema";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { selectAgencyByCode } from "@/modules/agencies";
import {
  type DocumentTypeDefinition,
  issueDocument,
  type IssueOutcome,
  saveDocumentType,
} from "@/modules/documents";

/** A small permit: a shop's name, its opening date and floor area. */
export const testDocumentType: DocumentTypeDefinition = {
  code: "shop-permit",
  kind: "permit",
  title: { th: "ใบอนุญาตประกอบกิจการร้านค้า", en: "Shop permit" },
  credentialType: "PermitCredential",
  validDays: 365,
  service: null,
  signatory: {
    name: { th: "นางสาวใจดี มีสุข", en: "Ms Jaidee Meesuk" },
    position: { th: "ปลัดเทศบาล", en: "Municipal Clerk" },
  },
  fields: [
    { key: "shopName", label: { th: "ชื่อร้าน", en: "Shop name" }, type: "text", required: true },
    {
      key: "startsOn",
      label: { th: "วันเริ่มกิจการ", en: "Opening date" },
      type: "date",
      required: true,
    },
    {
      key: "floorArea",
      label: { th: "พื้นที่ (ตารางเมตร)", en: "Floor area (m²)" },
      type: "number",
      required: false,
    },
  ],
};

/** Issues a test permit of the agency (making its document type first), as its system would. */
export async function issueTestDocument(
  t: { db: Database; secrets: SecretBox; config: Config },
  options: {
    agencyCode?: string;
    holder?: { citizenId?: string; nationalId?: string; name: string };
    data?: Record<string, string>;
  } = {},
): Promise<IssueOutcome> {
  const agency = await selectAgencyByCode(t.db, options.agencyCode ?? "DOPA");
  if (!agency) throw new Error("Seed the demo agencies first");
  const documentType = await withinAgency(t.db, agency.id, (scope) =>
    saveDocumentType(scope, testDocumentType),
  );
  return issueDocument({
    ...t,
    agency,
    documentType,
    holder: options.holder ?? { name: "ร้านป้าสมศรี" },
    data: options.data ?? { shopName: "ร้านก๋วยเตี๋ยวป้าสมศรี", startsOn: "2026-01-15" },
    idempotencyKey: newId(),
    actor: { type: "system", id: "test" },
  });
}
