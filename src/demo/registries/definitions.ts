import type { DataServiceDefinition, RegistryDefinition } from "@/modules/exchange/registries";

type Field = RegistryDefinition["recordSchema"][number];

const field = (key: string, type: Field["type"], th: string, en: string): Field => ({
  key,
  type,
  label: { th, en },
});

export interface DemoRegistry {
  agencyCode: string;
  code: string;
  definition: Omit<RegistryDefinition, "external">;
  dataServices: Record<string, DataServiceDefinition>;
}

export const populationRegistry = {
  agencyCode: "DOPA",
  code: "population",
  definition: {
    name: { th: "ทะเบียนราษฎร", en: "Civil registration (population register)" },
    description: {
      th: "ข้อมูลบุคคลและที่อยู่ตามทะเบียนบ้าน ตามพระราชบัญญัติการทะเบียนราษฎร พ.ศ. 2534",
      en: "People and their house-registration addresses, under the Civil Registration Act B.E. 2534 (1991)",
    },
    kind: "hosted",
    subjectKind: "citizen_id",
    recordSchema: [
      field("titleTh", "text", "คำนำหน้าชื่อ", "Title (Thai)"),
      field("givenNameTh", "text", "ชื่อ", "Given name (Thai)"),
      field("familyNameTh", "text", "นามสกุล", "Family name (Thai)"),
      field("titleEn", "text", "คำนำหน้าชื่อภาษาอังกฤษ", "Title"),
      field("givenNameEn", "text", "ชื่อภาษาอังกฤษ", "Given name"),
      field("familyNameEn", "text", "นามสกุลภาษาอังกฤษ", "Family name"),
      field("birthDate", "date", "วันเกิด", "Date of birth"),
      field("sex", "text", "เพศ (male หรือ female)", "Sex (male or female)"),
      field("nationality", "text", "สัญชาติ (รหัส ISO 3166-1)", "Nationality (ISO 3166-1 code)"),
      field("address", "address", "ที่อยู่ตามทะเบียนบ้าน", "Registered (house-registration) address"),
    ],
    keepContent: false,
  },
  dataServices: {
    "person.basic": {
      name: { th: "ข้อมูลบุคคลพื้นฐาน", en: "Basic personal data" },
      description: {
        th: "ชื่อ นามสกุล วันเกิด เพศ และสัญชาติ ตามทะเบียนราษฎร",
        en: "Name, date of birth, sex and nationality as registered",
      },
      fields: [
        "titleTh",
        "givenNameTh",
        "familyNameTh",
        "titleEn",
        "givenNameEn",
        "familyNameEn",
        "birthDate",
        "sex",
        "nationality",
      ],
      classification: "confidential",
      consentRequired: false,
      retired: false,
    },
    "person.address": {
      name: { th: "ที่อยู่ตามทะเบียนบ้าน", en: "Registered address" },
      description: {
        th: "ที่อยู่ตามทะเบียนบ้าน ในรูปแบบเดียวกับช่องที่อยู่ของแบบฟอร์ม",
        en: "The house-registration address, in the shape of a form's address field",
      },
      fields: ["address"],
      classification: "confidential",
      consentRequired: false,
      retired: false,
    },
  },
} satisfies DemoRegistry;

