import { defineMessages } from "@/core/i18n";

import type { NotificationChannelKind } from "./channel";
import type { DeliveryStatus } from "./deliveries-repo";
import type { NotificationTemplateName } from "./template-data";

export const notifyMessages = defineMessages({
  deliveries: {
    caption: { th: "การแจ้งเตือนที่ส่ง", en: "Notices sent" },
    none: { th: "ยังไม่มีการแจ้งเตือน", en: "No notices yet." },
    notice: { th: "เรื่อง", en: "Notice" },
    channel: { th: "ช่องทาง", en: "Channel" },
    recipient: { th: "ผู้รับ", en: "Recipient" },
    status: { th: "สถานะ", en: "Status" },
    attempts: { th: "จำนวนครั้งที่ส่ง", en: "Attempts" },
    lastError: { th: "ปัญหาล่าสุด", en: "Last problem" },
    createdAt: { th: "สร้างเมื่อ", en: "Created" },
    sentAt: { th: "ส่งเมื่อ", en: "Sent" },
    subject: { th: "เกี่ยวกับ", en: "About" },
  },
  status: {
    pending: { th: "รอส่ง", en: "Waiting" },
    sent: { th: "ส่งแล้ว", en: "Sent" },
    failed: { th: "ส่งไม่สำเร็จ", en: "Failed" },
    skipped: { th: "ไม่ได้ส่ง", en: "Not sent" },
  } satisfies Record<DeliveryStatus, { th: string; en: string }>,
  channel: {
    email: { th: "อีเมล", en: "E-mail" },
    line: { th: "LINE", en: "LINE" },
    sms: { th: "SMS", en: "SMS" },
  } satisfies Record<NotificationChannelKind, { th: string; en: string }>,
  template: {
    "application.received": { th: "ได้รับคำขอ", en: "Application received" },
    "application.info_requested": { th: "ขอข้อมูลเพิ่มเติม", en: "More information requested" },
    "application.progress": { th: "แจ้งความคืบหน้า", en: "Progress notice" },
    "application.decided": { th: "แจ้งผลการพิจารณา", en: "Decision" },
    "draft.expiring": { th: "แบบร่างใกล้ถูกลบ", en: "Draft about to be deleted" },
    "document.issued": { th: "ออกเอกสาร", en: "Document issued" },
    "document.status_changed": { th: "สถานะเอกสารเปลี่ยน", en: "Document status changed" },
    "exchange.data_used": { th: "แจ้งการใช้ข้อมูล", en: "Data use notice" },
  } satisfies Record<NotificationTemplateName, { th: string; en: string }>,
});
