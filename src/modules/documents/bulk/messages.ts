import { defineMessages } from "@/core/i18n";

export const csvMessages = defineMessages({
  tooLarge: {
    th: "ไฟล์ใหญ่เกิน 30 MB แบ่งเป็นหลายไฟล์แล้วอัปโหลดทีละไฟล์",
    en: "The file is larger than 30 MB; split it and upload the parts one by one.",
  },
  notUtf8: {
    th: "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 ให้บันทึกเป็น “CSV UTF-8” แล้วอัปโหลดใหม่",
    en: "The file is not UTF-8; save it as “CSV UTF-8” and upload it again.",
  },
  badCsv: {
    th: 'อ่านไฟล์ CSV ไม่ได้ ตรวจเครื่องหมายคำพูด (") ที่เปิดแล้วไม่ได้ปิด',
    en: 'The CSV cannot be read; look for a quote (") that is opened and not closed.',
  },
  empty: {
    th: "ไฟล์ไม่มีข้อมูล ต้องมีแถวหัวตารางและอย่างน้อยหนึ่งแถว",
    en: "The file has no data: it needs a header row and at least one row.",
  },
  tooManyRows: {
    th: "ไฟล์มีแถวมากเกินไป แบ่งเป็นหลายไฟล์",
    en: "The file has too many rows; split it.",
  },
  tooManyItems: {
    th: "ชุดหนึ่งออกเอกสารได้ไม่เกิน 5,000 ฉบับ แบ่งเป็นหลายไฟล์",
    en: "One batch issues at most 5,000 documents; split the file.",
  },
  unknownColumn: {
    th: "ไม่รู้จักคอลัมน์ “{name}” ใช้หัวตารางจากไฟล์ต้นแบบ",
    en: "Unknown column “{name}”; use the template's header.",
  },
  duplicateColumn: {
    th: "คอลัมน์ “{name}” ซ้ำ",
    en: "The column “{name}” appears twice.",
  },
  missingColumn: {
    th: "ไม่มีคอลัมน์ “{name}” ซึ่งจำเป็น",
    en: "The required column “{name}” is missing.",
  },
  studentMismatch: {
    th: "ข้อมูลนักศึกษาไม่ตรงกับแถวที่ {line} ของนักศึกษาคนเดียวกัน (เว้นว่างได้)",
    en: "The student's details differ from line {line} of the same student (leave them empty).",
  },
  notANumber: {
    th: "ต้องเป็นตัวเลข เช่น ปีการศึกษา 2565 ภาคการศึกษา 1 หน่วยกิต 3",
    en: "Must be a number, e.g. academic year 2565, semester 1, credits 3.",
  },
});

