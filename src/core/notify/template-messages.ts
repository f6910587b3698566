import { defineMessages } from "@/core/i18n";

/** The words of every notice, in Thai and English. */
export const templateMessages = defineMessages({
  common: {
    referenceNumber: { th: "เลขที่คำขอ", en: "Reference number" },
    service: { th: "บริการ", en: "Service" },
    footer: {
      th: "ข้อความนี้ส่งจากประตู ระบบบริการภาครัฐ ในนามของ{agency} โปรดอย่าตอบกลับข้อความนี้",
      en: "Sent by Pratu, the government services platform, on behalf of {agency}. Please do not reply to this message.",
    },
  },
  received: {
    subject: {
      th: "ได้รับคำขอ {reference} แล้ว",
      en: "We have received your application {reference}",
    },
    intro: {
      th: "{agency}ได้รับคำขอ “{service}” ของคุณแล้ว เมื่อ {time}",
      en: "{agency} received your application for “{service}” on {time}.",
    },
    receivedAt: { th: "ได้รับเมื่อ", en: "Received" },
    statusCode: { th: "รหัสติดตามสถานะ", en: "Status code" },
    keep: {
      th: "โปรดเก็บข้อความนี้ไว้เป็นหลักฐาน คุณติดตามสถานะคำขอได้โดยไม่ต้องเข้าสู่ระบบ ด้วยเลขที่คำขอและรหัสติดตามสถานะข้างต้น",
      en: "Keep this message as your proof. You can follow your application without signing in, with the reference number and status code above.",
    },
    action: { th: "ดูใบรับคำขอ", en: "View your receipt" },
    lookup: { th: "ติดตามสถานะคำขอ", en: "Follow your application" },
    short: {
      th: "ประตู: {agency}ได้รับคำขอ {reference} แล้ว รหัสติดตามสถานะ {code}",
      en: "Pratu: {agency} received application {reference}. Status code {code}.",
    },
  },
  infoRequested: {
    subject: {
      th: "คำขอ {reference}: หน่วยงานขอข้อมูลเพิ่มเติม",
      en: "Application {reference}: more information needed",
    },
    intro: {
      th: "เจ้าหน้าที่ผู้พิจารณาคำขอ “{service}” ของคุณ ขอข้อมูลหรือเอกสารเพิ่มเติมดังนี้",
      en: "The officer handling your application for “{service}” asks for the following:",
    },
    respondBy: { th: "โปรดส่งภายใน {date}", en: "Please reply by {date}." },
    paused: {
      th: "ระหว่างนี้ระยะเวลาพิจารณาหยุดนับไว้จนกว่าคุณจะส่งข้อมูล หน่วยงานขอข้อมูลเพิ่มเติมได้เพียงครั้งเดียว",
      en: "The time allowed for your application is paused until you reply. The agency may ask for more only once.",
    },
    action: { th: "แก้ไขและส่งคำขออีกครั้ง", en: "Amend and resubmit your application" },
    short: {
      th: "ประตู: คำขอ {reference} หน่วยงานขอข้อมูลเพิ่มเติม โปรดเข้าสู่ระบบประตูเพื่อดูรายละเอียด",
      en: "Pratu: the agency needs more information for application {reference}. Sign in to Pratu to see what.",
    },
  },
  progress: {
    subject: {
      th: "ความคืบหน้าคำขอ {reference}",
      en: "Progress of your application {reference}",
    },
    intro: {
      th: "คำขอ “{service}” ของคุณ ซึ่งยื่นเมื่อ {date} ยังอยู่ระหว่างการพิจารณา",
      en: "Your application for “{service}”, submitted on {date}, is still being worked on.",
    },
    currentStep: { th: "ขั้นตอนปัจจุบัน", en: "Current step" },
    expectedBy: { th: "คาดว่าจะแล้วเสร็จภายใน", en: "Expected to be finished by" },
    law: {
      th: "หน่วยงานจะแจ้งความคืบหน้าให้คุณทราบทุก 7 วัน จนกว่าจะพิจารณาแล้วเสร็จ",
      en: "The agency tells you how your application is going every 7 days until it decides.",
    },
    action: { th: "ดูความคืบหน้า", en: "See the progress" },
    short: {
      th: "ประตู: คำขอ {reference} ยังอยู่ระหว่างการพิจารณา",
      en: "Pratu: application {reference} is still being worked on.",
    },
  },
  decided: {
    subjectApproved: {
      th: "คำขอ {reference} ได้รับอนุมัติแล้ว",
      en: "Your application {reference} is approved",
    },
    subjectRejected: {
      th: "ผลการพิจารณาคำขอ {reference}: ไม่อนุมัติ",
      en: "Decision on your application {reference}: not approved",
    },
    introApproved: {
      th: "{agency}อนุมัติคำขอ “{service}” ของคุณแล้ว เมื่อ {date}",
      en: "{agency} approved your application for “{service}” on {date}.",
    },
    introRejected: {
      th: "{agency}พิจารณาคำขอ “{service}” ของคุณแล้ว และไม่อนุมัติ เมื่อ {date}",
      en: "{agency} decided not to approve your application for “{service}” on {date}.",
    },
    reason: { th: "เหตุผล", en: "Reason" },
    appeal: {
      th: "หากไม่เห็นด้วยกับผลการพิจารณา คุณติดต่อหน่วยงานหรืออุทธรณ์ได้ตามขั้นตอนที่แจ้งไว้ในหน้าคำขอ",
      en: "If you disagree with the decision, you can contact the agency or appeal as the application page explains.",
    },
    action: { th: "ดูผลการพิจารณา", en: "See the decision" },
    shortApproved: {
      th: "ประตู: คำขอ {reference} ได้รับอนุมัติแล้ว",
      en: "Pratu: application {reference} is approved.",
    },
    shortRejected: {
      th: "ประตู: คำขอ {reference} ไม่ได้รับอนุมัติ โปรดเข้าสู่ระบบประตูเพื่อดูเหตุผล",
      en: "Pratu: application {reference} was not approved. Sign in to Pratu to see why.",
    },
  },
  draftExpiring: {
    subject: {
      th: "แบบร่างคำขอ “{service}” จะถูกลบในวันที่ {date}",
      en: "Your draft application for “{service}” will be deleted on {date}",
    },
    intro: {
      th: "คุณบันทึกแบบร่างคำขอ “{service}” ไว้แต่ยังไม่ได้ยื่น ระบบจะลบแบบร่างนี้ในวันที่ {date}",
      en: "You saved a draft application for “{service}” but have not submitted it. It will be deleted on {date}.",
    },
    finish: {
      th: "หากต้องการยื่นคำขอ โปรดกรอกให้ครบและยื่นก่อนวันดังกล่าว",
      en: "To apply, finish the form and submit it before then.",
    },
    action: { th: "กรอกแบบร่างต่อ", en: "Continue your draft" },
    short: {
      th: "ประตู: แบบร่างคำขอ “{service}” จะถูกลบในวันที่ {date}",
      en: "Pratu: your draft application for “{service}” will be deleted on {date}.",
    },
  },
  documentIssued: {
    subject: {
      th: "{agency} ออกเอกสาร “{title}” เลขที่ {number} ให้คุณแล้ว",
      en: "{agency} has issued you “{title}”, no. {number}",
    },
    intro: {
      th: "{agency} ออกเอกสาร “{title}” ให้คุณแล้ว เอกสารลงลายมือชื่ออิเล็กทรอนิกส์ ใครก็ตรวจสอบได้ด้วยคิวอาร์โค้ดบนเอกสาร",
      en: "{agency} has issued you “{title}”. It is signed electronically; anyone can verify it with the QR code on it.",
    },
    action: { th: "ดาวน์โหลดเอกสาร", en: "Download the document" },
    short: {
      th: "ประตู: {agency} ออกเอกสาร “{title}” เลขที่ {number} ให้คุณแล้ว",
      en: "Pratu: {agency} has issued you “{title}”, no. {number}.",
    },
  },
  documentStatusChanged: {
    subjectRevoked: {
      th: "เอกสาร “{title}” เลขที่ {number} ถูกเพิกถอน",
      en: "Your document “{title}”, no. {number}, has been revoked",
    },
    subjectSuspended: {
      th: "เอกสาร “{title}” เลขที่ {number} ถูกระงับชั่วคราว",
      en: "Your document “{title}”, no. {number}, has been suspended",
    },
    subjectActive: {
      th: "เอกสาร “{title}” เลขที่ {number} กลับมาใช้ได้แล้ว",
      en: "Your document “{title}”, no. {number}, is valid again",
    },
    introRevoked: {
      th: "{agency} เพิกถอนเอกสารนี้แล้ว ผู้ตรวจสอบจะเห็นว่าเอกสารถูกเพิกถอน",
      en: "{agency} has revoked this document. Anyone who verifies it will see that it is revoked.",
    },
    introSuspended: {
      th: "{agency} ระงับเอกสารนี้ไว้ชั่วคราว ระหว่างนี้ผู้ตรวจสอบจะเห็นว่าเอกสารถูกระงับ",
      en: "{agency} has suspended this document for now. Meanwhile anyone who verifies it will see that it is suspended.",
    },
    introActive: {
      th: "{agency} ยกเลิกการระงับเอกสารนี้แล้ว เอกสารกลับมาใช้ได้ตามปกติ",
      en: "{agency} has lifted the suspension; the document is valid again.",
    },
    reason: { th: "เหตุผล", en: "Reason" },
    contact: {
      th: "หากมีข้อสงสัย โปรดติดต่อหน่วยงานที่ออกเอกสารผ่านช่องทางทางการ",
      en: "If you have questions, contact the issuing agency through its official channels.",
    },
    action: { th: "ดูเอกสาร", en: "See the document" },
    short: {
      th: "ประตู: สถานะเอกสาร “{title}” เลขที่ {number} เปลี่ยนแปลง ดูรายละเอียดในประตู",
      en: "Pratu: the status of your document “{title}”, no. {number}, has changed; see Pratu.",
    },
  },
  documentNumber: { th: "เลขที่เอกสาร", en: "Document number" },
  dataUsed: {
    subject: {
      th: "{agency}ใช้ข้อมูลของคุณจาก{provider}",
      en: "{agency} used your data from {provider}",
    },
    intro: {
      th: "{agency}ใช้ข้อมูล “{dataService}” ของคุณจาก{provider} เพื่อ{purpose} เมื่อ {time}",
      en: "{agency} used your “{dataService}” from {provider} for {purpose} at {time}.",
    },
    agency: { th: "หน่วยงานที่ใช้ข้อมูล", en: "Agency that used it" },
    service: { th: "บริการ", en: "Service" },
    data: { th: "ข้อมูล", en: "Data" },
    provider: { th: "แหล่งข้อมูล", en: "Source" },
    purpose: { th: "วัตถุประสงค์", en: "Purpose" },
    time: { th: "เวลา", en: "Time" },
    why: {
      th: "คุณขอให้ประตูแจ้งทุกครั้งที่หน่วยงานใช้ข้อมูลของคุณ หากคุณไม่ได้ยื่นคำขอหรือไม่ทราบเรื่องนี้ โปรดติดต่อหน่วยงานผ่านช่องทางทางการ ปิดการแจ้งเตือนนี้ได้ที่หน้าเดียวกัน",
      en: "You asked Pratu to tell you each time an agency uses your data. If you did not apply for anything or do not recognise this, contact the agency through its official channels. You can turn these notices off on the same page.",
    },
    action: { th: "ดูว่าใครใช้ข้อมูลของฉัน", en: "See who used my data" },
    short: {
      th: "ประตู: {agency}ใช้ข้อมูล “{dataService}” ของคุณจาก{provider} เมื่อ {time}",
      en: "Pratu: {agency} used your “{dataService}” from {provider} at {time}.",
    },
  },
});
