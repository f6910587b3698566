import { defineMessages } from "@/core/i18n";

/** Text of the kernel's account rules, shown by whichever page applies them. */
export const authMessages = defineMessages({
  passwordTooShort: {
    th: "รหัสผ่านต้องมีความยาวอย่างน้อย 12 ตัวอักษร วลีที่จำง่ายหลายคำต่อกันก็ใช้ได้",
    en: "The password must be at least 12 characters long. A few easy-to-remember words together will do.",
  },
  passwordTooLong: {
    th: "รหัสผ่านต้องมีความยาวไม่เกิน 256 ตัวอักษร",
    en: "The password must be at most 256 characters long.",
  },
  emailInvalid: {
    th: "โปรดกรอกอีเมลให้ถูกรูปแบบ เช่น name@agency.go.th",
    en: "Enter an email address in the correct format, like name@agency.go.th",
  },
  emailTaken: {
    th: "มีบัญชีเจ้าหน้าที่ที่ใช้อีเมลนี้อยู่แล้ว",
    en: "An officer account with this email address already exists.",
  },
  nameRequired: {
    th: "โปรดกรอกชื่อทั้งภาษาไทยและภาษาอังกฤษ",
    en: "Enter the name in both Thai and English.",
  },
  roles: {
    admin: { th: "ผู้ดูแลหน่วยงาน", en: "Agency administrator" },
    officer: { th: "เจ้าหน้าที่", en: "Officer" },
    viewer: { th: "ผู้ดูข้อมูล", en: "Viewer" },
  },
});
