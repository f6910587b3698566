import type { Transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { type DocumentTypeDefinition, saveDocumentType } from "@/modules/documents";

const decidedOn = {
  key: "decidedOn",
  label: { th: "วันที่อนุมัติ", en: "Approved on" },
  type: "date",
  required: true,
} as const;

const applicationReference = {
  key: "applicationReference",
  label: { th: "เลขที่คำขอ", en: "Application number" },
  type: "text",
  required: true,
} as const;

/** The result documents of the demo services, by agency code. */
export const demoDocumentTypes: { agencyCode: string; definition: DocumentTypeDefinition }[] = [
  {
    agencyCode: "CHIANGMAI-MUEANG",
    definition: {
      code: "building-permit",
      kind: "permit",
      title: { th: "ใบอนุญาตก่อสร้างอาคาร (แบบ อ.1)", en: "Construction permit (form O.1)" },
      credentialType: "PermitCredential",
      validDays: 365,
      service: { id: "building-permit", outputIndex: 0 },
      signatory: {
        name: { th: "นายสมชาย ใจดี", en: "Mr Somchai Jaidee" },
        position: { th: "นายกองค์การบริหารส่วนตำบล", en: "Chief Executive" },
      },
      fields: [
        applicationReference,
        {
          key: "buildingType",
          label: { th: "ประเภทอาคาร", en: "Type of building" },
          type: "text",
          required: true,
        },
        { key: "floors", label: { th: "จำนวนชั้น", en: "Floors" }, type: "number", required: true },
        {
          key: "floorArea",
          label: { th: "พื้นที่อาคาร (ตารางเมตร)", en: "Floor area (m²)" },
          type: "number",
          required: true,
        },
        {
          key: "titleDeedNumber",
          label: { th: "เลขที่โฉนดที่ดิน", en: "Title deed number" },
          type: "text",
          required: true,
        },
        {
          key: "siteAddress",
          label: { th: "สถานที่ก่อสร้าง", en: "Building site" },
          type: "text",
          required: true,
        },
        decidedOn,
      ],
    },
  },
  {
    agencyCode: "CHIANGMAI-CITY",
    definition: {
      code: "elderly-allowance-registration",
      kind: "certificate",
      title: {
        th: "หนังสือรับรองการขึ้นทะเบียนผู้มีสิทธิรับเงินเบี้ยยังชีพผู้สูงอายุ",
        en: "Certificate of registration for the old-age allowance",
      },
      credentialType: "CertificateCredential",
      validDays: null,
      service: { id: "elderly-allowance", outputIndex: 0 },
      signatory: {
        name: { th: "นางสาวมาลี ศรีสุข", en: "Ms Malee Srisuk" },
        position: { th: "ผู้อำนวยการสำนักสวัสดิการสังคม", en: "Director of Social Welfare" },
      },
      fields: [
        applicationReference,
        {
          key: "birthDate",
          label: { th: "วันเดือนปีเกิด", en: "Date of birth" },
          type: "date",
          required: true,
        },
        {
          key: "paymentMethod",
          label: { th: "วิธีรับเงิน", en: "Paid by" },
          type: "text",
          required: true,
        },
        decidedOn,
      ],
    },
  },
  {
    agencyCode: "IMM",
    definition: {
      code: "tm30-acknowledgement",
      kind: "certificate",
      title: {
        th: "ใบรับแจ้งที่พักของคนต่างด้าว (ตม.30)",
        en: "Acknowledgement of a foreigner's residence (TM.30)",
      },
      credentialType: "CertificateCredential",
      validDays: null,
      service: { id: "tm30-residence-notification", outputIndex: 0 },
      signatory: {
        name: { th: "พ.ต.อ. วิชัย กล้าหาญ", en: "Pol. Col. Wichai Klaharn" },
        position: { th: "ผู้กำกับการ ด่านตรวจคนเข้าเมือง", en: "Superintendent, Immigration Checkpoint" },
      },
      fields: [
        applicationReference,
        {
          key: "foreignerName",
          label: { th: "ชื่อคนต่างด้าว", en: "Foreigner's name" },
          type: "text",
          required: true,
        },
        {
          key: "nationality",
          label: { th: "สัญชาติ", en: "Nationality" },
          type: "text",
          required: true,
        },
        {
          key: "passportNumber",
          label: { th: "เลขที่หนังสือเดินทาง", en: "Passport number" },
          type: "text",
          required: true,
        },
        {
          key: "checkInDate",
          label: { th: "วันที่เข้าพัก", en: "Stay began on" },
          type: "date",
          required: true,
        },
        {
          key: "residenceAddress",
          label: { th: "ที่พัก", en: "Residence" },
          type: "text",
          required: true,
        },
        decidedOn,
      ],
    },
  },
];

export async function seedDemoDocumentTypes(
  tx: Transaction,
  agencyIdsByCode: ReadonlyMap<string, string>,
): Promise<void> {
  for (const { agencyCode, definition } of demoDocumentTypes) {
    const agencyId = agencyIdsByCode.get(agencyCode);
    if (!agencyId) throw new Error(`Demo document type for unknown agency ${agencyCode}`);
    await withinAgency(tx, agencyId, (scope) => saveDocumentType(scope, definition));
  }
}
