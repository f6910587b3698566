import { acrFor } from "@/core/auth/assurance";
import type { ServiceDefinition } from "@/modules/services";

import { elderlyAllowanceForm } from "../forms/elderly-allowance-form";
import { ONE_COPY } from "./copies";

/** The purpose Chiang Mai City's access rights to DOPA's data services name. */
const ELIGIBILITY = "elderly-allowance-eligibility";

export const elderlyAllowanceService: ServiceDefinition = {
  id: "elderly-allowance",
  agencyCode: "CHIANGMAI-CITY",
  name: {
    th: "การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ",
    en: "Registering for the elderly living allowance",
  },
  summary: {
    th: "ผู้ที่มีอายุหกสิบปีบริบูรณ์ขึ้นไปและมีภูมิลำเนาในเขตเทศบาลนครเชียงใหม่ ลงทะเบียนเพื่อรับเงินเบี้ยยังชีพรายเดือน",
    en: "People aged sixty or over who live in Chiang Mai City register to receive the monthly living allowance.",
  },
  category: "welfare",
  lifeEvents: ["old_age"],
  legalBasis: [
    {
      title: {
        th: "ระเบียบกระทรวงมหาดไทยว่าด้วยหลักเกณฑ์การจ่ายเงินเบี้ยยังชีพผู้สูงอายุขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2552",
        en: "Ministry of Interior Regulation on the Payment of the Elderly Living Allowance by Local Administrative Organisations, B.E. 2552 (2009)",
      },
      section: "6",
    },
    {
      title: { th: "พระราชบัญญัติผู้สูงอายุ พ.ศ. 2546", en: "Older Persons Act, B.E. 2546 (2003)" },
      section: "11",
    },
  ],
  applicants: ["citizen"],
  requiredAssurance: acrFor({ ial: "2.1", aal: "2.1" }),
  criteria: [
    { th: "มีสัญชาติไทย", en: "Thai nationality" },
    {
      th: "มีอายุหกสิบปีบริบูรณ์ขึ้นไป หรือจะมีอายุครบหกสิบปีบริบูรณ์ในปีงบประมาณถัดไป",
      en: "Aged sixty or over, or turning sixty in the next fiscal year",
    },
    {
      th: "มีชื่ออยู่ในทะเบียนบ้านในเขตเทศบาลนครเชียงใหม่",
      en: "Listed in a house registration within Chiang Mai City",
    },
    {
      th: "ไม่เป็นผู้ได้รับสวัสดิการหรือสิทธิประโยชน์อื่นใดจากหน่วยงานของรัฐ เช่น บำนาญ เบี้ยหวัด หรือเงินเดือนประจำ",
      en: "Not receiving another state benefit such as a pension or a regular state salary",
    },
  ],
  steps: [
    {
      title: { th: "ตรวจสอบคำขอและเอกสาร", en: "Check the application and documents" },
      responsible: { th: "กองสวัสดิการสังคม", en: "Social Welfare Division" },
      workingDays: 1,
    },
    {
      title: {
        th: "ตรวจสอบคุณสมบัติกับทะเบียนราษฎรและฐานข้อมูลสวัสดิการ",
        en: "Check eligibility against civil registration and welfare records",
      },
      responsible: { th: "กองสวัสดิการสังคม", en: "Social Welfare Division" },
      workingDays: 5,
    },
    {
      title: { th: "พิจารณาอนุมัติและประกาศรายชื่อ", en: "Approve and announce the list" },
      responsible: { th: "นายกเทศมนตรีนครเชียงใหม่", en: "Mayor of Chiang Mai City" },
      workingDays: 4,
    },
  ],
  fees: [],
  documents: [
    {
      name: { th: "บัตรประจำตัวประชาชน", en: "Thai national ID card" },
      count: ONE_COPY,
      source: "registry",
      registry: {
        provider: "DOPA",
        registry: "population",
        dataService: "person.basic",
        purpose: ELIGIBILITY,
        fill: {
          fullName: "{titleTh}{givenNameTh} {familyNameTh}",
          citizenId: "@subject",
          birthDate: "birthDate",
        },
      },
    },
    {
      name: { th: "ทะเบียนบ้าน", en: "House registration" },
      count: ONE_COPY,
      source: "registry",
      registry: {
        provider: "DOPA",
        registry: "population",
        dataService: "person.address",
        purpose: ELIGIBILITY,
        fill: { registeredAddress: "address" },
        fallbackField: "houseRegistrationCopy",
      },
    },
    {
      name: { th: "สมุดบัญชีเงินฝากธนาคาร (หน้าแรก)", en: "Bank passbook (first page)" },
      count: ONE_COPY,
      source: "attach",
      note: {
        th: "เฉพาะกรณีขอรับเงินโอนเข้าบัญชี",
        en: "Only when the allowance is to be paid into a bank account",
      },
    },
    {
      name: { th: "หนังสือมอบอำนาจ", en: "Power of attorney" },
      count: ONE_COPY,
      source: "attach",
      note: {
        th: "เฉพาะกรณีมอบให้ผู้อื่นยื่นแทนหรือรับเงินแทน",
        en: "Only when someone else applies or receives the money for you",
      },
    },
  ],
  outputs: [
    {
      name: {
        th: "การขึ้นทะเบียนผู้มีสิทธิรับเงินเบี้ยยังชีพผู้สูงอายุ",
        en: "Registration as entitled to the elderly living allowance",
      },
    },
  ],
  channels: [
    { kind: "online", th: "ยื่นคำขอผ่านประตู", en: "Apply through Pratu" },
    {
      kind: "counter",
      th: "กองสวัสดิการสังคม สำนักงานเทศบาลนครเชียงใหม่ วันจันทร์ถึงวันศุกร์ 08.30–16.30 น.",
      en: "Social Welfare Division, Chiang Mai City Hall, Monday to Friday 08:30–16:30",
    },
  ],
  form: elderlyAllowanceForm,
  reasonTemplates: [
    {
      id: "eligible",
      outcome: "approved",
      label: { th: "มีคุณสมบัติครบ", en: "Eligible" },
      text: {
        th: "ท่านมีคุณสมบัติครบถ้วน ได้ขึ้นทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ เริ่มรับเงินตั้งแต่เดือนตุลาคมของปีงบประมาณถัดไป",
        en: "You are eligible and registered for the elderly living allowance; payments start in October of the next fiscal year.",
      },
    },
    {
      id: "state-pension",
      outcome: "rejected",
      label: { th: "ได้รับบำนาญจากรัฐ", en: "Receives a state pension" },
      text: {
        th: "ท่านได้รับบำนาญจากหน่วยงานของรัฐอยู่แล้ว จึงไม่มีสิทธิตามระเบียบกระทรวงมหาดไทย พ.ศ. 2552 ข้อ 6 ท่านอุทธรณ์ได้ภายใน 15 วัน",
        en: "You already receive a state pension and are not entitled under the 2009 Ministry of Interior Regulation, clause 6. You may appeal within 15 days.",
      },
    },
    {
      id: "outside-area",
      outcome: "rejected",
      label: { th: "ภูมิลำเนานอกเขต", en: "Registered outside the area" },
      text: {
        th: "ทะเบียนบ้านของท่านไม่อยู่ในเขตเทศบาลนครเชียงใหม่ โปรดยื่นที่องค์กรปกครองส่วนท้องถิ่นที่ท่านมีชื่อในทะเบียนบ้าน",
        en: "Your house registration is outside Chiang Mai City; apply to the local organisation where you are registered.",
      },
    },
  ],
};
