import { defineMessages } from "@/core/i18n";

export const consoleMessages = defineMessages({
  signIn: {
    title: { th: "เข้าสู่ระบบเจ้าหน้าที่", en: "Officer sign-in" },
    lead: {
      th: "สำหรับเจ้าหน้าที่ของหน่วยงานที่ให้บริการผ่านประตู",
      en: "For officers of agencies that serve people through Pratu.",
    },
    citizensElsewhere: {
      th: "ประชาชนที่ต้องการยื่นหรือติดตามคำขอ โปรดใช้",
      en: "If you want to apply for or follow a service, use",
    },
    citizensLink: { th: "การเข้าสู่ระบบสำหรับประชาชน", en: "the sign-in for the public" },
    email: { th: "อีเมล", en: "Email address" },
    emailHint: {
      th: "อีเมลที่หน่วยงานใช้ลงทะเบียนบัญชีเจ้าหน้าที่ของคุณ",
      en: "The address your agency registered for your officer account.",
    },
    password: { th: "รหัสผ่าน", en: "Password" },
    continue: { th: "ดำเนินการต่อ", en: "Continue" },
    emailRequired: { th: "โปรดกรอกอีเมล", en: "Enter your email address" },
    passwordRequired: { th: "โปรดกรอกรหัสผ่าน", en: "Enter your password" },
    wrongCredentials: {
      th: "อีเมลหรือรหัสผ่านไม่ถูกต้อง",
      en: "The email address or password is not right",
    },
    locked: {
      th: "เข้าสู่ระบบด้วยอีเมลนี้ไม่สำเร็จหลายครั้งเกินไป จึงระงับไว้ชั่วคราว โปรดลองใหม่ในอีก {minutes} นาที หากจำรหัสผ่านไม่ได้ โปรดติดต่อผู้ดูแลหน่วยงานของคุณ",
      en: "Too many failed sign-ins with this email address, so it is paused for now. Try again in {minutes} minutes. If you have forgotten your password, contact your agency's administrator.",
    },
  },
  verify: {
    title: { th: "ยืนยันตัวตนขั้นที่สอง", en: "Confirm it is you" },
    lead: {
      th: "เปิดแอปยืนยันตัวตน (authenticator) ในโทรศัพท์ของคุณ แล้วกรอกรหัส 6 หลักที่แสดงสำหรับประตู",
      en: "Open the authenticator app on your phone and enter the 6-digit code it shows for Pratu.",
    },
    code: { th: "รหัส 6 หลัก", en: "6-digit code" },
    codeHint: {
      th: "รหัสในแอปเปลี่ยนทุก 30 วินาที",
      en: "The code in the app changes every 30 seconds.",
    },
    confirm: { th: "ยืนยัน", en: "Confirm" },
    codeRequired: {
      th: "โปรดกรอกรหัส 6 หลักจากแอปยืนยันตัวตน",
      en: "Enter the 6-digit code from your authenticator app",
    },
    codeWrong: {
      th: "รหัสไม่ถูกต้อง โปรดใช้รหัสล่าสุดในแอป และตรวจสอบว่าเวลาในโทรศัพท์ตั้งเป็นอัตโนมัติ",
      en: "The code is not right. Use the newest code in the app, and check that your phone sets its time automatically",
    },
    codeReused: {
      th: "รหัสนี้ใช้ไปแล้ว โปรดรอรหัสถัดไปในแอปแล้วกรอกอีกครั้ง",
      en: "This code has already been used. Wait for the next code in the app and enter that",
    },
    startAgain: { th: "เริ่มเข้าสู่ระบบใหม่", en: "Start signing in again" },
  },
  enrol: {
    title: { th: "ตั้งค่าการยืนยันตัวตนขั้นที่สอง", en: "Set up your second factor" },
    lead: {
      th: "ทุกครั้งที่เข้าสู่ระบบ นอกจากรหัสผ่าน คุณจะต้องกรอกรหัสจากแอปยืนยันตัวตนในโทรศัพท์ เช่น Google Authenticator หรือ Microsoft Authenticator",
      en: "Each time you sign in you will enter, besides your password, a code from an authenticator app on your phone, such as Google Authenticator or Microsoft Authenticator.",
    },
    scanHeading: { th: "1. เพิ่มบัญชีในแอป", en: "1. Add the account to the app" },
    scan: {
      th: "เลือกเพิ่มบัญชีในแอป แล้วสแกนคิวอาร์โค้ดนี้",
      en: "Choose to add an account in the app, then scan this QR code.",
    },
    qrAlt: {
      th: "คิวอาร์โค้ดสำหรับเพิ่มบัญชีประตูของ {email} ในแอปยืนยันตัวตน",
      en: "QR code that adds the Pratu account of {email} to an authenticator app",
    },
    typeInstead: {
      th: "สแกนไม่ได้? เลือกกรอกรหัสเอง แล้วพิมพ์รหัสลับนี้ (ชนิดตามเวลา)",
      en: "Cannot scan? Choose to enter a key instead and type this secret key (time based).",
    },
    secretLabel: { th: "รหัสลับ", en: "Secret key" },
    confirmHeading: { th: "2. ยืนยันด้วยรหัสจากแอป", en: "2. Confirm with a code from the app" },
    confirm: { th: "ยืนยันและเข้าสู่ระบบ", en: "Confirm and sign in" },
  },
  chooseAgency: {
    title: { th: "เลือกหน่วยงาน", en: "Choose an agency" },
    lead: {
      th: "คุณเป็นสมาชิกของหลายหน่วยงาน เลือกหน่วยงานที่จะปฏิบัติงานให้ในครั้งนี้ เปลี่ยนได้ทุกเมื่อ",
      en: "You are a member of several agencies. Choose the one you are working for now; you can change it at any time.",
    },
    legend: { th: "ปฏิบัติงานให้หน่วยงาน", en: "Work for" },
    choose: { th: "ใช้หน่วยงานนี้", en: "Use this agency" },
    required: { th: "โปรดเลือกหน่วยงาน", en: "Choose an agency" },
    none: {
      th: "บัญชีของคุณยังไม่ได้เป็นสมาชิกของหน่วยงานใด โปรดติดต่อผู้ดูแลหน่วยงานของคุณเพื่อเพิ่มสิทธิ์",
      en: "Your account is not yet a member of any agency. Ask your agency's administrator to add you.",
    },
  },
  shell: {
    title: { th: "ระบบเจ้าหน้าที่", en: "Officer console" },
    navigation: { th: "เมนูระบบเจ้าหน้าที่", en: "Console sections" },
    signedInAs: { th: "เข้าสู่ระบบในชื่อ", en: "Signed in as" },
    agency: { th: "หน่วยงาน", en: "Agency" },
    role: { th: "บทบาท", en: "Role" },
    changeAgency: { th: "เปลี่ยนหน่วยงาน", en: "Change agency" },
    sections: {
      overview: { th: "ภาพรวมหน่วยงาน", en: "Agency overview" },
      apiKeys: { th: "กุญแจ API", en: "API keys" },
    },
  },
  overview: {
    code: { th: "รหัสหน่วยงาน", en: "Agency code" },
    nameTh: { th: "ชื่อภาษาไทย", en: "Name in Thai" },
    nameEn: { th: "ชื่อภาษาอังกฤษ", en: "Name in English" },
    publicPage: { th: "หน้าหน่วยงานที่ประชาชนเห็น", en: "The agency's public page" },
    members: { th: "สมาชิกของหน่วยงาน", en: "Members of the agency" },
    memberName: { th: "ชื่อ", en: "Name" },
    memberEmail: { th: "อีเมล", en: "Email" },
    memberRole: { th: "บทบาท", en: "Role" },
    security: { th: "ความปลอดภัยของบัญชี", en: "Account security" },
    signOutEverywhereLead: {
      th: "หากลืมออกจากระบบบนเครื่องอื่น หรือสงสัยว่ามีผู้อื่นใช้บัญชีของคุณ ให้ออกจากระบบทุกอุปกรณ์",
      en: "If you left yourself signed in on another device, or think someone else is using your account, sign out everywhere.",
    },
    signOutEverywhere: { th: "ออกจากระบบทุกอุปกรณ์", en: "Sign out everywhere" },
  },
  apiKeys: {
    title: { th: "กุญแจ API", en: "API keys" },
    lead: {
      th: "กุญแจ API ให้ระบบงานของหน่วยงานเรียกใช้ API ของประตูในนามหน่วยงาน ทำได้เฉพาะตามขอบเขตที่เลือก",
      en: "An API key lets your agency's own systems call the Pratu API on the agency's behalf, only within the scopes chosen for it.",
    },
    createHeading: { th: "สร้างกุญแจใหม่", en: "Create a key" },
    name: { th: "ชื่อกุญแจ", en: "Key name" },
    nameHint: {
      th: "ระบุว่าระบบใดใช้กุญแจนี้ เช่น ระบบสารบรรณของกองทะเบียน",
      en: "Say which system uses it, e.g. the registry division's records system",
    },
    scopes: { th: "ขอบเขตการใช้งาน", en: "Scopes" },
    scopesHint: {
      th: "เลือกเท่าที่ระบบนั้นจำเป็นต้องใช้",
      en: "Choose only what that system needs.",
    },
    create: { th: "สร้างกุญแจ", en: "Create key" },
    nameRequired: { th: "โปรดตั้งชื่อกุญแจ", en: "Enter a name for the key" },
    nameTooLong: {
      th: "ชื่อกุญแจต้องยาวไม่เกิน 200 ตัวอักษร",
      en: "The key name must be 200 characters or fewer",
    },
    scopesRequired: {
      th: "โปรดเลือกขอบเขตอย่างน้อยหนึ่งรายการ",
      en: "Choose at least one scope",
    },
    created: {
      th: "สร้างกุญแจ “{name}” แล้ว โปรดคัดลอกเก็บไว้ในที่ปลอดภัยตอนนี้ ระบบจะไม่แสดงกุญแจนี้อีก",
      en: "The key “{name}” is ready. Copy it somewhere safe now: it will not be shown again.",
    },
    keyLabel: { th: "กุญแจ API", en: "API key" },
    listCaption: { th: "กุญแจของหน่วยงาน", en: "The agency's keys" },
    prefix: { th: "รหัสขึ้นต้น", en: "Starts with" },
    createdAt: { th: "สร้างเมื่อ", en: "Created" },
    lastUsedAt: { th: "ใช้ล่าสุด", en: "Last used" },
    status: { th: "สถานะ", en: "Status" },
    actions: { th: "การดำเนินการ", en: "Actions" },
    never: { th: "ยังไม่เคยใช้", en: "Never" },
    active: { th: "ใช้งานได้", en: "Active" },
    revoked: { th: "ยกเลิกแล้ว", en: "Revoked" },
    revoke: { th: "ยกเลิกกุญแจ", en: "Revoke" },
    revokeLabel: { th: "ยกเลิกกุญแจ {name}", en: "Revoke the key {name}" },
    revokedNotice: {
      th: "ยกเลิกกุญแจแล้ว ระบบที่ใช้กุญแจนี้จะเรียกใช้ API ไม่ได้อีก",
      en: "The key is revoked. Systems using it can no longer call the API.",
    },
    none: { th: "หน่วยงานยังไม่มีกุญแจ API", en: "The agency has no API keys yet." },
  },
});
