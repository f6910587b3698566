import { defineMessages } from "@/core/i18n";

import type { channelEventNames, ChannelStatus } from "../schema";
import type { ProofMethod } from "./channel-state-repo";
import type { ReviewKind } from "./verification-repo";

type Bilingual = { th: string; en: string };

/** The words of the channel console, the operator's queue and the e-mail confirmation. */
export const lifecycleMessages = defineMessages({
  sections: {
    channels: { th: "ช่องทางทางการ", en: "Official channels" },
    operator: { th: "ตรวจสอบช่องทางหน่วยงาน", en: "Channel reviews" },
  },
  list: {
    title: { th: "ช่องทางทางการของหน่วยงาน", en: "The agency's official channels" },
    lead: {
      th: "ช่องทางอิเล็กทรอนิกส์ที่หน่วยงานประกาศตามมาตรา 10 ช่องทางจะแสดงในทะเบียนสาธารณะเมื่อหน่วยงานพิสูจน์ได้ว่าเป็นผู้ควบคุมช่องทางนั้น",
      en: "The electronic channels the agency announces under section 10. A channel appears in the public register once the agency proves it controls it.",
    },
    caption: { th: "ช่องทางของหน่วยงาน", en: "The agency's channels" },
    none: { th: "หน่วยงานยังไม่มีช่องทาง", en: "The agency has no channel yet." },
    flaggedNotice: {
      th: "มีช่องทางที่ตรวจสอบซ้ำไม่ผ่าน โปรดเปิดดูและพิสูจน์การควบคุมช่องทางอีกครั้ง มิฉะนั้นช่องทางจะถูกระงับ",
      en: "Some channels failed their periodic check. Open them and prove control again, or they will be suspended.",
    },
    kind: { th: "ประเภท", en: "Type" },
    channel: { th: "ช่องทาง", en: "Channel" },
    owner: { th: "ผู้รับผิดชอบ", en: "Owner" },
    status: { th: "สถานะ", en: "Status" },
    lastVerified: { th: "ยืนยันล่าสุด", en: "Last verified" },
    never: { th: "ยังไม่เคย", en: "Never" },
    addHeading: { th: "เพิ่มช่องทาง", en: "Add a channel" },
    kindChoose: { th: "เลือกประเภท", en: "Choose a type" },
    valueHint: {
      th: "เช่น www.example.go.th, saraban@example.go.th, @lineid, 02-123-4567",
      en: "For example www.example.go.th, saraban@example.go.th, @lineid, 02-123-4567",
    },
    ownerHint: {
      th: "หน่วยงานย่อยหรือตำแหน่งที่ดูแลช่องทางนี้ (ไม่บังคับ)",
      en: "The unit or post that looks after this channel (optional)",
    },
    addButton: { th: "เพิ่มช่องทาง", en: "Add the channel" },
  },
  problems: {
    kindRequired: { th: "กรุณาเลือกประเภทช่องทาง", en: "Choose the type of channel" },
    valueRequired: { th: "กรุณากรอกช่องทาง", en: "Enter the channel" },
    valueTooLong: {
      th: "ช่องทางยาวเกิน 500 ตัวอักษร",
      en: "The channel is longer than 500 characters",
    },
    valueInvalid: {
      th: "ไม่ใช่{kind}ที่ถูกต้อง กรุณาตรวจสอบอีกครั้ง",
      en: "This is not a valid {kind}. Please check it.",
    },
    duplicate: {
      th: "หน่วยงานลงทะเบียนช่องทางนี้ไว้แล้ว",
      en: "The agency has already registered this channel",
    },
    ownerTooLong: {
      th: "ผู้รับผิดชอบยาวเกิน 200 ตัวอักษร",
      en: "The owner is longer than 200 characters",
    },
    reasonRequired: { th: "กรุณาระบุเหตุผล", en: "Give a reason" },
    reasonTooLong: {
      th: "เหตุผลยาวเกิน 1,000 ตัวอักษร",
      en: "The reason is longer than 1,000 characters",
    },
    evidenceRequired: {
      th: "กรุณาระบุว่าโพสต์รหัสไว้ที่ใด (ลิงก์หรือคำอธิบาย)",
      en: "Say where the code is posted (a link or a description)",
    },
    evidenceTooLong: {
      th: "หลักฐานยาวเกิน 2,000 ตัวอักษร",
      en: "The evidence is longer than 2,000 characters",
    },
  },
  statuses: {
    pending: { th: "รอยืนยัน", en: "Pending" },
    verified: { th: "ยืนยันแล้ว", en: "Verified" },
    suspended: { th: "ระงับ", en: "Suspended" },
    retired: { th: "เลิกใช้", en: "Retired" },
  } satisfies Record<ChannelStatus, Bilingual>,
  flagged: { th: "ตรวจสอบซ้ำไม่ผ่าน", en: "Failed re-check" },
  proofMethods: {
    dns_txt: { th: "ระเบียน DNS TXT", en: "DNS TXT record" },
    well_known: { th: "ไฟล์ในเว็บไซต์ (.well-known)", en: "File on the website (.well-known)" },
    email_link: { th: "ลิงก์ยืนยันทางอีเมล", en: "Confirmation link by e-mail" },
    manual_review: { th: "ผู้ดูแลระบบกลางตรวจสอบ", en: "Reviewed by the central operator" },
    operator: { th: "ผู้ดูแลระบบกลางโอนให้", en: "Transferred by the central operator" },
  } satisfies Record<ProofMethod, Bilingual>,
  reviewKinds: {
    manual: { th: "ตรวจรหัสที่โพสต์บนช่องทาง", en: "Check the code posted on the channel" },
    dispute: {
      th: "ข้อพิพาท: หน่วยงานอื่นถือช่องทางนี้อยู่",
      en: "Dispute: another agency holds this channel",
    },
    reinstate: { th: "ขอคืนสถานะช่องทางที่ถูกระงับ", en: "Reinstate a suspended channel" },
  } satisfies Record<ReviewKind, Bilingual>,
  events: {
    registered: { th: "ลงทะเบียน", en: "Registered" },
    updated: { th: "แก้ไข", en: "Updated" },
    imported: { th: "นำเข้า", en: "Imported" },
    verification_requested: { th: "ขอยืนยันการควบคุม", en: "Verification requested" },
    verified: { th: "ยืนยันแล้ว", en: "Verified" },
    verification_failed: { th: "ยืนยันไม่สำเร็จ", en: "Verification failed" },
    flagged: { th: "ตรวจสอบซ้ำไม่ผ่าน", en: "Flagged by the periodic check" },
    suspended: { th: "ระงับ", en: "Suspended" },
    retired: { th: "เลิกใช้", en: "Retired" },
    reinstated: { th: "คืนสถานะ", en: "Reinstated" },
  } satisfies Record<(typeof channelEventNames)[number], Bilingual>,
  actors: {
    officer: { th: "เจ้าหน้าที่หน่วยงาน", en: "Agency officer" },
    operator: { th: "ผู้ดูแลระบบกลาง", en: "Central operator" },
    mailbox: { th: "ผู้ถือกล่องอีเมล", en: "Mailbox holder" },
    system: { th: "ระบบ (ตรวจสอบอัตโนมัติ)", en: "System (automatic check)" },
  },
  reasonLabel: { th: "เหตุผล", en: "Reason" },
});
