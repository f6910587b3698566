import type { Database } from "@/core/db/database";
import { demoServices } from "@/demo/services";
import { publishService, saveServiceDraft, type ServiceDefinition } from "@/modules/services";

const author = { type: "system", id: "test" } as const;

/**
 * A small service with a form that exercises the submit path: text, a
 * citizen ID, a phone number, an optional PDF and a declaration.
 */
export function testServiceDefinition(
  overrides: Partial<ServiceDefinition> = {},
): ServiceDefinition {
  const base = demoServices[0]!;
  return {
    ...base,
    id: "test-permit",
    agencyCode: "DOPA",
    name: { th: "ใบอนุญาตทดสอบ", en: "Test permit" },
    // The demo's registry requirements name questions of its own form, not of this one.
    documents: base.documents.map(({ registry: _registry, ...document }) => document),
    form: {
      pages: [
        {
          id: "applicant",
          title: { th: "ผู้ยื่นคำขอ", en: "Applicant" },
          fields: [
            {
              id: "full_name",
              type: "text",
              label: { th: "ชื่อ-นามสกุล", en: "Full name" },
              required: true,
            },
            {
              id: "national_id",
              type: "citizen_id",
              label: { th: "เลขประจำตัวประชาชน", en: "Citizen ID" },
              required: true,
            },
            { id: "phone", type: "phone", label: { th: "โทรศัพท์", en: "Phone" } },
            {
              id: "plan",
              type: "file",
              label: { th: "แบบแปลน", en: "Plan" },
              accept: ["application/pdf"],
              maxBytes: 1024 * 1024,
            },
            {
              id: "declaration",
              type: "declaration",
              label: {
                th: "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง",
                en: "I declare the above is true",
              },
              required: true,
            },
          ],
        },
      ],
    },
    ...overrides,
  };
}

export const validTestAnswers = {
  full_name: "ประยูร บุญมา",
  national_id: "3100500141782",
  phone: "081-234-5678",
  declaration: true,
};

export async function publishTestService(
  db: Database,
  definition: ServiceDefinition = testServiceDefinition(),
): Promise<ServiceDefinition> {
  await db.transaction(async (tx) => {
    await saveServiceDraft({ db: tx, author, definition });
    await publishService({
      db: tx,
      author,
      agencyCode: definition.agencyCode,
      serviceId: definition.id,
    });
  });
  return definition;
}
