import { defineMessages } from "@/core/i18n";

export const dataUseMessages = defineMessages({
  title: { th: "ใครใช้ข้อมูลของฉัน", en: "Who used my data" },
  lead: {
    th: "ทุกครั้งที่หน่วยงานขอข้อมูลของคุณจากหน่วยงานอื่นผ่านประตู จะบันทึกไว้และแสดงที่นี่ ทั้งที่ได้รับข้อมูลและที่ถูกปฏิเสธ",
    en: "Every time an agency asks another agency for your data through Pratu, it is recorded and shown here, whether it got the data or was refused.",
  },
  notIdentified: {
    th: "บัญชีนี้ไม่มีเลขประจำตัวประชาชนจากผู้ให้บริการยืนยันตัวตน จึงไม่มีรายการที่ระบุว่าเป็นของคุณ",
    en: "This account holds no citizen ID from your identity provider, so no record can be shown as yours.",
  },
  filter: {
    heading: { th: "กรองรายการ", en: "Filter" },
    agency: { th: "หน่วยงานที่ขอข้อมูล", en: "Agency that asked" },
    dataService: { th: "ข้อมูล", en: "Data" },
    period: { th: "ช่วงเวลา", en: "Period" },
    any: { th: "ทั้งหมด", en: "All" },
    periods: {
      "7": { th: "7 วันที่ผ่านมา", en: "Last 7 days" },
      "30": { th: "30 วันที่ผ่านมา", en: "Last 30 days" },
      "90": { th: "3 เดือนที่ผ่านมา", en: "Last 3 months" },
      "365": { th: "12 เดือนที่ผ่านมา", en: "Last 12 months" },
    },
    apply: { th: "กรอง", en: "Filter" },
    clear: { th: "ล้างตัวกรอง", en: "Clear filters" },
  },
  count: { th: "{count} รายการ", en: "{count} records" },
  countOne: { th: "1 รายการ", en: "1 record" },
  none: {
    th: "ยังไม่มีหน่วยงานใดขอข้อมูลของคุณผ่านประตู",
    en: "No agency has asked for your data through Pratu yet.",
  },
  noneFiltered: { th: "ไม่มีรายการตามตัวกรองนี้", en: "No records match these filters." },
  entry: {
    service: { th: "บริการ", en: "Service" },
    purpose: { th: "วัตถุประสงค์", en: "Purpose" },
    data: { th: "ข้อมูล", en: "Data" },
    provider: { th: "แหล่งข้อมูล", en: "Source" },
    time: { th: "เวลา", en: "Time" },
    outcome: { th: "ผล", en: "Outcome" },
    application: { th: "คำขอ", en: "Application" },
  },
  outcomes: {
    ok: { th: "ได้รับข้อมูล", en: "Data given" },
    not_found: { th: "ไม่พบข้อมูลในทะเบียน", en: "No record in the registry" },
    denied: { th: "ถูกปฏิเสธ", en: "Refused" },
    invalid: { th: "คำขอไม่ถูกต้อง", en: "Invalid request" },
    provider_error: { th: "ทะเบียนขัดข้อง", en: "Registry unavailable" },
    timeout: { th: "ทะเบียนไม่ตอบสนอง", en: "Registry did not answer" },
  },
  pages: { th: "หน้าของรายการ", en: "Pages of records" },
  pageOf: { th: "หน้า {page} จาก {pages}", en: "Page {page} of {pages}" },
  previous: { th: "ใหม่กว่า", en: "Newer" },
  next: { th: "เก่ากว่า", en: "Older" },
  consents: {
    heading: { th: "ความยินยอมของฉัน", en: "My consents" },
    lead: {
      th: "ความยินยอมที่คุณให้หน่วยงานดึงข้อมูลของคุณ การถอนความยินยอมมีผลทันทีตั้งแต่การดึงข้อมูลครั้งต่อไป",
      en: "The consents you gave agencies to fetch your data. Withdrawing one takes effect from the next fetch.",
    },
    none: { th: "คุณยังไม่ได้ให้ความยินยอมใด", en: "You have not given any consent." },
    title: { th: "{dataService} สำหรับ{consumer}", en: "{dataService} for {consumer}" },
    consumer: { th: "หน่วยงานที่ขอใช้", en: "Agency" },
    provider: { th: "แหล่งข้อมูล", en: "Source" },
    agreed: { th: "ข้อความที่คุณให้ความยินยอม", en: "What you agreed to" },
    givenAt: { th: "ให้ความยินยอมเมื่อ", en: "Given" },
    expiresAt: { th: "สิ้นสุด", en: "Ends" },
    untilRevoked: { th: "เมื่อคุณถอนความยินยอม", en: "When you withdraw it" },
    revokedAt: { th: "ถอนเมื่อ", en: "Withdrawn" },
    state: { th: "สถานะ", en: "Status" },
    states: {
      live: { th: "มีผล", en: "In force" },
      revoked: { th: "ถอนแล้ว", en: "Withdrawn" },
      expired: { th: "หมดอายุ", en: "Expired" },
    },
    receipt: {
      th: "ดาวน์โหลดใบรับความยินยอม (JSON)",
      en: "Download the consent receipt (JSON)",
    },
    revoke: { th: "ถอนความยินยอม", en: "Withdraw consent" },
    revokeLabel: {
      th: "ถอนความยินยอม {dataService} สำหรับ{consumer}",
      en: "Withdraw consent: {dataService} for {consumer}",
    },
    revoked: {
      th: "ถอนความยินยอมแล้ว หน่วยงานจะดึงข้อมูลนี้ไม่ได้อีก",
      en: "Consent withdrawn. The agency can no longer fetch this data.",
    },
  },
  notices: {
    heading: { th: "การแจ้งเตือน", en: "Notices" },
    emailMe: {
      th: "ส่งอีเมลถึงฉันทุกครั้งที่หน่วยงานใช้ข้อมูลของฉัน",
      en: "E-mail me when an agency uses my data",
    },
    noEmail: {
      th: "บัญชีนี้ยังไม่มีอีเมลจากผู้ให้บริการยืนยันตัวตน จึงยังส่งการแจ้งเตือนไม่ได้",
      en: "This account has no e-mail address from your identity provider yet, so no notice can be sent.",
    },
    save: { th: "บันทึก", en: "Save" },
    saved: { th: "บันทึกการแจ้งเตือนแล้ว", en: "Your notice setting is saved." },
  },
});
