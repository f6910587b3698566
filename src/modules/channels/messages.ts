import { defineMessages } from "@/core/i18n";

import type { ChannelKind } from "./schema";

export const channelMessages = defineMessages({
  checkTitle: { th: "ตรวจสอบช่องทางติดต่อภาครัฐ", en: "Check a government channel" },
  checkLead: {
    th: "วางข้อความ SMS อีเมล ลิงก์ เบอร์โทรศัพท์ หรือไลน์ไอดีที่น่าสงสัย เราจะบอกว่าเป็นช่องทางทางการของหน่วยงานหรือไม่ ข้อความที่วางจะไม่ถูกเก็บไว้",
    en: "Paste a suspicious SMS, e-mail, link, phone number or LINE ID. We tell you whether it is an official channel of an agency. What you paste is not kept.",
  },
  textLabel: { th: "ข้อความที่ต้องการตรวจสอบ", en: "Text to check" },
  textHint: {
    th: "ไม่เกิน 5,000 ตัวอักษร",
    en: "Up to 5,000 characters",
  },
  checkButton: { th: "ตรวจสอบ", en: "Check" },
  textRequired: {
    th: "กรุณาวางข้อความที่ต้องการตรวจสอบ",
    en: "Paste the text you want to check",
  },
  textTooLong: {
    th: "ข้อความยาวเกิน 5,000 ตัวอักษร กรุณาตัดให้สั้นลง",
    en: "The text is longer than 5,000 characters. Please shorten it.",
  },
  resultHeading: { th: "ผลการตรวจสอบ", en: "Result" },
  nothingFound: {
    th: "ไม่พบลิงก์ อีเมล เบอร์โทรศัพท์ หรือไลน์ไอดีในข้อความนี้",
    en: "No link, e-mail address, phone number or LINE ID was found in this text.",
  },
  overall: {
    danger: {
      th: "อันตราย: ข้อความนี้มีช่องทางที่เลียนแบบหรือซ่อนปลายทาง อย่ากดลิงก์หรือให้ข้อมูลใด ๆ",
      en: "Danger: this message contains a look-alike or hidden channel. Do not open links or give any details.",
    },
    caution: {
      th: "ระวัง: บางช่องทางไม่อยู่ในทะเบียนช่องทางทางการ",
      en: "Caution: some channels are not in the official register.",
    },
    safe: {
      th: "ปลอดภัย: ทุกช่องทางเป็นช่องทางทางการที่ลงทะเบียนไว้",
      en: "Safe: every channel is a registered official channel.",
    },
  },
  verdicts: {
    official: { th: "ช่องทางทางการ", en: "Official" },
    unknown: { th: "ไม่อยู่ในทะเบียน", en: "Not registered" },
    lookalike: { th: "เลียนแบบช่องทางทางการ", en: "Looks like an official channel" },
  },
  explain: {
    official: {
      th: "เป็นช่องทางทางการของ{agency}",
      en: "This is an official channel of {agency}.",
    },
    unknown: {
      th: "ไม่พบในทะเบียนช่องทางทางการของหน่วยงานรัฐ อาจไม่ใช่หน่วยงานรัฐ หากอ้างว่าเป็นหน่วยงานรัฐ ให้ติดต่อหน่วยงานผ่านช่องทางทางการ",
      en: "Not found in the register of official government channels. If it claims to be an agency, contact the agency through its official channels.",
    },
    shortener: {
      th: "ลิงก์ย่อซ่อนปลายทางที่แท้จริงไว้ หน่วยงานรัฐไม่ควรส่งลิงก์แบบนี้ อย่ากดลิงก์",
      en: "A short link hides where it really goes. Agencies should not send such links; do not open it.",
    },
    lookalike: {
      th: "คล้าย {real} ของ{agency} แต่ไม่ใช่ ใช้ {real} แทน",
      en: "Looks like {real} of {agency} but is not. Use {real} instead.",
    },
  },
  reasons: {
    confusable: {
      th: "ใช้ตัวอักษรที่หน้าตาเหมือนกัน",
      en: "uses characters that look the same",
    },
    separators: {
      th: "แทรกขีดหรือจุดในชื่อทางการ",
      en: "inserts hyphens or dots into the official name",
    },
    contains_official: {
      th: "ใส่ชื่อโดเมนทางการไว้หน้าโดเมนอื่น",
      en: "puts the official domain in front of another domain",
    },
    typo: { th: "สะกดคล้ายชื่อทางการ", en: "is spelled almost like the official name" },
    official_name: {
      th: "ใช้ชื่อหน่วยงานในโดเมนที่ไม่ใช่ของหน่วยงาน",
      en: "uses the agency's name in a domain the agency does not own",
    },
  },
  itemTypes: {
    link: { th: "ลิงก์", en: "Link" },
    email: { th: "อีเมล", en: "E-mail" },
    phone: { th: "โทรศัพท์", en: "Phone" },
    line: { th: "ไลน์", en: "LINE" },
    sender: { th: "ชื่อผู้ส่ง SMS", en: "SMS sender" },
  },
  realChannel: { th: "ช่องทางจริง", en: "Real channel" },
  agency: { th: "หน่วยงาน", en: "Agency" },
  registerTitle: { th: "ช่องทางทางการของ{agency}", en: "Official channels of {agency}" },
  registerLead: {
    th: "ช่องทางอิเล็กทรอนิกส์ที่หน่วยงานประกาศตามมาตรา 10 แห่ง พ.ร.บ.การปฏิบัติราชการทางอิเล็กทรอนิกส์ พ.ศ. 2565",
    en: "The electronic channels the agency announces under section 10 of the Electronic Government Operations Act B.E. 2565.",
  },
  registerEmpty: {
    th: "หน่วยงานนี้ยังไม่มีช่องทางที่ตรวจสอบแล้ว",
    en: "This agency has no verified channel yet.",
  },
  lastVerified: { th: "ตรวจสอบล่าสุด", en: "Last verified" },
  kind: { th: "ประเภท", en: "Type" },
  value: { th: "ช่องทาง", en: "Channel" },
  checkLink: { th: "ตรวจสอบข้อความที่น่าสงสัย", en: "Check a suspicious message" },
  kinds: {
    email_domain: { th: "โดเมนอีเมล", en: "E-mail domain" },
    email: { th: "อีเมล", en: "E-mail address" },
    website: { th: "เว็บไซต์", en: "Website" },
    eservice_url: { th: "บริการอิเล็กทรอนิกส์", en: "E-service" },
    line_oa: { th: "ไลน์ทางการ", en: "LINE official account" },
    facebook: { th: "เฟซบุ๊ก", en: "Facebook page" },
    phone: { th: "โทรศัพท์", en: "Phone" },
    sms_sender: { th: "ชื่อผู้ส่ง SMS", en: "SMS sender name" },
    app: { th: "แอปพลิเคชัน", en: "Mobile app" },
  } satisfies Record<ChannelKind, { th: string; en: string }>,
});
