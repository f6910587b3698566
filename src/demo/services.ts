import { acrFor } from "@/core/auth/assurance";
import type { Transaction } from "@/core/db/database";
import {
  getPublishedService,
  publishService,
  saveServiceDraft,
  type ServiceDefinition,
} from "@/modules/services";

import { buildingPermitForm } from "./forms/building-permit-form";
import { elderlyAllowanceForm } from "./forms/elderly-allowance-form";
import { residenceNotificationForm } from "./forms/residence-notification-form";

const ONE_COPY = 1;

/** Three real services of different agencies, as their citizen's manuals describe them. */
export const demoServices: ServiceDefinition[] = [
  {
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
      },
      {
        name: { th: "ทะเบียนบ้าน", en: "House registration" },
        count: ONE_COPY,
        source: "registry",
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
  },
  {
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
        source: "attach",
        note: { th: "ขนาดเท่าต้นฉบับทุกหน้า", en: "Full size, every page" },
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
    outputs: [
      { name: { th: "ใบอนุญาตก่อสร้างอาคาร (แบบ อ.1)", en: "Construction permit (form O.1)" } },
    ],
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
  },
  {
    id: "tm30-residence-notification",
    agencyCode: "IMM",
    name: {
      th: "การแจ้งที่พักของคนต่างด้าว (ตม.30)",
      en: "Notification of a foreigner's residence (TM30)",
    },
    summary: {
      th: "เจ้าบ้าน เจ้าของ ผู้ครอบครอง หรือผู้จัดการโรงแรม ซึ่งให้คนต่างด้าวพักอาศัย ต้องแจ้งพนักงานเจ้าหน้าที่ภายในยี่สิบสี่ชั่วโมง",
      en: "A house master, owner, occupier or hotel manager who lets a foreigner stay must notify the immigration officer within twenty-four hours.",
    },
    category: "immigration",
    lifeEvents: ["arriving_in_thailand", "moving_home"],
    legalBasis: [
      {
        title: {
          th: "พระราชบัญญัติคนเข้าเมือง พ.ศ. 2522",
          en: "Immigration Act, B.E. 2522 (1979)",
        },
        section: "38",
      },
    ],
    applicants: ["citizen", "juristic_person", "foreigner"],
    requiredAssurance: acrFor({ ial: "1.3", aal: "2.1" }),
    criteria: [
      {
        th: "แจ้งภายใน 24 ชั่วโมงนับแต่เวลาที่คนต่างด้าวเข้าพัก",
        en: "Notify within 24 hours of the foreigner's arrival at the residence",
      },
      {
        th: "ผู้แจ้งเป็นเจ้าบ้าน เจ้าของหรือผู้ครอบครองเคหสถาน หรือผู้จัดการโรงแรม",
        en: "The notifier is the house master, the owner or occupier of the residence, or the hotel manager",
      },
    ],
    steps: [
      {
        title: { th: "รับแจ้งและตรวจสอบข้อมูล", en: "Receive and check the notification" },
        responsible: { th: "พนักงานเจ้าหน้าที่ตรวจคนเข้าเมือง", en: "Immigration officer" },
        workingDays: 0,
      },
      {
        title: { th: "บันทึกข้อมูลและออกใบรับแจ้ง", en: "Record it and issue the receipt" },
        responsible: { th: "พนักงานเจ้าหน้าที่ตรวจคนเข้าเมือง", en: "Immigration officer" },
        workingDays: 1,
      },
    ],
    fees: [],
    documents: [
      {
        name: {
          th: "สำเนาหนังสือเดินทางของคนต่างด้าว (หน้ารูปถ่าย หน้าวีซ่า และหน้าตราประทับเข้าเมือง)",
          en: "Copy of the foreigner's passport (photo page, visa and arrival stamp)",
        },
        count: ONE_COPY,
        source: "attach",
      },
      {
        name: {
          th: "บัตรประจำตัวประชาชนของเจ้าบ้านหรือผู้แจ้ง",
          en: "National ID card of the house master or notifier",
        },
        count: ONE_COPY,
        source: "registry",
      },
      {
        name: { th: "ทะเบียนบ้านของที่พัก", en: "House registration of the residence" },
        count: ONE_COPY,
        source: "registry",
      },
      {
        name: { th: "สัญญาเช่าที่พัก", en: "Lease agreement" },
        count: ONE_COPY,
        source: "attach",
        note: {
          th: "เฉพาะกรณีผู้แจ้งเป็นผู้เช่า",
          en: "Only when the notifier rents the residence",
        },
      },
    ],
    outputs: [
      {
        name: {
          th: "ใบรับแจ้งที่พักของคนต่างด้าว (ตม.30)",
          en: "Receipt of the residence notification (TM30)",
        },
      },
    ],
    channels: [
      { kind: "online", th: "แจ้งผ่านประตู", en: "Notify through Pratu" },
      {
        kind: "counter",
        th: "ด่านตรวจคนเข้าเมืองหรือสำนักงานตรวจคนเข้าเมืองจังหวัดที่ที่พักตั้งอยู่",
        en: "The immigration checkpoint or provincial immigration office where the residence is",
      },
    ],
    form: residenceNotificationForm,
    reasonTemplates: [
      {
        id: "recorded",
        outcome: "approved",
        label: { th: "รับแจ้งแล้ว", en: "Notification recorded" },
        text: {
          th: "สำนักงานตรวจคนเข้าเมืองรับแจ้งที่พักของคนต่างด้าวแล้ว เก็บหลักฐานนี้ไว้แสดงต่อเจ้าหน้าที่",
          en: "Immigration has recorded the foreigner's residence; keep this as proof.",
        },
      },
    ],
  },
];

/** Publishes each demo service once; a second seed leaves published services as they are. */
export async function seedDemoServices(tx: Transaction): Promise<number> {
  const author = { type: "system", id: "demo-seed" } as const;
  for (const definition of demoServices) {
    const isPublished = await getPublishedService({ db: tx, serviceId: definition.id }).then(
      () => true,
      () => false,
    );
    if (isPublished) continue;
    await saveServiceDraft({ db: tx, author, definition });
    await publishService({
      db: tx,
      author,
      agencyCode: definition.agencyCode,
      serviceId: definition.id,
    });
  }
  return demoServices.length;
}
