import { defineMessages } from "@/core/i18n";

import type { WebhookEventType } from "./event-types";
import type { WebhookUrlProblem } from "./target-address";
import type { WebhookDeliveryStatus } from "./webhooks-repo";

export const webhookMessages = defineMessages({
  eventTypes: {
    "application.submitted": { th: "มีผู้ยื่นคำขอใหม่", en: "An application is submitted" },
    "application.claimed": {
      th: "เจ้าหน้าที่รับเรื่องหรือได้รับมอบหมายคำขอ",
      en: "An officer claims or is assigned an application",
    },
    "application.info_requested": {
      th: "เจ้าหน้าที่ขอข้อมูลเพิ่มเติมจากผู้ยื่น",
      en: "An officer asks the applicant for more information",
    },
    "application.amended": {
      th: "ผู้ยื่นแก้ไขและส่งคำขออีกครั้ง",
      en: "The applicant amends and resubmits an application",
    },
    "application.decided": {
      th: "คำขอได้รับการพิจารณา (อนุมัติหรือไม่อนุมัติ)",
      en: "An application is decided (approved or rejected)",
    },
  } satisfies Record<WebhookEventType, { th: string; en: string }>,
  url: {
    required: { th: "โปรดกรอก URL ที่จะรับเหตุการณ์", en: "Enter the URL that will receive events" },
    tooLong: {
      th: "URL ต้องยาวไม่เกิน 2,000 ตัวอักษร",
      en: "The URL must be 2,000 characters or fewer",
    },
    invalid: {
      th: "URL ไม่ถูกต้อง โปรดกรอกให้ครบ เช่น https://ระบบ.หน่วยงาน.go.th/pratu/events",
      en: "This is not a complete URL, e.g. https://system.agency.go.th/pratu/events",
    },
    not_http: {
      th: "URL ต้องขึ้นต้นด้วย https:// หรือ http://",
      en: "The URL must start with https:// or http://",
    },
    credentials: {
      th: "URL ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน ระบบปลายทางตรวจสอบคำขอได้จากลายเซ็นแทน",
      en: "The URL may not contain a user name or password; the receiver checks the signature instead",
    },
    private_target: {
      th: "URL ชี้ไปยังเครื่องนี้หรือเครือข่ายภายใน ซึ่งไม่อนุญาต โปรดใช้ที่อยู่ที่เข้าถึงได้จากอินเทอร์เน็ต",
      en: "The URL points to this machine or a private network, which is not allowed; use an address reachable from the internet",
    },
  } satisfies Record<WebhookUrlProblem | "required" | "tooLong", { th: string; en: string }>,
  descriptionTooLong: {
    th: "คำอธิบายต้องยาวไม่เกิน 200 ตัวอักษร",
    en: "The description must be 200 characters or fewer",
  },
  eventTypesRequired: {
    th: "โปรดเลือกเหตุการณ์อย่างน้อยหนึ่งรายการ",
    en: "Choose at least one event",
  },
  deliveryStatus: {
    pending: { th: "รอส่ง", en: "Waiting" },
    delivered: { th: "ส่งถึงแล้ว", en: "Delivered" },
    failed: { th: "ส่งไม่สำเร็จ", en: "Failed" },
  } satisfies Record<WebhookDeliveryStatus, { th: string; en: string }>,
  testEvent: {
    th: "เหตุการณ์ทดสอบจากประตู ระบบของคุณรับและตรวจลายเซ็นได้ถูกต้องหากเห็นข้อความนี้",
    en: "A test event from Pratu. If your system can read this and its signature checks out, it is ready.",
  },
});
