import { defineMessages } from "@/core/i18n";

/** What applicants read on their pages: applying, receipts, tracking and rating. */
export const citizenMessages = defineMessages({
  apply: {
    title: { th: "ยื่นคำขอ: {service}", en: "Apply: {service}" },
    startLead: {
      th: "กรอกแบบฟอร์มออนไลน์ ระบบบันทึกร่างไว้ให้ทุกครั้งที่กดบันทึกหรือไปหน้าถัดไป ท่านกลับมาทำต่อได้จากอุปกรณ์ใดก็ได้หลังลงชื่อเข้าใช้ ร่างที่ไม่มีการแก้ไขจะถูกลบหลัง {days} วัน",
      en: "Fill in the form online. Your draft is saved each time you save or go to the next page, and you can continue on any device after signing in. A draft left untouched is deleted after {days} days.",
    },
    start: { th: "เริ่มกรอกคำขอใหม่", en: "Start a new application" },
    drafts: { th: "ร่างคำขอที่บันทึกไว้", en: "Saved drafts" },
    continueDraft: { th: "ทำต่อ (บันทึกล่าสุด {date})", en: "Continue (last saved {date})" },
    draftExpires: { th: "จะถูกลบเมื่อ {date}", en: "Will be deleted on {date}" },
    progress: { th: "หน้า {current} จาก {total}", en: "Page {current} of {total}" },
    next: { th: "บันทึกและไปต่อ", en: "Save and continue" },
    back: { th: "ย้อนกลับ", en: "Back" },
    saveLater: { th: "บันทึกไว้ทำต่อภายหลัง", en: "Save and come back later" },
    saved: {
      th: "บันทึกร่างแล้ว ท่านกลับมาทำต่อได้จากหน้า “คำขอของฉัน” ภายใน {date}",
      en: "Draft saved. Continue from “My applications” by {date}.",
    },
    versionChanged: {
      th: "หน่วยงานปรับปรุงบริการนี้ระหว่างที่ท่านกรอก คำตอบเดิมถูกนำมาใส่แบบฟอร์มฉบับใหม่แล้ว โปรดตรวจสอบอีกครั้ง",
      en: "The agency updated this service while you were filling it in. Your answers were carried over to the new form; please check them again.",
    },
    review: { th: "ตรวจสอบคำตอบก่อนยื่น", en: "Check your answers before submitting" },
    reviewLead: {
      th: "เมื่อกดยื่นคำขอ ท่านจะได้รับใบรับคำขออิเล็กทรอนิกส์ทันที",
      en: "When you submit, you get an electronic acknowledgment receipt at once.",
    },
    change: { th: "แก้ไข", en: "Change" },
    submit: { th: "ยื่นคำขอ", en: "Submit application" },
    discard: { th: "ลบร่างนี้", en: "Delete this draft" },
    notOnline: {
      th: "บริการนี้ยังไม่เปิดให้ยื่นคำขอออนไลน์ โปรดติดต่อตามช่องทางในคู่มือ",
      en: "This service is not offered online yet; use a channel listed in its manual.",
    },
    assuranceTooLow: {
      th: "บริการนี้ต้องยืนยันตัวตนในระดับที่สูงกว่าที่ท่านใช้ลงชื่อเข้าใช้ โปรดออกจากระบบแล้วลงชื่อเข้าใช้ใหม่ด้วยวิธีที่ยืนยันตัวตนได้สูงกว่า",
      en: "This service needs a stronger identity check than the sign-in you used. Sign out and sign in again with a stronger method.",
    },
    problemsOnPage: {
      th: "คำตอบบางข้อในหน้า “{page}” ต้องแก้ไข",
      en: "Some answers on the page “{page}” need correcting",
    },
  },
  consent: {
    title: { th: "ยื่นคำขอ: {service}", en: "Apply: {service}" },
    heading: { th: "ข้อมูลจากทะเบียน", en: "Data from a registry" },
    lead: {
      th: "ไม่ต้องแนบสำเนาเอกสารนี้ หากคุณยินยอมให้ระบบดึงข้อมูลจากหน่วยงานที่เก็บข้อมูลไว้โดยตรง",
      en: "You need not attach a copy of this document if you agree that it be fetched directly from the agency that keeps it.",
    },
    chooseOne: {
      th: "โปรดเลือกว่าจะให้ความยินยอมหรือแนบสำเนาเอง",
      en: "Choose whether to consent or to attach a copy yourself",
    },
  },
  list: {
    title: { th: "คำขอของฉัน", en: "My applications" },
    empty: { th: "ท่านยังไม่เคยยื่นคำขอ", en: "You have not submitted any applications yet." },
    caption: { th: "คำขอที่ยื่นแล้ว", en: "Submitted applications" },
    reference: { th: "เลขที่คำขอ", en: "Reference" },
    service: { th: "บริการ", en: "Service" },
    status: { th: "สถานะ", en: "Status" },
    submittedAt: { th: "วันที่ยื่น", en: "Submitted" },
    dueAt: { th: "กำหนดแล้วเสร็จ", en: "Due" },
    draftsCaption: { th: "ร่างคำขอที่ยังไม่ได้ยื่น", en: "Drafts not yet submitted" },
    findServices: { th: "ค้นหาบริการ", en: "Find a service" },
  },
  detail: {
    receivedAt: { th: "ยื่นเมื่อ", en: "Received" },
    dueAt: { th: "กำหนดแล้วเสร็จ", en: "Expected by" },
    paused: {
      th: "นับเวลาหยุดไว้ระหว่างรอข้อมูลจากท่าน",
      en: "The clock is stopped while waiting for you",
    },
    agency: { th: "หน่วยงาน", en: "Agency" },
    timeline: { th: "ความคืบหน้า", en: "Progress" },
    expected: { th: "ขั้นตอนและระยะเวลาที่คาดว่าจะแล้วเสร็จ", en: "Steps and expected dates" },
    expectedBy: { th: "ภายใน {date}", en: "By {date}" },
    infoRequestedTitle: { th: "หน่วยงานขอข้อมูลเพิ่มเติม", en: "The agency asks for more information" },
    amend: { th: "แก้ไขและส่งข้อมูลเพิ่มเติม", en: "Amend and send" },
    decisionTitle: { th: "ผลการพิจารณา", en: "Decision" },
    reason: { th: "เหตุผล", en: "Reason" },
    receipts: { th: "ใบรับคำขอ", en: "Receipts" },
    receiptLink: { th: "ใบรับคำขอฉบับที่ {sequence}", en: "Receipt no. {sequence}" },
    answers: { th: "คำตอบที่ยื่น", en: "Your answers" },
    backToList: { th: "กลับไปคำขอของฉัน", en: "Back to my applications" },
  },
  amend: {
    title: { th: "ส่งข้อมูลเพิ่มเติม", en: "Send more information" },
    lead: {
      th: "แก้ไขคำตอบตามที่หน่วยงานขอ แล้วกดส่ง ท่านจะได้รับใบรับคำขอฉบับใหม่ และหน่วยงานจะนับเวลาพิจารณาต่อ",
      en: "Change the answers the agency asked about, then send. You get a new receipt and the agency's clock starts again.",
    },
    send: { th: "ส่งข้อมูลเพิ่มเติม", en: "Send" },
    done: { th: "ส่งข้อมูลเพิ่มเติมแล้ว", en: "Your amendment was sent." },
  },
  rating: {
    title: { th: "ความพึงพอใจต่อบริการ", en: "How was this service?" },
    legend: {
      th: "ให้คะแนน 1 (ไม่พอใจมาก) ถึง 5 (พอใจมาก)",
      en: "Rate from 1 (very poor) to 5 (very good)",
    },
    comment: { th: "ความคิดเห็น (ไม่บังคับ)", en: "Comment (optional)" },
    send: { th: "ส่งความคิดเห็น", en: "Send rating" },
    thanks: { th: "ขอบคุณสำหรับความคิดเห็น", en: "Thank you for your rating." },
    given: { th: "ท่านให้คะแนน {score} จาก 5", en: "You rated this {score} out of 5." },
    scoreRequired: { th: "เลือกคะแนน 1 ถึง 5", en: "Choose a score from 1 to 5" },
  },
  receipt: {
    title: { th: "ใบรับคำขออิเล็กทรอนิกส์", en: "Electronic acknowledgment receipt" },
    lead: {
      th: "หน่วยงานได้รับคำขอของท่านแล้ว ใบรับนี้ลงลายมือชื่ออิเล็กทรอนิกส์โดยหน่วยงาน ผู้ใดก็ตรวจสอบได้",
      en: "The agency has received your application. This receipt is signed electronically by the agency; anyone can check it.",
    },
    amendmentLead: {
      th: "ใบรับข้อมูลเพิ่มเติมที่ท่านส่งตามที่หน่วยงานขอ",
      en: "Receipt for the information you sent at the agency's request.",
    },
    reference: { th: "เลขที่คำขอ", en: "Reference number" },
    receivedAt: { th: "วันเวลาที่ระบบได้รับ", en: "Received by the system" },
    agency: { th: "หน่วยงาน", en: "Agency" },
    service: { th: "บริการ", en: "Service" },
    version: { th: "ฉบับที่ {version}", en: "version {version}" },
    applicant: { th: "ผู้ยื่นคำขอ", en: "Applicant" },
    statusCode: { th: "รหัสติดตามสถานะ", en: "Status code" },
    statusCodeHint: {
      th: "ใช้เลขที่คำขอกับรหัสนี้ติดตามสถานะได้ที่ {url} โดยไม่ต้องลงชื่อเข้าใช้ เก็บรหัสนี้ไว้เป็นความลับ",
      en: "With the reference number, this code shows the status at {url} without signing in. Keep it private.",
    },
    attachments: { th: "ไฟล์แนบ (ค่าแฮช SHA-256)", en: "Attachments (SHA-256)" },
    signature: { th: "ลายมือชื่ออิเล็กทรอนิกส์ (JWS)", en: "Electronic signature (JWS)" },
    download: { th: "ดาวน์โหลดใบรับ (.jws)", en: "Download the receipt (.jws)" },
    print: { th: "พิมพ์หน้านี้เพื่อเก็บไว้", en: "Print this page to keep it" },
    verify: { th: "ตรวจสอบใบรับนี้", en: "Check this receipt" },
    emailSent: {
      th: "ส่งสำเนาใบรับไปที่อีเมลของท่านแล้ว",
      en: "A copy has been sent to your e-mail address.",
    },
  },
  track: {
    title: { th: "ติดตามสถานะคำขอ", en: "Check an application's status" },
    lead: {
      th: "กรอกเลขที่คำขอและรหัสติดตามสถานะที่อยู่บนใบรับคำขอ ไม่ต้องลงชื่อเข้าใช้",
      en: "Enter the reference number and the status code from the receipt. No sign-in needed.",
    },
    reference: { th: "เลขที่คำขอ", en: "Reference number" },
    referenceHint: { th: "เช่น DOPA-2569-000123", en: "For example DOPA-2569-000123" },
    statusCode: { th: "รหัสติดตามสถานะ", en: "Status code" },
    statusCodeHint: { th: "8 ตัวอักษร เช่น 7K2M-9QXD", en: "8 characters, e.g. 7K2M-9QXD" },
    check: { th: "ตรวจสอบสถานะ", en: "Check status" },
    notFound: {
      th: "ไม่พบคำขอที่มีเลขที่และรหัสนี้ โปรดตรวจสอบกับใบรับคำขออีกครั้ง",
      en: "No application has this reference number and code. Check both against the receipt.",
    },
    referenceInvalid: {
      th: "เลขที่คำขอไม่ถูกต้อง เช่น DOPA-2569-000123",
      en: "Enter a reference like DOPA-2569-000123",
    },
    codeInvalid: { th: "รหัสต้องมี 8 ตัวอักษรหรือตัวเลข", en: "The code has 8 letters and digits" },
    tooMany: { th: "ลองหลายครั้งเกินไป โปรดรอสักครู่", en: "Too many tries; wait a minute." },
  },
  verify: {
    title: { th: "ตรวจสอบใบรับคำขอ", en: "Check an acknowledgment receipt" },
    lead: {
      th: "วางใบรับคำขอ (ข้อความ JWS จากไฟล์ .jws หรือจากหน้าใบรับ) เพื่อตรวจว่าหน่วยงานออกจริงและไม่ถูกแก้ไข",
      en: "Paste a receipt (the JWS text from a .jws file or the receipt page) to check that the agency issued it and nothing was changed.",
    },
    receipt: { th: "ใบรับคำขอ (JWS)", en: "Receipt (JWS)" },
    check: { th: "ตรวจสอบ", en: "Check" },
    valid: {
      th: "ใบรับนี้ถูกต้อง: ลงลายมือชื่อโดย {agency} และไม่ถูกแก้ไข",
      en: "This receipt is genuine: signed by {agency} and unchanged.",
    },
    invalid: { th: "ใบรับนี้ตรวจสอบไม่ผ่าน", en: "This receipt did not pass the check" },
    required: { th: "วางข้อความใบรับคำขอ", en: "Paste the receipt text" },
    reasons: {
      malformed: { th: "ข้อความไม่ใช่ใบรับคำขอที่สมบูรณ์", en: "The text is not a complete receipt." },
      unknown_key: {
        th: "ไม่รู้จักกุญแจที่ใช้ลงลายมือชื่อ ใบรับนี้ไม่ได้ออกโดยหน่วยงานในประตู",
        en: "The signing key is unknown: this receipt was not issued by an agency on Pratu.",
      },
      wrong_type: { th: "เอกสารนี้ไม่ใช่ใบรับคำขอ", en: "This signed document is not a receipt." },
      bad_signature: {
        th: "ลายมือชื่อไม่ตรงกับเนื้อหา ใบรับถูกแก้ไขหลังจากออก",
        en: "The signature does not match the content: the receipt was changed after it was issued.",
      },
      wrong_signer: {
        th: "ผู้ลงลายมือชื่อไม่ใช่หน่วยงานที่ระบุในใบรับ",
        en: "The signer is not the agency the receipt names.",
      },
    },
  },
});
