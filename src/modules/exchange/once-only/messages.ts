import { defineMessages } from "@/core/i18n";

/** The words of data fetched into a form: its badge, the notices when it is not, and its record. */
export const onceOnlyMessages = defineMessages({
  badge: {
    th: "ตรวจสอบแล้วจาก {registry} {provider} เมื่อ {time} น.",
    en: "Verified from the {registry} ({provider}) at {time}",
  },
  badgeOnDate: {
    th: "ตรวจสอบแล้วจาก {registry} {provider} เมื่อ {date} เวลา {time} น.",
    en: "Verified from the {registry} ({provider}) on {date} at {time}",
  },
  notices: {
    unavailable: {
      th: "ขณะนี้ระบบ{registry}ของ{provider}ไม่ตอบ ระบบจึงดึงข้อมูลให้ไม่ได้ โปรดกรอกข้อมูลเองและแนบสำเนาเอกสาร เจ้าหน้าที่จะเห็นว่าระบบทะเบียนไม่ตอบ",
      en: "The {registry} of {provider} is not answering, so your data could not be fetched. Please fill it in and attach a copy; the officer will see that the registry was unavailable.",
    },
    notFound: {
      th: "ไม่พบข้อมูลของคุณใน{registry}ของ{provider} โปรดกรอกข้อมูลเองและแนบสำเนาเอกสาร",
      en: "The {registry} of {provider} has no record of you. Please fill in your details and attach a copy.",
    },
    declined: {
      th: "คุณไม่ได้ให้ความยินยอมดึงข้อมูลจาก{registry} โปรดกรอกข้อมูลเองและแนบสำเนาเอกสาร",
      en: "You did not consent to fetching from the {registry}. Please fill in your details and attach a copy.",
    },
    fetched: {
      th: "ดึงข้อมูลจาก{registry}ของ{provider}แล้ว ข้อมูลที่ตรวจสอบแล้วแก้ไขไม่ได้ ไม่ต้องแนบสำเนา",
      en: "Your data was fetched from the {registry} of {provider}. Verified answers cannot be changed, and no copy is needed.",
    },
  },
  /** How the application's sources read for officers and for the applicant. */
  record: {
    heading: { th: "ที่มาของข้อมูล", en: "Where the data came from" },
    lead: {
      th: "ข้อมูลที่ระบบดึงจากทะเบียนของหน่วยงานอื่นแทนการแนบสำเนา",
      en: "Data fetched from other agencies' registries instead of copies",
    },
    document: { th: "เอกสาร", en: "Document" },
    verified: {
      th: "ตรวจสอบแล้วจาก{registry} เมื่อ {time} ({provider})",
      en: "Verified from the {registry} at {time} ({provider})",
    },
    noCopyNeeded: { th: "ไม่ต้องขอสำเนาจากผู้ยื่น", en: "No copy is needed from the applicant" },
    copyAttached: {
      unavailable: {
        th: "ผู้ยื่นแนบสำเนาเอง — ระบบทะเบียนไม่ตอบ",
        en: "Copy attached by the applicant — registry unavailable",
      },
      not_found: {
        th: "ผู้ยื่นแนบสำเนาเอง — ไม่พบข้อมูลในทะเบียน",
        en: "Copy attached by the applicant — no record in the registry",
      },
      declined: {
        th: "ผู้ยื่นแนบสำเนาเอง — ไม่ยินยอมให้ดึงข้อมูล",
        en: "Copy attached by the applicant — did not consent to the fetch",
      },
    },
    questions: { th: "คำถามที่ตรวจสอบแล้ว: {questions}", en: "Verified answers: {questions}" },
    logEntry: { th: "เลขอ้างอิงบันทึกการแลกเปลี่ยนข้อมูล", en: "Exchange log entry" },
    responseHash: { th: "ค่าแฮชของข้อมูลที่ได้รับ", en: "Hash of the data received" },
    listSeparator: { th: " ", en: ", " },
  },
  verifiedTag: { th: "ตรวจสอบแล้ว", en: "Verified" },
});
