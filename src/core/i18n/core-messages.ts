import { defineMessages } from "./messages";

/** Text the kernel's own pages and errors use. Modules keep their own catalogues. */
export const coreMessages = defineMessages({
  siteName: { th: "ประตู", en: "Pratu" },
  siteTagline: { th: "ประตูเดียวสู่บริการภาครัฐ", en: "One door to government services" },
  skipToContent: { th: "ข้ามไปยังเนื้อหา", en: "Skip to content" },
  mainNavigation: { th: "เมนูหลัก", en: "Main navigation" },
  languageSwitch: { th: "English", en: "ภาษาไทย" },
  languageSwitchLabel: { th: "Switch to English", en: "เปลี่ยนเป็นภาษาไทย" },
  nav: {
    home: { th: "หน้าแรก", en: "Home" },
    services: { th: "บริการ", en: "Services" },
    agencies: { th: "หน่วยงาน", en: "Agencies" },
    signIn: { th: "เข้าสู่ระบบ", en: "Sign in" },
    signOut: { th: "ออกจากระบบ", en: "Sign out" },
    console: { th: "ระบบเจ้าหน้าที่", en: "Officer console" },
    myAccount: { th: "บัญชีของฉัน", en: "My account" },
    myApplications: { th: "คำขอของฉัน", en: "My applications" },
    myDataUse: { th: "ใครใช้ข้อมูลของฉัน", en: "Who used my data" },
    track: { th: "ติดตามสถานะคำขอ", en: "Check a status" },
    verifyReceipt: { th: "ตรวจสอบใบรับคำขอ", en: "Check a receipt" },
    verifyDocument: { th: "ตรวจสอบเอกสารที่หน่วยงานออก", en: "Verify a document" },
    checkChannel: { th: "ตรวจสอบช่องทางรัฐ/มิจฉาชีพ", en: "Check for scams" },
    apiDocs: { th: "API สำหรับนักพัฒนา", en: "API for developers" },
  },
  footer: {
    law: {
      th: "ให้บริการตามพระราชบัญญัติการปฏิบัติราชการทางอิเล็กทรอนิกส์ พ.ศ. 2565",
      en: "Provided under the Electronic Government Operations Act B.E. 2565",
    },
    openSource: { th: "ซอฟต์แวร์โอเพนซอร์ส", en: "Open-source software" },
  },
  form: {
    errorSummaryTitle: { th: "มีข้อมูลที่ต้องแก้ไข", en: "There is a problem" },
    required: { th: "(จำเป็น)", en: "(required)" },
    optional: { th: "(ไม่บังคับ)", en: "(optional)" },
  },
  errors: {
    title: { th: "เกิดข้อผิดพลาด", en: "Something went wrong" },
    requestId: { th: "รหัสอ้างอิงคำขอ: {id}", en: "Request reference: {id}" },
    backHome: { th: "กลับไปหน้าแรก", en: "Back to the home page" },
    bad_request: {
      th: "คำขอไม่ถูกต้อง โปรดตรวจสอบข้อมูลแล้วลองใหม่",
      en: "The request was not valid. Check what you sent and try again.",
    },
    validation_failed: {
      th: "ข้อมูลบางรายการไม่ถูกต้อง โปรดแก้ไขตามที่ระบุ",
      en: "Some of the information is not valid. Correct what is marked.",
    },
    unauthenticated: {
      th: "โปรดเข้าสู่ระบบก่อนใช้งานหน้านี้",
      en: "Please sign in to use this page.",
    },
    second_factor_required: {
      th: "โปรดยืนยันตัวตนขั้นที่สองก่อนดำเนินการต่อ",
      en: "Please confirm your second factor to continue.",
    },
    forbidden: {
      th: "คุณไม่มีสิทธิ์ดำเนินการนี้ หากคิดว่าควรมีสิทธิ์ โปรดติดต่อผู้ดูแลหน่วยงานของคุณ",
      en: "You are not allowed to do this. If you think you should be, contact your agency's administrator.",
    },
    csrf_failed: {
      th: "แบบฟอร์มหมดอายุหรือไม่ได้ส่งจากหน้านี้ โปรดโหลดหน้าใหม่แล้วส่งอีกครั้ง",
      en: "The form expired or did not come from this site. Reload the page and send it again.",
    },
    not_found: {
      th: "ไม่พบหน้าที่คุณต้องการ ที่อยู่อาจพิมพ์ผิดหรือหน้านี้ถูกย้ายแล้ว",
      en: "We could not find that page. The address may be mistyped, or the page has moved.",
    },
    method_not_allowed: {
      th: "หน้านี้ไม่รองรับวิธีการส่งข้อมูลนี้",
      en: "This page does not accept that kind of request.",
    },
    conflict: {
      th: "ข้อมูลถูกเปลี่ยนแปลงไปแล้ว โปรดโหลดหน้าใหม่แล้วลองอีกครั้ง",
      en: "The information changed in the meantime. Reload the page and try again.",
    },
    payload_too_large: {
      th: "ข้อมูลที่ส่งมีขนาดใหญ่เกินไป",
      en: "What you sent is too large.",
    },
    account_locked: {
      th: "บัญชีถูกระงับชั่วคราวเนื่องจากเข้าสู่ระบบไม่สำเร็จหลายครั้ง โปรดลองใหม่ภายหลัง",
      en: "The account is locked for a while after too many failed sign-ins. Try again later.",
    },
    rate_limited: {
      th: "คุณส่งคำขอถี่เกินไป โปรดรอสักครู่แล้วลองใหม่",
      en: "Too many requests. Wait a moment and try again.",
    },
    internal: {
      th: "ระบบขัดข้อง ข้อมูลที่ยืนยันแล้วจะไม่สูญหาย โปรดลองใหม่อีกครั้ง",
      en: "Something failed on our side. Nothing already confirmed is lost; please try again.",
    },
    unavailable: {
      th: "ระบบไม่พร้อมให้บริการชั่วคราว โปรดลองใหม่ในอีกสักครู่",
      en: "The service is briefly unavailable. Please try again shortly.",
    },
  },
});