export const batchMessages = defineMessages({
  section: { th: "ออกเอกสารเป็นชุด", en: "Bulk issuance" },
  listTitle: { th: "ออกเอกสารเป็นชุด", en: "Bulk issuance" },
  listLead: {
    th: "ออกเอกสารหลายฉบับในครั้งเดียวจากไฟล์ CSV หรือผ่าน API ระบบจะออกเอกสารทีละส่วนและแสดงความคืบหน้าที่นี่",
    en: "Issue many documents at once from a CSV file or through the API. They are issued in parts, with progress shown here.",
  },
  newBatch: { th: "อัปโหลดไฟล์ CSV", en: "Upload a CSV" },
  noBatches: { th: "ยังไม่มีการออกเอกสารเป็นชุด", en: "No batches yet." },
  tableCaption: { th: "ชุดเอกสารล่าสุด", en: "Latest batches" },
  columns: {
    createdAt: { th: "วันที่ส่ง", en: "Sent" },
    documentType: { th: "ประเภทเอกสาร", en: "Document type" },
    source: { th: "ที่มา", en: "Source" },
    progress: { th: "ความคืบหน้า", en: "Progress" },
    status: { th: "สถานะ", en: "Status" },
  },
  sources: {
    api: { th: "API", en: "API" },
    csv: { th: "ไฟล์ {file}", en: "File {file}" },
  },
  statuses: {
    queued: { th: "รอคิว", en: "Queued" },
    running: { th: "กำลังออกเอกสาร", en: "Issuing" },
    done: { th: "เสร็จแล้ว", en: "Done" },
  },
  counts: {
    th: "ออกแล้ว {issued} · ไม่สำเร็จ {failed} · จากทั้งหมด {total}",
    en: "{issued} issued · {failed} failed · of {total}",
  },
  newTitle: { th: "อัปโหลดไฟล์ CSV เพื่อออกเอกสาร", en: "Upload a CSV to issue documents" },
  newLead: {
    th: "เลือกประเภทเอกสาร แล้วอัปโหลดไฟล์ CSV (UTF-8) ระบบจะตรวจทุกแถวก่อน หากมีแถวใดผิดจะไม่ออกเอกสารเลยและบอกแถวและคอลัมน์ที่ต้องแก้",
    en: "Choose the document type and upload a CSV (UTF-8). Every row is checked first: if any is wrong nothing is issued and you are told the line and column to fix.",
  },
  noTypes: {
    th: "หน่วยงานยังไม่มีประเภทเอกสาร ให้ผู้ดูแลกำหนดประเภทเอกสารก่อน",
    en: "The agency has no document types yet; an administrator must define one first.",
  },
  documentTypeLabel: { th: "ประเภทเอกสาร", en: "Document type" },
  fileLabel: { th: "ไฟล์ CSV", en: "CSV file" },
  fileHint: {
    th: "UTF-8 มีหรือไม่มี BOM ก็ได้ ไม่เกิน 30 MB และไม่เกิน 5,000 ฉบับ",
    en: "UTF-8, with or without a BOM; at most 30 MB and 5,000 documents.",
  },
  fileRequired: { th: "กรุณาเลือกไฟล์ CSV", en: "Choose a CSV file." },
  typeRequired: { th: "กรุณาเลือกประเภทเอกสาร", en: "Choose a document type." },
  uploadButton: { th: "ตรวจและออกเอกสาร", en: "Check and issue" },
  problemsHeading: {
    th: "พบปัญหา {count} รายการ ยังไม่ได้ออกเอกสารใด ๆ",
    en: "{count} problems found; nothing was issued.",
  },
  moreProblems: {
    th: "และปัญหาอื่นอีก {count} รายการ",
    en: "and {count} more problems.",
  },
  problemAt: { th: "แถวที่ {line}", en: "Line {line}" },
  problemColumn: { th: "คอลัมน์ {column}", en: "column {column}" },
  problemFile: { th: "ทั้งไฟล์", en: "The file" },
  formatHeading: { th: "รูปแบบไฟล์", en: "File format" },
  formatLead: {
    th: "แถวแรกเป็นหัวตาราง: nationalId (เลขประจำตัวประชาชน เว้นว่างได้ ถ้ามี เอกสารจะแสดงในบัญชีของเจ้าของ) name (ชื่อผู้ถือเอกสาร) แล้วตามด้วยช่องของเอกสารแต่ละประเภท วันที่เขียนแบบ ค.ศ. ปปปป-ดด-วว",
    en: "The first row is the header: nationalId (citizen ID, optional; with it the document shows in the holder's account), name (the holder's name), then the document type's fields. Dates are written YYYY-MM-DD.",
  },
  transcriptFormat: {
    th: "ใบแสดงผลการศึกษา: หนึ่งแถวต่อหนึ่งรายวิชา แถวของนักศึกษาคนเดียวกันใช้ studentId เดียวกัน (หรือเว้นว่างเพื่อต่อจากแถวก่อนหน้า) ข้อมูลนักศึกษากรอกในแถวแรกก็พอ คอลัมน์รายวิชา: academicYear (ปีการศึกษา พ.ศ.) semester (1, 2 หรือ 3 = ภาคฤดูร้อน) courseCode courseNameTh courseNameEn credits grade (A, B+, B, C+, C, D+, D, F, S, U, W, I, P, V)",
    en: "Transcripts: one row per course; the rows of one student share the studentId (or leave it empty to continue the student above), and the student's details need only be on the first row. Course columns: academicYear (Buddhist Era), semester (1, 2 or 3 = summer), courseCode, courseNameTh, courseNameEn, credits, grade (A, B+, B, C+, C, D+, D, F, S, U, W, I, P, V).",
  },
  templateLink: { th: "ไฟล์ต้นแบบ: {title}", en: "Template: {title}" },
  sampleLink: {
    th: "ตัวอย่างไฟล์ใบแสดงผลการศึกษา",
    en: "Sample transcript file",
  },
  batchTitle: { th: "ชุดเอกสาร {type}", en: "Batch: {type}" },
  refreshing: {
    th: "หน้านี้จะโหลดใหม่เองทุก {seconds} วินาทีจนกว่าจะเสร็จ",
    en: "This page reloads itself every {seconds} seconds until the batch is done.",
  },
  stopRefreshing: { th: "หยุดโหลดใหม่อัตโนมัติ", en: "Stop reloading" },
  refreshNow: { th: "โหลดใหม่ตอนนี้", en: "Reload now" },
  progressLabel: { th: "ความคืบหน้าการออกเอกสาร", en: "Issuing progress" },
  doneAll: { th: "ออกเอกสารครบทุกฉบับแล้ว", en: "Every document has been issued." },
  doneWithFailures: {
    th: "เสร็จแล้ว มี {failed} แถวที่ออกเอกสารไม่สำเร็จ แก้ไขแล้วส่งเฉพาะแถวเหล่านั้นอีกครั้ง",
    en: "Done; {failed} rows could not be issued. Fix them and send only those rows again.",
  },
  errorsCaption: { th: "แถวที่ออกเอกสารไม่สำเร็จ", en: "Rows not issued" },
  errorColumns: {
    row: { th: "แถว", en: "Row" },
    holder: { th: "ผู้ถือเอกสาร", en: "Holder" },
    field: { th: "ช่อง", en: "Field" },
    problem: { th: "ปัญหา", en: "Problem" },
  },
  backToList: { th: "กลับไปหน้ารายการชุดเอกสาร", en: "Back to the batches" },
});
