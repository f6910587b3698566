import { defineMessages } from "@/core/i18n";

export const documentMessages = defineMessages({
  pdf: {
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
});
