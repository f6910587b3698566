import { defineMessages, type Message } from "@/core/i18n";

/**
 * The words of a definition problem: where it is (a part, an item of a list,
 * a field of the item, a language) and what is wrong, so an author reads
 * "ขั้นตอนที่ 2: ระยะเวลาต้องเป็นจำนวนวันทำการ 0–365" rather than a Zod path.
 */
export const problemMessages = defineMessages({
  root: { th: "คำจำกัดความบริการ", en: "The definition" },
  parts: {
    id: { th: "รหัสบริการ", en: "Service id" },
    agencyCode: { th: "รหัสหน่วยงาน", en: "Agency code" },
    name: { th: "ชื่อบริการ", en: "Service name" },
    summary: { th: "คำอธิบายโดยย่อ", en: "Summary" },
    category: { th: "หมวดบริการ", en: "Category" },
    lifeEvents: { th: "เหตุการณ์ในชีวิต", en: "Life events" },
    legalBasis: { th: "กฎหมายที่เกี่ยวข้อง", en: "Legal basis" },
    applicants: { th: "ผู้มีสิทธิยื่นคำขอ", en: "Who may apply" },
    requiredAssurance: { th: "ระดับการยืนยันตัวตน", en: "Assurance level" },
    criteria: { th: "หลักเกณฑ์", en: "Criteria" },
    steps: { th: "ขั้นตอน", en: "Steps" },
    fees: { th: "ค่าธรรมเนียม", en: "Fees" },
    documents: { th: "เอกสารหลักฐาน", en: "Documents" },
    outputs: { th: "ผลที่ได้รับ", en: "Outputs" },
    channels: { th: "ช่องทางการให้บริการ", en: "Channels" },
    form: { th: "แบบฟอร์มคำขอ", en: "Application form" },
  } satisfies Record<string, Message>,
  items: {
    legalBasis: { th: "กฎหมายรายการที่ {n}", en: "Legal basis {n}" },
    criteria: { th: "หลักเกณฑ์ข้อที่ {n}", en: "Criterion {n}" },
    steps: { th: "ขั้นตอนที่ {n}", en: "Step {n}" },
    fees: { th: "ค่าธรรมเนียมรายการที่ {n}", en: "Fee {n}" },
    documents: { th: "เอกสารรายการที่ {n}", en: "Document {n}" },
    outputs: { th: "ผลที่ได้รับรายการที่ {n}", en: "Output {n}" },
    channels: { th: "ช่องทางที่ {n}", en: "Channel {n}" },
    lifeEvents: { th: "เหตุการณ์ในชีวิตรายการที่ {n}", en: "Life event {n}" },
    applicants: { th: "ผู้มีสิทธิยื่นคำขอรายการที่ {n}", en: "Applicant kind {n}" },
  } satisfies Record<string, Message>,
  fields: {
    title: { th: "ชื่อ", en: "title" },
    responsible: { th: "ผู้รับผิดชอบ", en: "who is responsible" },
    label: { th: "รายการ", en: "what it is for" },
    note: { th: "หมายเหตุ", en: "note" },
    name: { th: "ชื่อ", en: "name" },
    source: { th: "ที่มาของเอกสาร", en: "where it comes from" },
    section: { th: "มาตรา/ข้อ", en: "section" },
    kind: { th: "ประเภทช่องทาง", en: "kind" },
    registry: { th: "การดึงข้อมูลจากทะเบียน", en: "registry fetch" },
    fill: { th: "คำถามที่เติมจากทะเบียน", en: "questions filled" },
    fallbackField: { th: "คำถามแนบสำเนาแทน", en: "fallback question" },
  } satisfies Record<string, Message>,
  formPage: { th: "หน้าที่ {n}", en: "page {n}" },
  formQuestion: { th: "คำถามที่ {n}", en: "question {n}" },
  languages: {
    th: { th: "ภาษาไทย", en: "Thai" },
    en: { th: "ภาษาอังกฤษ", en: "English" },
  },
  /** Fields whose sentence names the field itself, with the limits a person needs. */
  numbers: {
    workingDays: {
      th: "ระยะเวลาต้องเป็นจำนวนวันทำการ 0–365",
      en: "time must be 0–365 working days",
    },
    count: {
      th: "จำนวนฉบับต้องเป็นจำนวนเต็ม 1–100",
      en: "the number of copies must be a whole number from 1 to 100",
    },
    amountSatang: {
      th: "จำนวนเงินต้องเป็นบาท ตั้งแต่ 0 ขึ้นไป ทศนิยมไม่เกิน 2 ตำแหน่ง",
      en: "the amount must be 0 baht or more, with at most 2 decimal places",
    },
  } satisfies Record<string, Message>,
  /** Registry requirements: what a schema of their shape cannot say. */
  registry: {
    sourceMustBeRegistry: {
      th: "เอกสารที่ดึงจากทะเบียนต้องมีที่มาเป็น “ดึงจากทะเบียน”",
      en: "a document fetched from a registry must have the source “registry”",
    },
    needsForm: {
      th: "การดึงข้อมูลจากทะเบียนต้องมีแบบฟอร์มคำขอออนไลน์",
      en: "fetching from a registry needs an online application form",
    },
    noSuchQuestion: {
      th: "ไม่มีคำถามรหัสนี้ในแบบฟอร์มคำขอ (นอกตาราง)",
      en: "the application form has no question with this id (outside a table)",
    },
    cannotFill: {
      th: "คำถามประเภทนี้รับค่าจากทะเบียนไม่ได้ (ไฟล์ ช่องเลือกหลายข้อ ตาราง หรือคำรับรอง)",
      en: "a question of this type cannot take a fetched value (a file, checkboxes, a table or a declaration)",
    },
    filledTwice: {
      th: "คำถามนี้เติมจากทะเบียนอื่นอยู่แล้ว",
      en: "another registry already fills this question",
    },
    subjectNeedsId: {
      th: "เลขประจำตัวของเจ้าของข้อมูล (@subject) ใส่ได้เฉพาะคำถามเลขประจำตัวหรือข้อความ",
      en: "the subject's ID (@subject) can answer only an ID or text question",
    },
    textNeedsText: {
      th: "ข้อความที่ประกอบจากหลายรายการใส่ได้เฉพาะคำถามข้อความ",
      en: "text made of several fields can answer only a text question",
    },
    fallbackNotFile: {
      th: "คำถามแนบสำเนาแทนต้องเป็นคำถามแนบไฟล์",
      en: "the fallback must be a file question",
    },
  },
  what: {
    required: { th: "โปรดกรอกข้อมูล", en: "fill this in" },
    atLeastItems: { th: "ต้องมีอย่างน้อย {min} รายการ", en: "add at least {min}" },
    atMostItems: { th: "มีได้ไม่เกิน {max} รายการ", en: "at most {max} may be listed" },
    tooLong: { th: "ยาวได้ไม่เกิน {max} ตัวอักษร", en: "must be at most {max} characters" },
    tooSmall: { th: "ต้องไม่น้อยกว่า {min}", en: "must be at least {min}" },
    tooBig: { th: "ต้องไม่เกิน {max}", en: "must be at most {max}" },
    wholeNumber: { th: "ต้องเป็นตัวเลขจำนวนเต็ม", en: "must be a whole number" },
    text: { th: "ต้องเป็นข้อความ", en: "must be text" },
    list: { th: "ต้องเป็นรายการ", en: "must be a list" },
    group: { th: "ต้องเป็นกลุ่มข้อมูล", en: "must be a group of fields" },
    choose: { th: "โปรดเลือกจากรายการที่กำหนด", en: "choose one from the list" },
    assurance: {
      th: "โปรดเลือกระดับจากรายการ (รูปแบบ urn:pratu:ial:<IAL>:aal:<AAL>)",
      en: "choose a level from the list (of the form urn:pratu:ial:<IAL>:aal:<AAL>)",
    },
    serviceId: {
      th: "ใช้ได้เฉพาะอักษรอังกฤษตัวพิมพ์เล็ก ตัวเลข และขีดกลางคั่นระหว่างคำ ยาว 3–80 ตัวอักษร",
      en: "use lower-case letters, digits and single hyphens, 3–80 characters",
    },
    format: { th: "รูปแบบไม่ถูกต้อง", en: "is not in the right format" },
    unknownKeys: {
      th: "มีส่วนที่ระบบไม่รู้จัก: {keys}",
      en: "has parts Pratu does not know: {keys}",
    },
    mustBe: { th: "ต้องเป็น {value}", en: "must be {value}" },
    invalid: { th: "ข้อมูลไม่ถูกต้อง", en: "is not valid" },
  },
});
