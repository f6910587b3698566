import { defineMessages } from "@/core/i18n";

/** Status names as the applicant and officers read them. */
export const statusMessages = defineMessages({
  submitted: { th: "ได้รับคำขอแล้ว", en: "Received" },
  in_review: { th: "อยู่ระหว่างพิจารณา", en: "Under review" },
  info_requested: {
    th: "รอเอกสารหรือข้อมูลเพิ่มเติมจากท่าน",
    en: "Waiting for more information from you",
  },
  approved: { th: "อนุมัติ", en: "Approved" },
  rejected: { th: "ไม่อนุมัติ", en: "Not approved" },
});

/** Timeline entries, by event kind. */
export const eventMessages = defineMessages({
  submitted: { th: "ยื่นคำขอและได้รับใบรับคำขอ", en: "Submitted; receipt issued" },
  claimed: { th: "เจ้าหน้าที่รับเรื่องไว้พิจารณา", en: "An officer took up the application" },
  assigned: { th: "มอบหมายให้เจ้าหน้าที่ผู้รับผิดชอบ", en: "Assigned to an officer" },
  info_requested: { th: "หน่วยงานขอข้อมูลหรือเอกสารเพิ่มเติม", en: "More information requested" },
  amended: { th: "ส่งข้อมูลเพิ่มเติมแล้ว", en: "More information sent" },
  approved: { th: "อนุมัติคำขอ", en: "Approved" },
  rejected: { th: "ไม่อนุมัติคำขอ", en: "Not approved" },
});

export const applicationMessages = defineMessages({
  errors: {
    idempotencyKeyReused: {
      th: "คีย์ป้องกันการส่งซ้ำนี้เคยใช้กับคำขออื่นแล้ว โปรดใช้คีย์ใหม่สำหรับคำขอใหม่",
      en: "This Idempotency-Key was already used with a different request; use a new key for a new application.",
    },
    idempotencyRace: {
      th: "คำขอเดียวกันกำลังถูกส่ง โปรดลองอีกครั้ง",
      en: "The same application is being submitted at this moment; try again.",
    },
  },
});
