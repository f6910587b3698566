import { defineMessages } from "@/core/i18n";

import type { ConditionId } from "./level-rule";
import type { Criterion, Level } from "./schema";

export const levelMessages = defineMessages({
  section: { th: "ระดับวิธีการทางอิเล็กทรอนิกส์", en: "Electronic-method level" },
  dashboardSection: { th: "ภาพรวมระดับหน่วยงาน", en: "Agency levels" },
  levels: {
    none: { th: "ยังไม่ถึงระดับเริ่มต้น", en: "Below beginner" },
    beginner: { th: "ระดับเริ่มต้น", en: "Beginner" },
    standard: { th: "ระดับมาตรฐาน", en: "Standard" },
  } satisfies Record<Level, { th: string; en: string }>,
  criteria: {
    official_email: {
      th: "มีอีเมลทางการของหน่วยงานสำหรับติดต่อราชการ และประกาศให้ประชาชนทราบ (มาตรา 10)",
      en: "The agency has an official e-mail address for official contact and announces it (section 10)",
    },
    checked_twice_daily: {
      th: "เจ้าหน้าที่งานสารบรรณตรวจอีเมลทางการอย่างน้อยวันละ 2 ครั้งในวันทำการ",
      en: "Registry staff check the official e-mail at least twice each working day",
    },
    incoming_registered: {
      th: "ลงทะเบียนรับเรื่องที่เข้ามาทางอีเมล และตอบกลับผู้ติดต่อพร้อมเลขทะเบียนรับ",
      en: "Incoming mail is logged and answered with its registration number",
    },
    results_sent_electronically: {
      th: "แจ้งผลการดำเนินการกลับทางอิเล็กทรอนิกส์ เว้นแต่ผู้ติดต่อขอเป็นอย่างอื่น (มาตรา 7)",
      en: "Results are sent back electronically unless the person asked otherwise (section 7)",
    },
    outgoing_register: {
      th: "จัดทำทะเบียนหนังสือส่งทางอิเล็กทรอนิกส์",
      en: "An outgoing register is kept for what is sent electronically",
    },
    receive_online: {
      th: "รับคำขอหรือเอกสารผ่านระบบบริการอิเล็กทรอนิกส์แบบอัตโนมัติ",
      en: "Requests and documents are received through automated e-services",
    },
    send_online: {
      th: "ส่งหนังสือ ผลการพิจารณา หรือเอกสารผ่านระบบอิเล็กทรอนิกส์",
      en: "Letters, decisions and documents are sent through electronic systems",
    },
    collect_online: {
      th: "รวบรวมข้อมูลและเอกสารจากหน่วยงานอื่นทางอิเล็กทรอนิกส์ แทนการขอสำเนาจากประชาชน (มาตรา 12)",
      en: "Data and documents are collected from other agencies electronically instead of asking people for copies (section 12)",
    },
    store_electronically: {
      th: "จัดเก็บเอกสารและข้อมูลในรูปแบบอิเล็กทรอนิกส์อย่างมั่นคงปลอดภัย",
      en: "Documents and data are stored electronically and securely",
    },
    publish_online: {
      th: "เผยแพร่ข้อมูลและคู่มือสำหรับประชาชนทางอิเล็กทรอนิกส์",
      en: "Information and citizen's manuals are published electronically",
    },
    track_online: {
      th: "ผู้ยื่นติดตามสถานะคำขอได้ทางอิเล็กทรอนิกส์",
      en: "Applicants can track their requests electronically",
    },
  } satisfies Record<Criterion, { th: string; en: string }>,
  conditions: {
    beginner_criteria: {
      th: "ประเมินตนเองว่าผ่านเกณฑ์ระดับเริ่มต้นทุกข้อ",
      en: "Self-assessed as meeting every beginner criterion",
    },
    verified_email: {
      th: "มีอีเมลหรือโดเมนอีเมลทางการที่ตรวจสอบแล้วในทะเบียนช่องทาง",
      en: "A verified official e-mail address or mail domain in the channel register",
    },
    standard_criteria: {
      th: "ประเมินตนเองว่าผ่านเกณฑ์ระดับมาตรฐานทุกข้อ",
      en: "Self-assessed as meeting every standard criterion",
    },
    published_eservice: {
      th: "มีบริการอิเล็กทรอนิกส์ที่เผยแพร่แล้วอย่างน้อย 1 บริการ",
      en: "At least one published e-service",
    },
    answers_on_time: {
      th: "ตอบคำขอภายในกำหนดอย่างน้อยร้อยละ 80 ในช่วง 90 วันที่ผ่านมา",
      en: "At least 80% of applications answered within their deadline over the last 90 days",
    },
  } satisfies Record<ConditionId, { th: string; en: string }>,
  sources: {
    self: { th: "ประเมินตนเอง", en: "Self-assessment" },
    platform: { th: "ระบบตรวจพบ", en: "Seen by the platform" },
  },
  met: { th: "ผ่าน", en: "Met" },
  missing: { th: "ยังไม่ผ่าน", en: "Missing" },
  yes: { th: "มี", en: "Yes" },
  no: { th: "ไม่มี", en: "No" },
  page: {
    title: { th: "ระดับวิธีการทางอิเล็กทรอนิกส์ (มสพร. 6)", en: "Electronic-method level (มสพร. 6)" },
    lead: {
      th: "ระดับของหน่วยงานพิจารณาจากการประเมินตนเองและสิ่งที่ระบบตรวจพบเอง",
      en: "The agency's level comes from its self-assessment and from what the platform sees for itself.",
    },
    current: { th: "ระดับปัจจุบัน", en: "Current level" },
    conditionsCaption: { th: "เงื่อนไขของแต่ละระดับ", en: "Conditions of each level" },
    condition: { th: "เงื่อนไข", en: "Condition" },
    tier: { th: "ระดับ", en: "Level" },
    source: { th: "ที่มา", en: "Source" },
    result: { th: "ผล", en: "Result" },
    detail: { th: "รายละเอียด", en: "Detail" },
    emailChannels: { th: "{count} ช่องทาง", en: "{count} channels" },
    services: { th: "{count} บริการ", en: "{count} services" },
    onTime: {
      th: "ตรงเวลา {onTime} จาก {total} ({percent})",
      en: "{onTime} of {total} on time ({percent})",
    },
    nothingDue: {
      th: "ไม่มีคำขอครบกำหนดในช่วง 90 วัน",
      en: "No application fell due in the last 90 days",
    },
    assessmentHeading: { th: "แบบประเมินตนเอง", en: "Self-assessment" },
    assessmentLead: {
      th: "เลือกเกณฑ์ที่หน่วยงานปฏิบัติแล้ว และระบุหลักฐานของแต่ละข้อ เช่น ชื่อระบบ ที่อยู่อีเมล หรือเลขที่คำสั่ง",
      en: "Tick the criteria the agency meets and give the evidence for each, e.g. the system, the e-mail address or the order number.",
    },
    onlyAdmins: {
      th: "เฉพาะผู้ดูแลหน่วยงานเท่านั้นที่บันทึกแบบประเมินได้",
      en: "Only the agency's administrators can save the self-assessment.",
    },
    beginnerLegend: { th: "เกณฑ์ระดับเริ่มต้น", en: "Beginner criteria" },
    standardLegend: { th: "เกณฑ์ระดับมาตรฐาน", en: "Standard criteria" },
    evidence: { th: "หลักฐาน", en: "Evidence" },
    evidenceHint: { th: "ไม่เกิน 500 ตัวอักษร", en: "Up to 500 characters" },
    evidenceRequired: {
      th: "กรุณาระบุหลักฐานของเกณฑ์ที่เลือก",
      en: "Give the evidence for a criterion you ticked",
    },
    evidenceTooLong: {
      th: "หลักฐานยาวเกิน 500 ตัวอักษร",
      en: "The evidence is longer than 500 characters",
    },
    save: { th: "บันทึกแบบประเมิน", en: "Save the self-assessment" },
    saved: { th: "บันทึกแบบประเมินแล้ว", en: "Self-assessment saved" },
    historyHeading: { th: "ประวัติการประเมิน", en: "Assessment history" },
    historyCaption: {
      th: "การประเมินตนเองที่ผ่านมา ล่าสุดก่อน",
      en: "Past self-assessments, newest first",
    },
    historyEmpty: { th: "ยังไม่เคยประเมิน", en: "No self-assessment yet." },
    assessedAt: { th: "วันที่", en: "Date" },
    assessedBy: { th: "ผู้ประเมิน", en: "By" },
    selfLevel: { th: "ระดับตามการประเมินตนเอง", en: "Self-assessed level" },
    criteriaMet: { th: "เกณฑ์ที่ผ่าน", en: "Criteria met" },
    system: { th: "ระบบ", en: "System" },
  },
  dashboard: {
    title: { th: "ระดับวิธีการทางอิเล็กทรอนิกส์ของหน่วยงาน", en: "Agencies' electronic-method levels" },
    lead: {
      th: "จำนวนหน่วยงานในแต่ละระดับ แยกตามกระทรวงและจังหวัด และหน่วยงานที่ยังไม่ถึงระดับเริ่มต้น",
      en: "Agencies per level by ministry and by province, and the agencies below the beginner level.",
    },
    computedAt: { th: "คำนวณเมื่อ {time}", en: "Computed {time}" },
    refresh: { th: "คำนวณใหม่ตอนนี้", en: "Recompute now" },
    totalsCaption: { th: "หน่วยงานทั้งหมดในแต่ละระดับ", en: "All agencies per level" },
    agencies: { th: "หน่วยงาน", en: "Agencies" },
    total: { th: "รวม", en: "Total" },
    byMinistry: { th: "แยกตามกระทรวง", en: "By ministry" },
    byMinistryCaption: {
      th: "จำนวนหน่วยงานในแต่ละระดับ แยกตามกระทรวง",
      en: "Agencies per level by ministry",
    },
    byProvince: { th: "แยกตามจังหวัด", en: "By province" },
    byProvinceCaption: {
      th: "จำนวนหน่วยงานในแต่ละระดับ แยกตามจังหวัด",
      en: "Agencies per level by province",
    },
    ministry: { th: "กระทรวง", en: "Ministry" },
    province: { th: "จังหวัด", en: "Province" },
    noMinistry: { th: "ไม่สังกัดกระทรวง", en: "No ministry" },
    noProvince: { th: "ส่วนกลาง (ไม่ระบุจังหวัด)", en: "Central (no province)" },
    chartTitle: {
      th: "สัดส่วนหน่วยงานในแต่ละระดับ แยกตามกระทรวง",
      en: "Share of agencies at each level, by ministry",
    },
    chartDesc: {
      th: "แผนภูมิแท่งแนวนอนแบบซ้อน {count} แท่ง แท่งละกระทรวง แบ่งเป็นยังไม่ถึงระดับเริ่มต้น ระดับเริ่มต้น และระดับมาตรฐาน ตัวเลขทั้งหมดอยู่ในตารางด้านล่าง",
      en: "A stacked horizontal bar chart of {count} bars, one per ministry, split into below beginner, beginner and standard. Every number is also in the table below.",
    },
    barLabel: { th: "{name}: {count} หน่วยงาน", en: "{name}: {count} agencies" },
    segment: {
      th: "{level} {count} หน่วยงาน ({percent})",
      en: "{level}: {count} agencies ({percent})",
    },
    lagging: { th: "หน่วยงานที่ยังไม่ถึงระดับเริ่มต้น", en: "Agencies below beginner" },
    laggingCaption: {
      th: "หน่วยงานที่ยังไม่ถึงระดับเริ่มต้น และสิ่งที่ยังขาด",
      en: "Agencies below the beginner level, and what they lack",
    },
    laggingCount: { th: "ทั้งหมด {count} หน่วยงาน", en: "{count} agencies in all" },
    laggingEmpty: { th: "ทุกหน่วยงานถึงระดับเริ่มต้นแล้ว", en: "Every agency has reached beginner." },
    agency: { th: "หน่วยงาน", en: "Agency" },
    selfAssessed: { th: "ประเมินตนเอง (เริ่มต้น)", en: "Self-assessed (beginner)" },
    verifiedEmail: { th: "อีเมลทางการที่ตรวจสอบแล้ว", en: "Verified official e-mail" },
    sortBy: { th: "เรียงตาม{column}", en: "Sort by {column}" },
    sortedAscending: { th: "เรียงจากน้อยไปมาก", en: "sorted ascending" },
    sortedDescending: { th: "เรียงจากมากไปน้อย", en: "sorted descending" },
    filters: { th: "กรองรายชื่อ", en: "Filter the list" },
    allMinistries: { th: "ทุกกระทรวง", en: "All ministries" },
    allProvinces: { th: "ทุกจังหวัด", en: "All provinces" },
    apply: { th: "แสดง", en: "Show" },
    pages: { th: "หน้ารายชื่อ", en: "List pages" },
    pageOf: { th: "หน้า {page} จาก {pages}", en: "Page {page} of {pages}" },
    previous: { th: "หน้าก่อน", en: "Previous" },
    next: { th: "หน้าถัดไป", en: "Next" },
    openData: { th: "ข้อมูลเปิด (JSON)", en: "Open data (JSON)" },
  },
});