export const juristicRegistry = {
  agencyCode: "DBD",
  code: "juristic-persons",
  definition: {
    name: { th: "ทะเบียนนิติบุคคล", en: "Juristic person register" },
    description: {
      th: "บริษัทจำกัด ห้างหุ้นส่วน และบริษัทมหาชนจำกัดที่จดทะเบียนไว้",
      en: "Registered companies, partnerships and public companies",
    },
    kind: "hosted",
    subjectKind: "juristic_id",
    recordSchema: [
      field("nameTh", "text", "ชื่อนิติบุคคล", "Name (Thai)"),
      field("nameEn", "text", "ชื่อนิติบุคคลภาษาอังกฤษ", "Name"),
      field("juristicType", "text", "ประเภทนิติบุคคล", "Kind of juristic person"),
      field("registeredOn", "date", "วันที่จดทะเบียน", "Date registered"),
      field("registeredCapital", "number", "ทุนจดทะเบียน (บาท)", "Registered capital (baht)"),
      field("status", "text", "สถานะ (active หรือ dissolved)", "Status (active or dissolved)"),
      field("objective", "text", "วัตถุประสงค์", "Objective"),
      field("directors", "list", "กรรมการหรือหุ้นส่วนผู้จัดการ", "Directors or managing partners"),
      field("address", "address", "ที่ตั้งสำนักงานใหญ่", "Head office address"),
    ],
    keepContent: false,
  },
  dataServices: {
    "juristic.profile": {
      name: { th: "ข้อมูลนิติบุคคล", en: "Juristic person profile" },
      description: {
        th: "ชื่อ ประเภท ทุนจดทะเบียน สถานะ กรรมการ และที่ตั้งสำนักงานใหญ่",
        en: "Name, kind, registered capital, status, directors and head office",
      },
      fields: [
        "nameTh",
        "nameEn",
        "juristicType",
        "registeredOn",
        "registeredCapital",
        "status",
        "objective",
        "directors",
        "address",
      ],
      classification: "internal",
      consentRequired: false,
      retired: false,
    },
  },
} satisfies DemoRegistry;

export const graduateRegistry = {
  agencyCode: "CMU",
  code: "graduates",
  definition: {
    name: { th: "ทะเบียนผู้สำเร็จการศึกษา", en: "Graduate register" },
    description: {
      th: "ปริญญาที่มหาวิทยาลัยเชียงใหม่อนุมัติ",
      en: "Degrees conferred by Chiang Mai University",
    },
    kind: "hosted",
    subjectKind: "citizen_id",
    recordSchema: [
      field("nameTh", "text", "ชื่อ-นามสกุล", "Name (Thai)"),
      field("nameEn", "text", "ชื่อ-นามสกุลภาษาอังกฤษ", "Name"),
      field("degrees", "list", "ปริญญาที่ได้รับ", "Degrees conferred"),
    ],
    keepContent: false,
  },
  dataServices: {
    "graduate.degrees": {
      name: { th: "วุฒิการศึกษา", en: "Degrees conferred" },
      description: {
        th: "ปริญญา คณะ และวันที่สำเร็จการศึกษา ใช้ได้เมื่อเจ้าของข้อมูลให้ความยินยอม",
        en: "Degree, faculty and graduation date; only with the graduate's consent",
      },
      fields: ["nameTh", "nameEn", "degrees"],
      classification: "confidential",
      consentRequired: true,
      retired: false,
    },
  },
} satisfies DemoRegistry;

/** Where `pratu demo-registry` listens unless told otherwise, and where the seed points DOL's registry. */
export const DEMO_LAND_REGISTRY_PORT = 4610;
/** The purpose under which the demo land registry's secret is derived from the installation key. */
export const DEMO_LAND_REGISTRY_SECRET_PURPOSE = "demo-land-registry/v1";

export const landRegistry = {
  agencyCode: "DOL",
  code: "land-titles",
  definition: {
    name: { th: "ทะเบียนที่ดิน", en: "Land title register" },
    description: {
      th: "โฉนดที่ดินและหนังสือรับรองการทำประโยชน์ จากระบบของกรมที่ดิน",
      en: "Title deeds and certificates of use, from the Department of Lands' own system",
    },
    kind: "external",
    subjectKind: "citizen_id",
    recordSchema: [
      field("ownerName", "text", "ชื่อผู้ถือกรรมสิทธิ์", "Owner's name"),
      field("parcels", "list", "แปลงที่ดิน", "Land parcels"),
    ],
    keepContent: false,
  },
  dataServices: {
    "land.parcel": {
      name: { th: "ข้อมูลแปลงที่ดิน", en: "Land parcels held" },
      description: {
        th: "เลขที่เอกสารสิทธิ ที่ตั้ง และเนื้อที่ (ไร่-งาน-ตารางวา) ของที่ดินที่บุคคลถือกรรมสิทธิ์",
        en: "Title deed number, location and area (rai-ngan-square wah) of the land a person holds",
      },
      fields: ["ownerName", "parcels"],
      classification: "confidential",
      consentRequired: false,
      retired: false,
    },
  },
} satisfies DemoRegistry;
