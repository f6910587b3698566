import { defineMessages } from "@/core/i18n";

/** What access rights say to people, in Thai and English. */
export const grantMessages = defineMessages({
  status: {
    requested: { th: "รอพิจารณา", en: "Awaiting decision" },
    approved: { th: "อนุญาต", en: "Approved" },
    rejected: { th: "ไม่อนุญาต", en: "Rejected" },
    revoked: { th: "เพิกถอนแล้ว", en: "Revoked" },
    expired: { th: "หมดอายุ", en: "Expired" },
  },
  basis: {
    consent: { th: "ความยินยอมของเจ้าของข้อมูล", en: "Consent of the data subject" },
    legal_obligation: { th: "การปฏิบัติตามกฎหมาย", en: "Legal obligation" },
    public_task: {
      th: "การปฏิบัติหน้าที่เพื่อประโยชน์สาธารณะหรือตามอำนาจรัฐ",
      en: "Public task or official authority",
    },
    contract: { th: "การปฏิบัติตามสัญญา", en: "Performance of a contract" },
    vital_interest: { th: "ป้องกันอันตรายต่อชีวิต ร่างกาย หรือสุขภาพ", en: "Vital interest" },
  },
  classification: {
    public: { th: "เปิดเผย", en: "Public" },
    internal: { th: "ใช้ภายใน", en: "Internal" },
    confidential: { th: "ลับ", en: "Confidential" },
    secret: { th: "ลับมาก", en: "Secret" },
  },
  problems: {
    service: {
      th: "ไม่พบบริการข้อมูลนี้ หรือบริการเลิกให้บริการแล้ว",
      en: "There is no such data service, or it has been retired.",
    },
    subsystem: {
      th: "รหัสระบบของผู้ขอใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีดกลาง เช่น elderly-allowance หรือเว้นว่างไว้",
      en: "Use lower-case letters, digits and single hyphens for the subsystem, e.g. elderly-allowance, or leave it empty.",
    },
    purpose: {
      th: "รหัสวัตถุประสงค์ใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีดกลาง ไม่เกิน 60 ตัว เช่น elderly-allowance-eligibility",
      en: "The purpose code is lower-case letters, digits and single hyphens, at most 60, e.g. elderly-allowance-eligibility.",
    },
    purposeTh: {
      th: "โปรดอธิบายวัตถุประสงค์เป็นภาษาไทย (ไม่เกิน 500 ตัวอักษร)",
      en: "Describe the purpose in Thai (at most 500 characters).",
    },
    purposeEn: {
      th: "โปรดอธิบายวัตถุประสงค์เป็นภาษาอังกฤษ (ไม่เกิน 500 ตัวอักษร)",
      en: "Describe the purpose in English (at most 500 characters).",
    },
    basis: {
      th: "โปรดเลือกฐานทางกฎหมายในการใช้ข้อมูล",
      en: "Choose the lawful basis for using the data.",
    },
    legalBasisTh: {
      th: "โปรดระบุกฎหมายหรือความยินยอมที่ให้อำนาจ เป็นภาษาไทย (ไม่เกิน 500 ตัวอักษร)",
      en: "Name the law or consent that allows it, in Thai (at most 500 characters).",
    },
    legalBasisEn: {
      th: "โปรดระบุกฎหมายหรือความยินยอมที่ให้อำนาจ เป็นภาษาอังกฤษ (ไม่เกิน 500 ตัวอักษร)",
      en: "Name the law or consent that allows it, in English (at most 500 characters).",
    },
    fieldsEmpty: {
      th: "โปรดเลือกข้อมูลอย่างน้อยหนึ่งรายการ",
      en: "Choose at least one field.",
    },
    fieldsNotOffered: {
      th: "บริการข้อมูลนี้ไม่มีข้อมูล {fields}",
      en: "The data service does not return {fields}.",
    },
    fieldsNotRequested: {
      th: "อนุญาตได้เฉพาะข้อมูลที่ขอ ไม่รวม {fields}",
      en: "Only the fields asked for may be approved, not {fields}.",
    },
    expiresAt: {
      th: "วันหมดอายุต้องเป็นวันในอนาคต",
      en: "The expiry must be in the future.",
    },
    rateLimit: {
      th: "จำนวนครั้งต่อนาทีต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 100,000",
      en: "Calls per minute must be a whole number from 1 to 100,000.",
    },
    decision: {
      th: "โปรดเลือกอนุญาตหรือไม่อนุญาต",
      en: "Choose approve or reject.",
    },
    noteRequired: {
      th: "โปรดแจ้งเหตุผลให้หน่วยงานผู้ขอทราบ (ไม่เกิน 1,000 ตัวอักษร)",
      en: "Give the requesting agency a reason (at most 1,000 characters).",
    },
    note: {
      th: "หมายเหตุยาวได้ไม่เกิน 1,000 ตัวอักษร",
      en: "The note may be at most 1,000 characters.",
    },
    invalid: { th: "ค่านี้ไม่ถูกต้อง", en: "This value is not valid." },
    unknownKeys: { th: "ไม่รู้จักช่อง {keys}", en: "Unknown field(s): {keys}." },
    alreadyOpen: {
      th: "หน่วยงานมีคำขอหรือสิทธิ์ที่ใช้อยู่สำหรับบริการข้อมูล ระบบ และวัตถุประสงค์นี้แล้ว",
      en: "The agency already has an open request or a grant for this data service, subsystem and purpose.",
    },
    notRequested: {
      th: "คำขอนี้ได้รับการพิจารณาหรือถูกถอนไปแล้ว",
      en: "This request has already been decided or withdrawn.",
    },
    notApproved: {
      th: "เพิกถอนได้เฉพาะสิทธิ์ที่อนุญาตอยู่",
      en: "Only an approved grant can be revoked.",
    },
    notProvider: {
      th: "เฉพาะหน่วยงานเจ้าของข้อมูลเท่านั้นที่พิจารณาหรือเพิกถอนสิทธิ์ได้",
      en: "Only the agency that provides the data may decide on or revoke a grant.",
    },
    notConsumer: {
      th: "เฉพาะหน่วยงานผู้ขอเท่านั้นที่ถอนคำขอได้",
      en: "Only the requesting agency may withdraw its request.",
    },
  },
  notice: {
    subject: {
      requested: {
        th: "คำขอใช้ข้อมูล {service} จาก{agency}",
        en: "{agency} asks to use {service}",
      },
      withdrawn: {
        th: "{agency}ถอนคำขอใช้ข้อมูล {service}",
        en: "{agency} withdrew its request for {service}",
      },
      approved: {
        th: "{agency}อนุญาตให้ใช้ข้อมูล {service}",
        en: "{agency} approved access to {service}",
      },
      rejected: {
        th: "{agency}ไม่อนุญาตให้ใช้ข้อมูล {service}",
        en: "{agency} rejected access to {service}",
      },
      revoked: {
        th: "{agency}เพิกถอนสิทธิ์ใช้ข้อมูล {service}",
        en: "{agency} revoked access to {service}",
      },
    },
    purpose: { th: "วัตถุประสงค์: {purpose}", en: "Purpose: {purpose}" },
    note: { th: "หมายเหตุ: {note}", en: "Note: {note}" },
    action: { th: "เปิดหน้าการแลกเปลี่ยนข้อมูลในคอนโซล", en: "Open data exchange in the console" },
  },
});
