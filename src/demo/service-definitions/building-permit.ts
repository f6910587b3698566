import { acrFor } from "@/core/auth/assurance";
import type { ServiceDefinition } from "@/modules/services";

import { buildingPermitForm } from "../forms/building-permit-form";
import { ONE_COPY } from "./copies";

export const buildingPermitService: ServiceDefinition = {
  id: "building-permit",
  agencyCode: "CHIANGMAI-MUEANG",
  name: {
    th: "การขออนุญาตก่อสร้างอาคาร (แบบ ข.1)",
    en: "Building construction permit (form Kh.1)",
  },
  summary: {
    th: "ผู้ประสงค์จะก่อสร้างอาคารยื่นคำขออนุญาตพร้อมแบบแปลน เจ้าพนักงานท้องถิ่นต้องพิจารณาให้แล้วเสร็จภายในสี่สิบห้าวัน",
    en: "Anyone who wants to construct a building applies with the plans; the local official must decide within forty-five days.",
  },
  category: "building",
  lifeEvents: ["building_home", "starting_business"],
  legalBasis: [
    {
      title: {
        th: "พระราชบัญญัติควบคุมอาคาร พ.ศ. 2522",
        en: "Building Control Act, B.E. 2522 (1979)",
      },
      section: "21",
    },
    {
      title: {
        th: "กฎกระทรวง ฉบับที่ 7 (พ.ศ. 2528) ออกตามความในพระราชบัญญัติควบคุมอาคาร พ.ศ. 2522",
        en: "Ministerial Regulation No. 7 (B.E. 2528) under the Building Control Act",
      },
    },
  ],
  applicants: ["citizen", "juristic_person"],
  requiredAssurance: acrFor({ ial: "2.1", aal: "2.1" }),
  criteria: [
    {
      th: "ผู้ขอเป็นเจ้าของที่ดิน หรือได้รับความยินยอมเป็นหนังสือจากเจ้าของที่ดิน",
      en: "The applicant owns the land or has the owner's written consent",
    },
    {
      th: "แบบแปลนลงนามโดยผู้ประกอบวิชาชีพวิศวกรรมควบคุมและสถาปัตยกรรมควบคุม ตามขนาดของอาคาร",
      en: "Plans are signed by licensed engineers and architects as the building's size requires",
    },
    {
      th: "อาคารเป็นไปตามผังเมืองรวมเชียงใหม่และกฎกระทรวงที่เกี่ยวข้อง",
      en: "The building complies with the Chiang Mai comprehensive plan and the ministerial regulations",
    },
  ],
  steps: [
    {
      title: { th: "ตรวจสอบคำขอและเอกสารหลักฐาน", en: "Check the application and documents" },
      responsible: { th: "งานโยธา", en: "Public Works Section" },
      workingDays: 1,
    },
    {
      title: { th: "ตรวจสอบสถานที่ก่อสร้าง", en: "Inspect the site" },
      responsible: { th: "นายช่างโยธา", en: "Civil works technician" },
      workingDays: 7,
    },
    {
      title: {
        th: "พิจารณาแบบแปลนและรายการคำนวณ",
        en: "Review the plans and structural calculations",
      },
      responsible: { th: "วิศวกรโยธา", en: "Civil engineer" },
      workingDays: 30,
    },
    {
      title: {
        th: "พิจารณาออกใบอนุญาต (แบบ อ.1) หรือแจ้งคำสั่งไม่อนุญาต",
        en: "Issue the permit (form O.1) or give notice of refusal",
      },
      responsible: { th: "เจ้าพนักงานท้องถิ่น", en: "Local official" },
      workingDays: 7,
    },
  ],
  fees: [
    {
      label: { th: "ค่าธรรมเนียมใบอนุญาตก่อสร้าง", en: "Construction permit fee" },
      amountSatang: 2_000,
    },
    {
      label: {
        th: "ค่าธรรมเนียมการตรวจแบบแปลน อาคารสูงไม่เกินสองชั้น",
        en: "Plan review fee, building of up to two storeys",
      },
      amountSatang: 50,
      note: { th: "ต่อตารางเมตรของพื้นที่อาคาร", en: "Per square metre of floor area" },
    },
  ],
  documents: [
    {
      name: { th: "แบบคำขออนุญาตก่อสร้างอาคาร (แบบ ข.1)", en: "Application form Kh.1" },
      count: ONE_COPY,
      source: "attach",
    },
    {
      name: { th: "สำเนาโฉนดที่ดิน หรือ น.ส.3 หรือ ส.ค.1", en: "Copy of the land title deed" },
      count: ONE_COPY,
      source: "registry",
      note: {
        th: "หากดึงจากทะเบียนที่ดินไม่ได้ แนบสำเนาขนาดเท่าต้นฉบับทุกหน้า",
        en: "If it cannot be fetched from the land register, attach a full-size copy of every page",
      },
      registry: {
        provider: "DOL",
        registry: "land-titles",
        dataService: "land.parcel",
        purpose: "building-permit-review",
        fill: { titleDeedType: "parcels.0.deedType", titleDeedNumber: "parcels.0.deedNumber" },
        fallbackField: "titleDeedCopy",
      },
    },
    {
      name: { th: "หนังสือยินยอมให้ก่อสร้างอาคารในที่ดิน", en: "Landowner's consent" },
      count: ONE_COPY,
      source: "attach",
      note: {
        th: "เฉพาะกรณีผู้ขอไม่ใช่เจ้าของที่ดิน",
        en: "Only when the applicant does not own the land",
      },
    },
    {
      name: { th: "แบบแปลนอาคาร", en: "Building plans" },
      count: 5,
      source: "attach",
    },
    {
      name: { th: "รายการคำนวณโครงสร้าง", en: "Structural calculations" },
      count: ONE_COPY,
      source: "attach",
    },
    {
      name: {
        th: "สำเนาใบอนุญาตประกอบวิชาชีพของวิศวกรและสถาปนิกผู้ออกแบบ",
        en: "Copies of the designing engineer's and architect's licences",
      },
      count: ONE_COPY,
      source: "attach",
    },
    {
      name: { th: "บัตรประจำตัวประชาชนของผู้ขอ", en: "Applicant's national ID card" },
      count: ONE_COPY,
      source: "registry",
    },
    {
      name: { th: "หนังสือรับรองการจดทะเบียนนิติบุคคล", en: "Company registration certificate" },
      count: ONE_COPY,
      source: "registry",
      note: { th: "เฉพาะกรณีนิติบุคคลเป็นผู้ขอ", en: "Only when a juristic person applies" },
    },
  ],
  outputs: [{ name: { th: "ใบอนุญาตก่อสร้างอาคาร (แบบ อ.1)", en: "Construction permit (form O.1)" } }],
  channels: [
    { kind: "online", th: "ยื่นคำขอผ่านประตู", en: "Apply through Pratu" },
    {
      kind: "counter",
      th: "งานโยธา ที่ว่าการอำเภอเมืองเชียงใหม่ วันจันทร์ถึงวันศุกร์ 08.30–16.30 น.",
      en: "Public Works Section, Mueang Chiang Mai District Office, Monday to Friday 08:30–16:30",
    },
  ],
  form: buildingPermitForm,
  reasonTemplates: [
    {
      id: "permit-issued",
      outcome: "approved",
      label: { th: "ออกใบอนุญาต", en: "Permit issued" },
      text: {
        th: "อนุญาตให้ก่อสร้างอาคารตามแบบที่ยื่น ใบอนุญาต (แบบ อ.1) มีอายุหนึ่งปี",
        en: "Construction is permitted as planned; the permit (form O.1) is valid for one year.",
      },
    },
    {
      id: "zoning",
      outcome: "rejected",
      label: { th: "ขัดผังเมือง", en: "Against the town plan" },
      text: {
        th: "อาคารที่ขออนุญาตขัดกับข้อกำหนดผังเมืองรวมในบริเวณที่ดินนี้ ท่านอุทธรณ์ต่อคณะกรรมการพิจารณาอุทธรณ์ได้ภายใน 30 วัน",
        en: "The building is against the town plan for this land; you may appeal to the appeals committee within 30 days.",
      },
    },
  ],
};
