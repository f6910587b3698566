import { defineMessages } from "@/core/i18n";

export const registerMessages = defineMessages({
  searchTitle: {
    th: "ค้นหาช่องทางทางการของหน่วยงานรัฐ",
    en: "Search the official channels of agencies",
  },
  searchLead: {
    th: "ทะเบียนช่องทางอิเล็กทรอนิกส์ที่หน่วยงานของรัฐประกาศตามมาตรา 10 แห่ง พ.ร.บ.การปฏิบัติราชการทางอิเล็กทรอนิกส์ พ.ศ. 2565 ค้นหาด้วยชื่อหน่วยงาน ชื่อย่อ รหัส หรือช่องทาง เช่น เว็บไซต์ ไลน์ไอดี หรือเบอร์โทรศัพท์",
    en: "The register of the electronic channels agencies announce under section 10 of the Electronic Government Operations Act B.E. 2565. Search by agency name, short name or code, or by a channel: a website, a LINE ID or a phone number.",
  },
  queryLabel: { th: "คำค้น", en: "Search for" },
  queryHint: {
    th: "ภาษาไทยหรืออังกฤษ เช่น สรรพากร, rd.go.th, @dopa_news, 1548",
    en: "Thai or English, e.g. Revenue, rd.go.th, @dopa_news, 1548",
  },
  kindLabel: { th: "ประเภทช่องทาง", en: "Kind of channel" },
  anyKind: { th: "ทุกประเภท", en: "Any kind" },
  searchButton: { th: "ค้นหา", en: "Search" },
  resultCount: { th: "พบ {count} หน่วยงาน", en: "{count} agencies found" },
  resultCountOne: { th: "พบ 1 หน่วยงาน", en: "1 agency found" },
  allAgencies: {
    th: "หน่วยงานที่มีช่องทางตรวจสอบแล้ว {count} หน่วยงาน",
    en: "{count} agencies with verified channels",
  },
  noResults: {
    th: "ไม่พบหน่วยงานหรือช่องทางที่ตรงกับคำค้น หากได้รับข้อความที่อ้างว่ามาจากหน่วยงานรัฐ ให้ตรวจสอบข้อความนั้นก่อน",
    en: "No agency or channel matches. If you received a message claiming to come from an agency, check the message first.",
  },
  noVerifiedChannel: {
    th: "ยังไม่มีช่องทางที่ตรวจสอบแล้ว",
    en: "No verified channel yet",
  },
  matchesQuery: { th: "ตรงกับคำค้น", en: "matches your search" },
  moreChannels: {
    th: "ดูทั้งหมด {count} ช่องทาง",
    en: "See all {count} channels",
  },
  allChannels: { th: "ช่องทางทั้งหมดและประกาศ", en: "All channels and the announcement" },
  pagination: { th: "หน้าผลการค้นหา", en: "Result pages" },
  previous: { th: "ก่อนหน้า", en: "Previous" },
  next: { th: "ถัดไป", en: "Next" },
  pageOf: { th: "หน้า {page} จาก {pages}", en: "Page {page} of {pages}" },
  openData: {
    th: "ดาวน์โหลดทะเบียนทั้งหมดเป็นข้อมูลเปิด (CSV, JSON)",
    en: "Download the whole register as open data (CSV, JSON)",
  },
  checkMessage: { th: "ตรวจสอบข้อความที่น่าสงสัย", en: "Check a suspicious message" },
  queryTooLong: {
    th: "คำค้นยาวเกิน 100 ตัวอักษร",
    en: "The search is longer than 100 characters",
  },
  announcement: {
    caption: { th: "ทะเบียนช่องทางทางการ", en: "Official channel register" },
    pageTitle: {
      th: "ประกาศช่องทางอิเล็กทรอนิกส์ของ{agency}",
      en: "Electronic channels of {agency}: announcement",
    },
    title: { th: "ประกาศ{agency}", en: "Announcement of {agency}" },
    subject: {
      th: "เรื่อง ช่องทางอิเล็กทรอนิกส์สำหรับการติดต่อกับ{agency}",
      en: "Subject: the electronic channels for contacting {agency}",
    },
    preamble: {
      th: "โดยที่{law} บัญญัติให้หน่วยงานของรัฐประกาศช่องทางอิเล็กทรอนิกส์ที่ประชาชนอาจใช้ในการติดต่อกับหน่วยงานของรัฐ {agency}จึงประกาศช่องทางอิเล็กทรอนิกส์สำหรับการติดต่อกับ{agency} ดังต่อไปนี้",
      en: "Whereas {law} requires every government agency to announce the electronic channels through which the public may contact it, {agency} hereby announces the following electronic channels.",
    },
    none: {
      th: "ขณะนี้{agency}ยังไม่มีช่องทางอิเล็กทรอนิกส์ที่ได้รับการตรวจสอบในทะเบียน",
      en: "{Agency} has no verified electronic channel in the register yet.",
    },
    closing: {
      th: "ช่องทางอื่นที่อ้างว่าเป็นของ{agency} แต่ไม่อยู่ในประกาศนี้ ไม่ใช่ช่องทางทางการ ตรวจสอบข้อความที่น่าสงสัยได้ที่ {checkUrl}",
      en: "A channel that claims to belong to {agency} but is not in this announcement is not official. Check a suspicious message at {checkUrl}.",
    },
    announcedOn: { th: "ประกาศ ณ วันที่ {date}", en: "Announced on {date}" },
    printedOn: {
      th: "ข้อมูลจากทะเบียนช่องทางทางการ ณ {date}",
      en: "From the official channel register as of {date}",
    },
    printHint: {
      th: "พิมพ์หน้านี้ด้วยคำสั่งพิมพ์ของเบราว์เซอร์ (Ctrl+P) ส่วนหัวและเมนูจะไม่ถูกพิมพ์",
      en: "Print this page with your browser's print command (Ctrl+P); the header and menus are left out.",
    },
    download: { th: "ดาวน์โหลดฉบับลงลายมือชื่ออิเล็กทรอนิกส์ (JWS)", en: "Download the signed copy (JWS)" },
    keys: { th: "กุญแจสาธารณะของหน่วยงานสำหรับตรวจสอบ", en: "The agency's public keys, to check it" },
    backToRegister: {
      th: "กลับไปที่ช่องทางทางการของหน่วยงาน",
      en: "Back to the agency's official channels",
    },
  },
  openDataPage: {
    latest: { th: "ดาวน์โหลดฉบับล่าสุด", en: "Download the latest" },
    licence: { th: "สัญญาอนุญาต", en: "Licence" },
    updated: { th: "ปรับปรุงวันละครั้ง", en: "Updated daily" },
    columns: { th: "คอลัมน์", en: "Columns" },
    column: { th: "คอลัมน์", en: "Column" },
    meaning: { th: "ความหมาย", en: "Meaning" },
    snapshots: { th: "ฉบับรายวันย้อนหลัง {days} วัน", en: "Daily snapshots, last {days} days" },
    date: { th: "วันที่", en: "Date" },
    rows: { th: "จำนวนแถว", en: "Rows" },
    files: { th: "ไฟล์", en: "Files" },
    noSnapshot: {
      th: "ยังไม่มีฉบับรายวัน ฉบับแรกจะสร้างเมื่อมีการดาวน์โหลดหรือเมื่อถึงรอบประจำวัน",
      en: "No daily snapshot yet: the first is made on the first download or the daily run.",
    },
    metadata: { th: "คำอธิบายชุดข้อมูล (JSON)", en: "Dataset description (JSON)" },
    csvNote: {
      th: "CSV เข้ารหัส UTF-8 มี BOM เพื่อให้ Excel อ่านภาษาไทยได้ แต่ละไฟล์มี SHA-256 ให้ตรวจสอบ",
      en: "The CSV is UTF-8 with a byte-order mark so spreadsheet programs read the Thai; each file has a SHA-256 to check it by.",
    },
  },
  announcementLink: {
    th: "ประกาศช่องทางอิเล็กทรอนิกส์ของหน่วยงาน (มาตรา 10)",
    en: "The agency's announcement of its electronic channels (section 10)",
  },
});
