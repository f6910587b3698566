import { defineMessages } from "@/core/i18n";

/** The words of the console's webhook and notice pages. */
export const webhookPageMessages = defineMessages({
  sections: {
    webhooks: { th: "Webhook", en: "Webhooks" },
    notifications: { th: "การแจ้งเตือน", en: "Notices" },
  },
  webhooks: {
    title: { th: "Webhook: แจ้งเหตุการณ์ไปยังระบบของหน่วยงาน", en: "Webhooks" },
    lead: {
      th: "Webhook ส่งเหตุการณ์เกี่ยวกับคำขอที่ยื่นต่อหน่วยงาน เช่น มีผู้ยื่นคำขอใหม่ หรือคำขอได้รับการพิจารณาแล้ว ไปยังระบบงานของหน่วยงานทันทีที่เกิดขึ้น ทุกครั้งลงลายเซ็นด้วยรหัสลับของ webhook นั้น หากระบบปลายทางไม่ตอบ ประตูจะส่งซ้ำให้อีกหลายครั้ง",
      en: "A webhook sends events about applications to the agency, such as a new application or a decision, to the agency's own systems as they happen. Each is signed with that webhook's secret; if the receiving system does not answer, Pratu tries again several times.",
    },
    createHeading: { th: "เพิ่ม webhook", en: "Add a webhook" },
    url: { th: "URL ปลายทาง", en: "Receiving URL" },
    urlHint: {
      th: "ที่อยู่ https ของระบบที่จะรับเหตุการณ์ ระบบนั้นต้องตอบกลับด้วยรหัส 2xx ภายในไม่กี่วินาที",
      en: "The https address of the system that receives events. It must answer with a 2xx status within a few seconds.",
    },
    description: { th: "คำอธิบาย (ไม่บังคับ)", en: "Description (optional)" },
    descriptionHint: {
      th: "ระบุว่าระบบใดรับเหตุการณ์ เช่น ระบบสารบรรณของกองทะเบียน",
      en: "Say which system receives the events, e.g. the registry division's records system",
    },
    eventTypes: { th: "เหตุการณ์ที่ต้องการรับ", en: "Events to receive" },
    eventTypesHint: {
      th: "เลือกเฉพาะเหตุการณ์ที่ระบบนั้นใช้",
      en: "Choose only the events that system uses.",
    },
    create: { th: "เพิ่ม webhook", en: "Add webhook" },
    created: {
      th: "เพิ่ม webhook แล้ว โปรดคัดลอกรหัสลับนี้ไปตั้งค่าในระบบปลายทางตอนนี้ ระบบจะไม่แสดงรหัสนี้อีก",
      en: "The webhook is ready. Copy this secret into the receiving system now: it will not be shown again.",
    },
    secretLabel: { th: "รหัสลับสำหรับตรวจลายเซ็น", en: "Signing secret" },
    verifyHint: {
      th: "ระบบปลายทางใช้รหัสลับนี้ตรวจส่วนหัว Pratu-Signature ของทุกคำขอ ก่อนเชื่อถือเนื้อหา",
      en: "The receiving system uses this secret to check the Pratu-Signature header of every request before trusting its body.",
    },
    listCaption: { th: "Webhook ของหน่วยงาน", en: "The agency's webhooks" },
    events: { th: "เหตุการณ์", en: "Events" },
    createdAt: { th: "สร้างเมื่อ", en: "Created" },
    status: { th: "สถานะ", en: "Status" },
    actions: { th: "การดำเนินการ", en: "Actions" },
    active: { th: "ใช้งานอยู่", en: "Active" },
    disabled: { th: "ปิดแล้ว", en: "Disabled" },
    details: { th: "ดูการส่งล่าสุด", en: "Recent deliveries" },
    detailsLabel: { th: "ดูการส่งล่าสุดของ {url}", en: "Recent deliveries to {url}" },
    disable: { th: "ปิด webhook", en: "Disable" },
    disableLabel: { th: "ปิด webhook ที่ส่งไปยัง {url}", en: "Disable the webhook to {url}" },
    disabledNotice: {
      th: "ปิด webhook แล้ว จะไม่มีการส่งเหตุการณ์ไปยัง URL นี้อีก",
      en: "The webhook is disabled. No more events will be sent to this URL.",
    },
    none: { th: "หน่วยงานยังไม่มี webhook", en: "The agency has no webhooks yet." },
  },
  webhook: {
    title: { th: "รายละเอียด webhook", en: "Webhook" },
    back: { th: "กลับไปยังรายการ webhook", en: "Back to the webhooks" },
    sendTest: { th: "ส่งเหตุการณ์ทดสอบ", en: "Send a test event" },
    testHint: {
      th: "ส่งเหตุการณ์ webhook.test ไปยัง URL นี้ เพื่อตรวจว่าระบบปลายทางรับและตรวจลายเซ็นได้",
      en: "Sends a webhook.test event to this URL, to check that the receiving system accepts it and its signature.",
    },
    testSent: {
      th: "ส่งเหตุการณ์ทดสอบเข้าคิวแล้ว โหลดหน้านี้ใหม่เพื่อดูผลการส่ง",
      en: "A test event is on its way. Reload this page to see how it went.",
    },
    deliveriesCaption: { th: "การส่งล่าสุด", en: "Recent deliveries" },
    event: { th: "เหตุการณ์", en: "Event" },
    attempts: { th: "จำนวนครั้งที่ส่ง", en: "Attempts" },
    response: { th: "รหัสตอบกลับ", en: "Response" },
    lastError: { th: "ปัญหาล่าสุด", en: "Last problem" },
    deliveredAt: { th: "ส่งถึงเมื่อ", en: "Delivered" },
    noDeliveries: { th: "ยังไม่มีการส่ง", en: "Nothing sent yet." },
  },
  notifications: {
    title: { th: "การแจ้งเตือนถึงประชาชน", en: "Notices to people" },
    lead: {
      th: "การแจ้งเตือนทางอีเมล LINE และ SMS ที่ส่งถึงผู้ยื่นคำขอล่าสุด พร้อมสถานะ จำนวนครั้งที่ส่ง และปัญหาล่าสุด ที่อยู่ผู้รับแสดงเพียงบางส่วน",
      en: "The latest e-mail, LINE and SMS notices to applicants, with their state, tries and last problem. Recipients are shown in part only.",
    },
    noMailServer: {
      th: "ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์อีเมล (SMTP_URL) การแจ้งเตือนทางอีเมลจึงถูกบันทึกว่า “ไม่ได้ส่ง” ผู้ดูแลระบบตั้งค่าได้ตามคู่มือ",
      en: "No mail server is configured (SMTP_URL), so e-mail notices are recorded as “Not sent”. An operator can set one up as the README explains.",
    },
  },
});
