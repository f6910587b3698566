import { defineMessages } from "@/core/i18n";

export const documentMessages = defineMessages({
  pdf: {
    holder: { th: "ออกให้แก่", en: "Issued to" },
    validUntil: { th: "ใช้ได้ถึง", en: "Valid until" },
    emblem: { th: "ตราหน่วยงาน", en: "Emblem" },
    documentNumber: { th: "เลขที่ {number}", en: "No. {number}" },
    issuedOn: { th: "ออกให้ ณ วันที่ {date}", en: "Issued on {date}" },
    signedBy: { th: "ลงลายมือชื่ออิเล็กทรอนิกส์", en: "Signed electronically" },
    verifyHeading: { th: "ตรวจสอบเอกสารนี้", en: "Verify this document" },
    verifyInstructions: {
      th: "สแกนคิวอาร์โค้ดหรือเปิดลิงก์ เพื่อตรวจว่าเอกสารออกโดย {agency} จริง ยังไม่ถูกเพิกถอน และไม่ถูกแก้ไขหลังลงนาม",
      en: "Scan the QR code or open the link to check that {agency} issued this document, that it has not been revoked and that it was not changed after signing.",
    },
    verificationCode: { th: "รหัสตรวจสอบ {code}", en: "Verification code {code}" },
    embeddedCredential: {
      th: "ข้อมูลของเอกสารแนบอยู่ในแฟ้มนี้ในรูปแบบที่เครื่องอ่านได้ ({files})",
      en: "The document's data is attached to this file in machine-readable form ({files}).",
    },
    signatureReason: {
      th: "{agency} ออกเอกสารนี้",
      en: "Issued by {agency}",
    },
  },
  status: {
    active: { th: "ใช้ได้", en: "Valid" },
    suspended: { th: "ระงับชั่วคราว", en: "Suspended" },
    revoked: { th: "เพิกถอนแล้ว", en: "Revoked" },
    expired: { th: "หมดอายุ", en: "Expired" },
  },
  events: {
    issued: { th: "ออกเอกสาร", en: "Issued" },
    suspended: { th: "ระงับชั่วคราว", en: "Suspended" },
    reinstated: { th: "ยกเลิกการระงับ", en: "Reinstated" },
    revoked: { th: "เพิกถอน", en: "Revoked" },
  },
  common: {
    number: { th: "เลขที่", en: "Number" },
    title: { th: "เอกสาร", en: "Document" },
    issuedBy: { th: "ออกโดย", en: "Issued by" },
    issuedAt: { th: "วันที่ออก", en: "Issued on" },
    validUntil: { th: "ใช้ได้ถึง", en: "Valid until" },
    noExpiry: { th: "ไม่มีวันหมดอายุ", en: "Does not expire" },
    status: { th: "สถานะ", en: "Status" },
    holder: { th: "ผู้ถือเอกสาร", en: "Holder" },
    reason: { th: "เหตุผล", en: "Reason" },
    verifyCode: { th: "รหัสตรวจสอบ", en: "Verification code" },
    verifyLink: { th: "ลิงก์ตรวจสอบ", en: "Verification link" },
    history: { th: "ประวัติ", en: "History" },
    data: { th: "ข้อมูลในเอกสาร", en: "What the document says" },
    downloadPdf: { th: "ดาวน์โหลด PDF", en: "Download the PDF" },
    downloadCredential: {
      th: "ดาวน์โหลดข้อมูลแบบเครื่องอ่านได้ (Verifiable Credential)",
      en: "Download the machine-readable credential",
    },
  },
  mine: {
    title: { th: "เอกสารของฉัน", en: "My documents" },
    intro: {
      th: "เอกสารทุกฉบับที่หน่วยงานออกให้คุณผ่านประตู ลงลายมือชื่ออิเล็กทรอนิกส์ และตรวจสอบได้ด้วยคิวอาร์โค้ดบนเอกสาร ส่งต่อให้ธนาคาร นายจ้าง หรือหน่วยงานอื่นได้เลย",
      en: "Every document agencies issued you through Pratu. Each is signed electronically and verifiable by the QR code on it: forward it to a bank, an employer or another agency as it is.",
    },
    empty: {
      th: "ยังไม่มีเอกสาร เมื่อคำขอของคุณได้รับอนุมัติ เอกสารผลจะปรากฏที่นี่",
      en: "No documents yet. When an application of yours is approved, the result appears here.",
    },
    caption: { th: "เอกสารที่ได้รับ", en: "Documents issued to you" },
    notValid: {
      th: "เอกสารนี้ใช้ไม่ได้ในขณะนี้ ผู้ตรวจสอบจะเห็นสถานะนี้",
      en: "This document is not valid now; verifiers will see this status.",
    },
    share: {
      th: "ผู้รับเอกสารตรวจสอบได้ที่ {link} ด้วยรหัส {code}",
      en: "Whoever receives it can verify it at {link} with the code {code}.",
    },
  },
  console: {
    title: { th: "เอกสารที่ออก", en: "Issued documents" },
    search: { th: "ค้นหาเลขที่ ชื่อผู้ถือ หรือรหัสตรวจสอบ", en: "Search by number, holder or code" },
    allStatuses: { th: "ทุกสถานะ", en: "All statuses" },
    filter: { th: "กรอง", en: "Filter" },
    empty: { th: "ไม่พบเอกสาร", en: "No documents found." },
    caption: { th: "เอกสารที่หน่วยงานออก ล่าสุดก่อน", en: "Documents the agency issued, newest first" },
    more: { th: "หน้าถัดไป", en: "Next page" },
    changeHeading: { th: "เปลี่ยนสถานะเอกสาร", en: "Change the document's status" },
    changeIntro: {
      th: "ผู้ถือเอกสารจะได้รับแจ้ง และผู้ตรวจสอบจะเห็นสถานะใหม่พร้อมเหตุผลทันที การเพิกถอนย้อนกลับไม่ได้",
      en: "The holder is told, and verifiers see the new status and the reason at once. Revocation cannot be undone.",
    },
    reasonLabel: { th: "เหตุผล", en: "Reason" },
    reasonHint: {
      th: "ผู้ถือเอกสารและผู้ตรวจสอบจะเห็นข้อความนี้",
      en: "The holder and verifiers read this.",
    },
    suspend: { th: "ระงับชั่วคราว", en: "Suspend" },
    reinstate: { th: "ยกเลิกการระงับ", en: "Reinstate" },
    revoke: { th: "เพิกถอน", en: "Revoke" },
    revokedFinal: {
      th: "เอกสารนี้ถูกเพิกถอนแล้ว เปลี่ยนสถานะไม่ได้อีก",
      en: "This document is revoked; its status cannot change again.",
    },
    done: {
      suspended: { th: "ระงับเอกสารแล้ว และแจ้งผู้ถือแล้ว", en: "Suspended; the holder has been told." },
      reinstated: {
        th: "ยกเลิกการระงับแล้ว และแจ้งผู้ถือแล้ว",
        en: "Reinstated; the holder has been told.",
      },
      revoked: { th: "เพิกถอนเอกสารแล้ว และแจ้งผู้ถือแล้ว", en: "Revoked; the holder has been told." },
    },
    reasonRequired: {
      th: "กรุณาระบุเหตุผล ไม่เกิน 1,000 ตัวอักษร",
      en: "Give the reason, in at most 1,000 characters.",
    },
    application: { th: "คำขอ", en: "Application" },
  },
});
