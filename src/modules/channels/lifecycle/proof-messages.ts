import { defineMessages } from "@/core/i18n";

/** The words of a channel's page in the console and of the e-mail confirmation page. */
export const proofMessages = defineMessages({
  page: {
    summary: { th: "รายละเอียดช่องทาง", en: "About the channel" },
    proofMethod: { th: "วิธีพิสูจน์การควบคุม", en: "Proof of control" },
    flaggedSince: { th: "ตรวจสอบซ้ำไม่ผ่านตั้งแต่", en: "Failing its re-check since" },
    flaggedNotice: {
      th: "การตรวจสอบซ้ำไม่พบหลักฐานว่าหน่วยงานยังควบคุมช่องทางนี้ โปรดพิสูจน์อีกครั้งภายใน {date} มิฉะนั้นช่องทางจะถูกระงับ",
      en: "The periodic check no longer finds proof that the agency controls this channel. Prove it again by {date}, or the channel will be suspended.",
    },
    heldElsewhere: {
      th: "ช่องทางนี้ยืนยันไว้แล้วโดยหน่วยงานอื่น ({code}) เมื่อหน่วยงานของท่านพิสูจน์การควบคุมได้ ผู้ดูแลระบบกลางจะพิจารณาว่าจะโอนช่องทางให้หรือไม่",
      en: "Another agency ({code}) holds this channel as verified. Once your agency proves control, the central operator decides whether to transfer it.",
    },
    suspendedNotice: {
      th: "ช่องทางนี้ถูกระงับและไม่แสดงในทะเบียนสาธารณะ หากพิสูจน์การควบคุมได้อีกครั้ง ผู้ดูแลระบบกลางจะพิจารณาคืนสถานะ",
      en: "This channel is suspended and left the public register. If the agency proves control again, the central operator decides whether to reinstate it.",
    },
    retiredNotice: { th: "ช่องทางนี้เลิกใช้แล้ว", en: "This channel is retired." },
    proofHeading: { th: "พิสูจน์ว่าหน่วยงานควบคุมช่องทางนี้", en: "Prove the agency controls this channel" },
    adminsOnly: {
      th: "เฉพาะผู้ดูแลของหน่วยงานที่พิสูจน์การควบคุมหรือเลิกใช้ช่องทางได้",
      en: "Only the agency's administrators can prove control of a channel or retire it.",
    },
    validUntil: { th: "ใช้ได้ถึง {date}", en: "Valid until {date}" },
    historyHeading: { th: "ประวัติของช่องทาง", en: "The channel's history" },
    retireHeading: { th: "เลิกใช้ช่องทาง", en: "Retire the channel" },
    retireLead: {
      th: "ช่องทางที่เลิกใช้จะหายจากทะเบียนสาธารณะทันที ระบุเหตุผลไว้ในประวัติ",
      en: "A retired channel leaves the public register at once. The reason is kept in its history.",
    },
    retireButton: { th: "เลิกใช้ช่องทางนี้", en: "Retire this channel" },
    backToList: { th: "กลับไปที่รายการช่องทาง", en: "Back to the channels" },
  },
  done: {
    added: {
      th: "เพิ่มช่องทางแล้ว ขั้นต่อไปคือพิสูจน์ว่าหน่วยงานเป็นผู้ควบคุมช่องทางนี้",
      en: "The channel is added. Next, prove that the agency controls it.",
    },
    started: { th: "สร้างรหัสยืนยันแล้ว", en: "A verification token is ready." },
    sent: {
      th: "กำลังส่งอีเมลยืนยันไปยังที่อยู่นี้ ผู้ดูแลกล่องอีเมลต้องเปิดลิงก์และกดยืนยัน",
      en: "A confirmation e-mail is on its way to this address. Whoever holds the mailbox must open the link and press confirm.",
    },
    verified: { th: "ยืนยันการควบคุมช่องทางสำเร็จ", en: "Control of the channel is proved." },
    in_review: {
      th: "ส่งให้ผู้ดูแลระบบกลางพิจารณาแล้ว",
      en: "Sent to the central operator for review.",
    },
    expired: {
      th: "รหัสยืนยันหมดอายุแล้ว โปรดขอรหัสใหม่",
      en: "The verification token has expired. Ask for a new one.",
    },
    failed: {
      th: "ยังไม่พบรหัสยืนยัน ตรวจสอบการตั้งค่าแล้วลองอีกครั้ง (ระเบียน DNS อาจใช้เวลาสักครู่กว่าจะเผยแพร่)",
      en: "The token was not found yet. Check the set-up and try again (a DNS record can take a while to spread).",
    },
    retired: { th: "เลิกใช้ช่องทางแล้ว", en: "The channel is retired." },
  },
  domain: {
    intro: {
      th: "วิธีใดวิธีหนึ่งต่อไปนี้ แล้วกด “ตรวจสอบตอนนี้” ให้คงระเบียนหรือไฟล์ไว้ ระบบจะตรวจซ้ำทุกระยะ",
      en: "Do one of the following, then press “Check now”. Keep the record or file in place: it is checked again from time to time.",
    },
    dnsHeading: { th: "ทางที่ 1: ระเบียน DNS TXT", en: "Option 1: a DNS TXT record" },
    recordName: { th: "ชื่อระเบียน", en: "Record name" },
    recordNameValue: { th: "{domain} หรือ {alternative}", en: "{domain} or {alternative}" },
    recordType: { th: "ชนิด", en: "Type" },
    recordValue: { th: "ค่า", en: "Value" },
    fileHeading: { th: "ทางที่ 2: ไฟล์บนเว็บไซต์", en: "Option 2: a file on the website" },
    fileLead: {
      th: "วางไฟล์ข้อความที่มีรหัสนี้เพียงบรรทัดเดียว ที่",
      en: "Publish a text file holding just this token, at",
    },
    token: { th: "รหัสยืนยัน", en: "Verification token" },
    keepLead: {
      th: "หน่วยงานยืนยันโดเมนนี้ด้วยรหัสด้านล่าง โปรดคงระเบียนหรือไฟล์ไว้เพื่อการตรวจซ้ำ",
      en: "The agency proved this domain with the token below. Keep the record or file in place for the periodic checks.",
    },
    start: { th: "ขอรหัสยืนยัน", en: "Get a verification token" },
    restart: { th: "ขอรหัสใหม่", en: "Get a new token" },
    check: { th: "ตรวจสอบตอนนี้", en: "Check now" },
    lastFailure: {
      th: "การตรวจสอบล่าสุด: DNS {dns}, ไฟล์ {file}",
      en: "Last check: DNS {dns}, file {file}",
    },
  },
  email: {
    intro: {
      th: "ระบบจะส่งลิงก์ยืนยันไปที่อีเมลนี้ ผู้ดูแลกล่องอีเมลเปิดลิงก์แล้วกดยืนยัน",
      en: "A confirmation link is sent to this address. Whoever holds the mailbox opens it and presses confirm.",
    },
    pending: {
      th: "ส่งลิงก์ยืนยันแล้ว ลิงก์ใช้ได้ถึง {date}",
      en: "A confirmation link was sent. It works until {date}.",
    },
    send: { th: "ส่งอีเมลยืนยัน", en: "Send a confirmation e-mail" },
    resend: { th: "ส่งอีเมลยืนยันอีกครั้ง", en: "Send the confirmation e-mail again" },
  },
  posted: {
    intro: {
      th: "โพสต์รหัสด้านล่างบนช่องทางนี้ (เช่น ข้อความหรือโปรไฟล์ของบัญชีไลน์ทางการ โพสต์บนเพจ คำอธิบายแอป หรือข้อความจากชื่อผู้ส่ง SMS) แล้วแจ้งว่าโพสต์ไว้ที่ใด ผู้ดูแลระบบกลางจะตรวจและอนุมัติ",
      en: "Post the code below on the channel (a LINE official account's message or profile, a page post, the app's description, or a message from the SMS sender name), then say where it is. The central operator checks it and approves.",
    },
    code: { th: "รหัสที่ต้องโพสต์", en: "Code to post" },
    evidence: { th: "โพสต์ไว้ที่ใด", en: "Where it is posted" },
    evidenceHint: {
      th: "ลิงก์ของโพสต์หรือคำอธิบายที่ผู้ตรวจใช้หาได้ ไม่เกิน 2,000 ตัวอักษร",
      en: "A link to the post, or how a reviewer can find it. Up to 2,000 characters.",
    },
    submit: { th: "ส่งให้ผู้ดูแลระบบกลางตรวจ", en: "Send for review" },
    start: { th: "ขอรหัสสำหรับโพสต์", en: "Get a code to post" },
    inReview: {
      th: "รอผู้ดูแลระบบกลางตรวจสอบ (ส่งเมื่อ {date})",
      en: "Waiting for the central operator's review (sent {date}).",
    },
  },
  failures: {
    no_record: { th: "ไม่พบระเบียน", en: "no record" },
    other_token: { th: "พบรหัสอื่นที่ไม่ตรงกัน", en: "a different token" },
    dns_error: { th: "เซิร์ฟเวอร์ DNS ตอบผิดพลาด", en: "the DNS server failed" },
    no_address: { th: "โดเมนไม่มีที่อยู่ IP", en: "the domain has no address" },
    private_address: {
      th: "โดเมนชี้ไปยังที่อยู่ภายใน",
      en: "the domain points to a private address",
    },
    http_status: { th: "เว็บไซต์ตอบรหัส", en: "the website answered status" },
    redirect_elsewhere: {
      th: "เว็บไซต์ส่งต่อไปยังโดเมนอื่น",
      en: "the website redirects to another domain",
    },
    too_large: { th: "ไฟล์ใหญ่เกินไป", en: "the file is too large" },
    unreachable: { th: "เชื่อมต่อเว็บไซต์ไม่ได้", en: "the website could not be reached" },
    no_proof_on_record: {
      th: "ยังไม่เคยพิสูจน์การควบคุมในระบบ",
      en: "no proof of control on record",
    },
  },
  lastOutcome: {
    rejected: {
      th: "ผู้ดูแลระบบกลางไม่อนุมัติครั้งล่าสุด เหตุผล: {reason}",
      en: "The central operator rejected the last attempt. Reason: {reason}",
    },
    expired: {
      th: "รหัสครั้งล่าสุดหมดอายุแล้ว",
      en: "The last token expired.",
    },
  },
  confirm: {
    title: { th: "ยืนยันอีเมลทางการของหน่วยงาน", en: "Confirm an agency's official e-mail" },
    lead: {
      th: "{agency}ลงทะเบียน {address} เป็นช่องทางทางการ หากท่านดูแลกล่องอีเมลนี้ในนามของหน่วยงาน กดปุ่มเพื่อยืนยัน",
      en: "{agency} registered {address} as an official channel. If you look after this mailbox for the agency, press the button to confirm.",
    },
    button: { th: "ยืนยันว่าอีเมลนี้เป็นของหน่วยงาน", en: "Confirm this address belongs to the agency" },
    verified: {
      th: "ยืนยันแล้ว ขอบคุณ อีเมลนี้เป็นช่องทางทางการของหน่วยงานแล้ว",
      en: "Confirmed, thank you. The address is now an official channel of the agency.",
    },
    in_review: {
      th: "ยืนยันแล้ว ผู้ดูแลระบบกลางจะพิจารณาต่อ เนื่องจากช่องทางนี้อยู่ในทะเบียนของหน่วยงานอื่นหรือถูกระงับไว้",
      en: "Confirmed. The central operator reviews it next, because another agency holds this channel or it was suspended.",
    },
    expired: {
      th: "ลิงก์นี้หมดอายุแล้ว โปรดขอให้หน่วยงานส่งลิงก์ใหม่",
      en: "This link has expired. Ask the agency to send a new one.",
    },
    used: {
      th: "ลิงก์นี้ใช้ไปแล้วหรือถูกแทนที่ด้วยลิงก์ใหม่",
      en: "This link has been used already or replaced by a newer one.",
    },
    invalid: {
      th: "ไม่พบลิงก์นี้ โปรดตรวจสอบว่าคัดลอกมาครบ",
      en: "This link is not known. Check that it was copied whole.",
    },
  },
});
