import { defineMessages } from "@/core/i18n";

export const accountMessages = defineMessages({
  title: { th: "บัญชีของฉัน", en: "My account" },
  lead: {
    th: "ข้อมูลที่ประตูได้รับจากผู้ให้บริการยืนยันตัวตนเมื่อคุณเข้าสู่ระบบ",
    en: "What Pratu received from your identity provider when you signed in.",
  },
  detailsHeading: { th: "ข้อมูลของคุณ", en: "Your details" },
  nameTh: { th: "ชื่อ-นามสกุล", en: "Name in Thai" },
  nameEn: { th: "ชื่อ-นามสกุล (ภาษาอังกฤษ)", en: "Name" },
  citizenId: { th: "เลขประจำตัวประชาชน", en: "Citizen ID" },
  citizenIdHidden: {
    th: "เลขประจำตัวประชาชน ซ่อนไว้ ยกเว้น 4 หลักสุดท้าย {digits}",
    en: "Citizen ID, hidden except the last four digits {digits}",
  },
  email: { th: "อีเมล", en: "Email" },
  assurance: { th: "ระดับการยืนยันตัวตนครั้งนี้", en: "Assurance of this sign-in" },
  lastSignIn: { th: "เข้าสู่ระบบล่าสุด", en: "Last signed in" },
  notGiven: { th: "ไม่ได้รับจากผู้ให้บริการ", en: "Not given by the provider" },
  noticesHeading: { th: "การแจ้งเตือน", en: "Notices" },
  noticesLead: {
    th: "ประตูแจ้งความคืบหน้าของคำขอทางอีเมลของคุณเสมอ หากต้องการรับทาง SMS ด้วย ให้ใส่หมายเลขโทรศัพท์มือถือ",
    en: "Pratu always tells you about your applications by e-mail. To get SMS as well, give a mobile number.",
  },
  noticePhone: { th: "หมายเลขโทรศัพท์มือถือสำหรับ SMS", en: "Mobile number for SMS" },
  noticePhoneHint: {
    th: "เช่น 081 234 5678 เว้นว่างไว้หากไม่ต้องการรับ SMS",
    en: "For example 081 234 5678. Leave empty for no SMS.",
  },
  noticePhoneInvalid: {
    th: "ใส่หมายเลขโทรศัพท์มือถือของไทย 10 หลัก เช่น 081 234 5678",
    en: "Enter a 10-digit Thai mobile number, such as 081 234 5678",
  },
  noticePhoneSave: { th: "บันทึก", en: "Save" },
  noticePhoneSaved: { th: "บันทึกการแจ้งเตือนแล้ว", en: "Your notice settings are saved." },
  signOutHeading: { th: "ออกจากระบบทุกอุปกรณ์", en: "Sign out everywhere" },
  signOutLead: {
    th: "หากคุณเข้าสู่ระบบไว้บนเครื่องอื่น หรือคิดว่ามีผู้อื่นใช้บัญชีของคุณ ให้ออกจากระบบทุกอุปกรณ์ รวมถึงเครื่องนี้",
    en: "If you signed in on another device, or think someone else is using your account, sign out on every device, this one included.",
  },
  signOutButton: { th: "ออกจากระบบทุกอุปกรณ์", en: "Sign out everywhere" },
});
