import type { Message } from "@/core/i18n";

/** The starting points an administrator may begin a new service from. */
export const serviceTemplateIds = [
  "welfare-registration",
  "permit-with-plans",
  "foreigner-notification",
] as const;

export type ServiceTemplateId = (typeof serviceTemplateIds)[number];

export function isServiceTemplateId(value: unknown): value is ServiceTemplateId {
  return typeof value === "string" && (serviceTemplateIds as readonly string[]).includes(value);
}

export const serviceTemplateMessages: Record<ServiceTemplateId, { name: Message; lead: Message }> =
  {
    "welfare-registration": {
      name: {
        th: "การลงทะเบียนรับสวัสดิการที่องค์กรปกครองส่วนท้องถิ่น",
        en: "Registering for a welfare benefit at a local organisation",
      },
      lead: {
        th: "ตามแบบการลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ: ไม่มีค่าธรรมเนียม เอกสารส่วนใหญ่ดึงจากทะเบียน",
        en: "Modelled on the elderly living allowance: no fee, most documents fetched from registries.",
      },
    },
    "permit-with-plans": {
      name: {
        th: "การขออนุญาตที่ต้องยื่นแบบแปลนและชำระค่าธรรมเนียม",
        en: "A permit with plans and a fee",
      },
      lead: {
        th: "ตามแบบการขออนุญาตก่อสร้างอาคาร (ข.1): หลายขั้นตอน แนบแบบแปลน มีค่าธรรมเนียม",
        en: "Modelled on the building permit (Kh.1): several steps, plans attached, fees.",
      },
    },
    "foreigner-notification": {
      name: { th: "การแจ้งโดยหรือเกี่ยวกับคนต่างด้าว", en: "A notification by a foreigner" },
      lead: {
        th: "ตามแบบการแจ้งที่พักของคนต่างด้าว (ตม.30): ยื่นได้ทั้งคนไทย นิติบุคคล และคนต่างด้าว ใช้เวลาสั้น",
        en: "Modelled on the residence notification (TM30): open to citizens, companies and foreigners, quick.",
      },
    },
  };

const templateSources: Record<ServiceTemplateId, string> = {
  "welfare-registration": "elderly-allowance",
  "permit-with-plans": "building-permit",
  "foreigner-notification": "tm30-residence-notification",
};

/**
 * A new service's first draft: a real service's whole definition, under the
 * id its author chose and for the author's agency. The demo services are
 * loaded only when asked for, because they in turn import this module's
 * index to publish themselves.
 */
export async function definitionFromTemplate({
  templateId,
  serviceId,
  agencyCode,
}: {
  templateId: ServiceTemplateId;
  serviceId: string;
  agencyCode: string;
}): Promise<Record<string, unknown>> {
  const { demoServices } = await import("@/demo/services");
  const source = demoServices.find((service) => service.id === templateSources[templateId]);
  if (!source) throw new Error(`The template ${templateId} has no source service.`);
  return { ...structuredClone(source), id: serviceId, agencyCode };
}
