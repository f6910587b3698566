import { defineMessages } from "@/core/i18n";

import type { SignInFailureReason } from "./oidc-relying-party";

export const citizenSignInMessages = defineMessages({
  signIn: {
    title: { th: "เข้าสู่ระบบ", en: "Sign in" },
    lead: {
      th: "เข้าสู่ระบบด้วยบัญชียืนยันตัวตนดิจิทัลของคุณ เพื่อยื่นคำขอและติดตามผล ประตูไม่เห็นและไม่เก็บรหัสผ่านของคุณ",
      en: "Sign in with your digital ID to apply for services and follow your applications. Pratu never sees or keeps your password.",
    },
    withProvider: { th: "เข้าสู่ระบบด้วย {name}", en: "Sign in with {name}" },
    withDevProvider: {
      th: "เข้าสู่ระบบด้วยผู้ให้บริการยืนยันตัวตนสำหรับทดสอบ",
      en: "Sign in with the test identity provider",
    },
    devNotice: {
      th: "ระบบนี้เปิดผู้ให้บริการยืนยันตัวตนสำหรับทดสอบ ซึ่งให้เข้าสู่ระบบในนามประชาชนตัวอย่างที่เป็นบุคคลสมมติเท่านั้น ห้ามใช้กับข้อมูลจริง",
      en: "This installation runs the built-in test identity provider, which signs in made-up demo citizens only. Do not use it with real data.",
    },
    noProvider: {
      th: "ยังไม่ได้ตั้งค่าผู้ให้บริการยืนยันตัวตนสำหรับประชาชน โปรดติดต่อผู้ดูแลระบบ",
      en: "No identity provider for citizens is set up yet. Please contact the administrator.",
    },
    levelNeeded: {
      th: "บริการที่คุณกำลังจะใช้ต้องการ: {level}",
      en: "The service you are about to use needs: {level}",
    },
    privacy: {
      th: "ผู้ให้บริการยืนยันตัวตนจะส่งชื่อ อีเมล และเลขประจำตัวประชาชนของคุณให้ประตู เราเก็บเลขประจำตัวประชาชนเป็นค่าแฮชที่ย้อนกลับไม่ได้ และแสดงเพียง 4 หลักสุดท้าย",
      en: "The identity provider gives Pratu your name, email and citizen ID. We keep the citizen ID only as a one-way keyed hash and show just its last four digits.",
    },
    officerHeading: { th: "สำหรับเจ้าหน้าที่", en: "For officers" },
    officerLink: { th: "เข้าสู่ระบบเจ้าหน้าที่", en: "Officer sign-in" },
  },
  failure: {
    title: { th: "เข้าสู่ระบบไม่สำเร็จ", en: "You are not signed in" },
    tryAgain: { th: "เริ่มเข้าสู่ระบบใหม่", en: "Start signing in again" },
    reasons: {
      expired: {
        th: "การเข้าสู่ระบบนี้หมดเวลา ถูกใช้ไปแล้ว หรือเริ่มจากหน้าต่างหรือเบราว์เซอร์อื่น เพื่อความปลอดภัยของบัญชีของคุณ เราจึงไม่ดำเนินการต่อ โปรดเริ่มเข้าสู่ระบบใหม่",
        en: "This sign-in took too long, was already used, or was started in another window or browser. To keep your account safe we stopped it. Please start again.",
      },
      cancelled: {
        th: "คุณยกเลิกการเข้าสู่ระบบหรือไม่ได้ให้ความยินยอม จึงไม่มีข้อมูลใดส่งมายังประตู คุณเริ่มใหม่ได้ทุกเมื่อ",
        en: "You cancelled the sign-in or did not give consent, so nothing was shared with Pratu. You can start again whenever you like.",
      },
      provider_error: {
        th: "ผู้ให้บริการยืนยันตัวตนไม่สามารถยืนยันตัวตนของคุณได้ในครั้งนี้ โปรดลองใหม่ หากยังไม่สำเร็จ โปรดติดต่อหน่วยงานที่ให้บริการ",
        en: "The identity provider could not confirm who you are this time. Please try again; if it keeps failing, contact the agency whose service you want to use.",
      },
      provider_unavailable: {
        th: "ขณะนี้ติดต่อผู้ให้บริการยืนยันตัวตนไม่ได้ โปรดลองใหม่ในอีกสักครู่",
        en: "We cannot reach the identity provider right now. Please try again in a few minutes.",
      },
      assurance_too_low: {
        th: "บริการนี้ต้องการการยืนยันตัวตนในระดับที่สูงกว่าที่ผู้ให้บริการยืนยันตัวตนรับรองในครั้งนี้ โปรดเข้าสู่ระบบใหม่ด้วยวิธีที่มีระดับสูงกว่า",
        en: "This service needs a higher level of identity assurance than the identity provider confirmed this time. Please sign in again with a stronger method.",
      },
    } satisfies Record<SignInFailureReason, { th: string; en: string }>,
  },
  devProvider: {
    title: { th: "ผู้ให้บริการยืนยันตัวตนสำหรับทดสอบ", en: "Test identity provider" },
    lead: {
      th: "{client} ขอให้คุณยืนยันตัวตน เลือกบุคคลตัวอย่างและระดับการยืนยันตัวตน แล้วกด “เข้าสู่ระบบ”",
      en: "{client} asks you to prove who you are. Choose a demo person and an assurance level, then select “Sign in”.",
    },
    warning: {
      th: "ใช้สำหรับการพัฒนาและการสาธิตเท่านั้น ทุกคนในรายการเป็นบุคคลสมมติ",
      en: "For development and demonstrations only. Everyone listed is made up.",
    },
    personLegend: { th: "เข้าสู่ระบบในนามของ", en: "Sign in as" },
    citizenId: { th: "เลขประจำตัวประชาชน {id}", en: "Citizen ID {id}" },
    levelLegend: { th: "ระดับการยืนยันตัวตน", en: "Assurance level" },
    levelHint: {
      th: "ระดับที่บริการขอถูกเลือกไว้ให้แล้ว",
      en: "The level the service asked for is already selected.",
    },
    levelHintDefault: {
      th: "เลือกระดับที่ใช้บ่อยไว้ให้แล้ว เลือกระดับอื่นเพื่อทดสอบว่าบริการตอบสนองอย่างไร",
      en: "A common level is selected; choose another to test how services respond.",
    },
    signIn: { th: "เข้าสู่ระบบ", en: "Sign in" },
    cancel: { th: "ยกเลิกและกลับไปที่ประตู", en: "Cancel and go back to Pratu" },
    choosePerson: { th: "โปรดเลือกบุคคลตัวอย่าง", en: "Choose a demo person" },
    chooseLevel: { th: "โปรดเลือกระดับการยืนยันตัวตน", en: "Choose an assurance level" },
  },
});
