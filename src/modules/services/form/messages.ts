import { defineMessages } from "@/core/i18n";

/** What the form engine says to people: problems with answers, and the words on its controls. */
export const formMessages = defineMessages({
  problems: {
    requiredEnter: { th: "โปรดกรอก “{label}”", en: "Enter “{label}”" },
    requiredChoose: { th: "โปรดเลือก “{label}”", en: "Choose “{label}”" },
    requiredAttach: { th: "โปรดแนบไฟล์ “{label}”", en: "Attach “{label}”" },
    requiredPart: { th: "โปรดกรอก{part}ของ “{label}”", en: "Enter the {part} of “{label}”" },
    invalidType: {
      th: "คำตอบของ “{label}” ไม่อยู่ในรูปแบบที่ถูกต้อง",
      en: "The answer to “{label}” is not of the right kind",
    },
    tooLong: {
      th: "“{label}” ต้องยาวไม่เกิน {max} ตัวอักษร",
      en: "“{label}” must be {max} characters or fewer",
    },
    pattern: {
      th: "“{label}” ไม่ตรงตามรูปแบบที่กำหนด",
      en: "“{label}” is not in the expected format",
    },
    notANumber: { th: "“{label}” ต้องเป็นตัวเลข", en: "“{label}” must be a number" },
    notAnInteger: { th: "“{label}” ต้องเป็นจำนวนเต็ม", en: "“{label}” must be a whole number" },
    tooSmall: { th: "“{label}” ต้องไม่น้อยกว่า {min}", en: "“{label}” must be {min} or more" },
    tooLarge: { th: "“{label}” ต้องไม่เกิน {max}", en: "“{label}” must be {max} or less" },
    invalidDate: {
      th: "“{label}” ต้องเป็นวันที่ที่มีอยู่จริง",
      en: "“{label}” must be a real date",
    },
    dateTooEarly: {
      th: "“{label}” ต้องเป็นวันที่ {min} หรือหลังจากนั้น",
      en: "“{label}” must be on or after {min}",
    },
    dateTooLate: {
      th: "“{label}” ต้องเป็นวันที่ {max} หรือก่อนหน้านั้น",
      en: "“{label}” must be on or before {max}",
    },
    invalidOption: {
      th: "โปรดเลือก “{label}” จากตัวเลือกที่มีให้",
      en: "Choose “{label}” from the options given",
    },
    tooFewSelected: {
      th: "โปรดเลือก “{label}” อย่างน้อย {min} ข้อ",
      en: "Choose at least {min} for “{label}”",
    },
    tooManySelected: {
      th: "เลือก “{label}” ได้ไม่เกิน {max} ข้อ",
      en: "Choose at most {max} for “{label}”",
    },
    invalidCitizenId: {
      th: "“{label}” ต้องเป็นเลขประจำตัวประชาชน 13 หลักที่ถูกต้อง",
      en: "“{label}” must be a valid 13-digit Thai citizen ID",
    },
    invalidJuristicId: {
      th: "“{label}” ต้องเป็นเลขทะเบียนนิติบุคคล 13 หลักที่ถูกต้อง",
      en: "“{label}” must be a valid 13-digit juristic person ID",
    },
    invalidPassport: {
      th: "“{label}” ต้องเป็นเลขหนังสือเดินทาง ตัวอักษรภาษาอังกฤษและตัวเลข 6 ถึง 12 ตัว",
      en: "“{label}” must be a passport number of 6 to 12 letters and digits",
    },
    invalidPhone: {
      th: "“{label}” ต้องเป็นหมายเลขโทรศัพท์ในประเทศไทย เช่น 081 234 5678",
      en: "“{label}” must be a Thai phone number, like 081 234 5678",
    },
    invalidEmail: {
      th: "“{label}” ต้องเป็นอีเมล เช่น name@example.com",
      en: "“{label}” must be an email address, like name@example.com",
    },
    unknownProvince: {
      th: "โปรดเลือกจังหวัดของ “{label}” จากรายการ",
      en: "Choose the province of “{label}” from the list",
    },
    provinceNotAllowed: {
      th: "“{label}” ต้องอยู่ใน{provinces}",
      en: "“{label}” must be in {provinces}",
    },
    unknownDistrict: {
      th: "โปรดเลือกอำเภอ/เขตของ “{label}” จากรายการของจังหวัดที่เลือก",
      en: "Choose the district of “{label}” from the chosen province's list",
    },
    unknownSubdistrict: {
      th: "โปรดเลือกตำบล/แขวงของ “{label}” จากรายการของอำเภอ/เขตที่เลือก",
      en: "Choose the subdistrict of “{label}” from the chosen district's list",
    },
    postcodeMismatch: {
      th: "รหัสไปรษณีย์ของ “{label}” ไม่ตรงกับตำบล/แขวงที่เลือก (ใช้ {postcodes})",
      en: "The postcode of “{label}” does not match the chosen subdistrict (use {postcodes})",
    },
    invalidPostcode: {
      th: "รหัสไปรษณีย์ของ “{label}” ต้องเป็นตัวเลข 5 หลัก",
      en: "The postcode of “{label}” must be 5 digits",
    },
    unknownAttachment: {
      th: "ไม่พบไฟล์ที่แนบไว้สำหรับ “{label}” โปรดแนบใหม่",
      en: "A file attached to “{label}” was not found; attach it again",
    },
    fileTypeNotAllowed: {
      th: "“{label}”: ไฟล์ “{filename}” เป็นชนิดที่ไม่รับ รับเฉพาะ {types}",
      en: "“{label}”: the file “{filename}” is not an accepted type; accepted: {types}",
    },
    storedFileTypeNotAllowed: {
      th: "“{label}”: มีไฟล์ชนิดที่ไม่รับ รับเฉพาะ {types}",
      en: "“{label}”: a file is not an accepted type; accepted: {types}",
    },
    fileTooLarge: {
      th: "“{label}”: ไฟล์ “{filename}” ใหญ่เกินไป ขนาดสูงสุด {limit}",
      en: "“{label}”: the file “{filename}” is too large; the limit is {limit}",
    },
    storedFileTooLarge: {
      th: "“{label}”: ไฟล์ใหญ่เกินไป ขนาดสูงสุด {limit}",
      en: "“{label}”: a file is too large; the limit is {limit}",
    },
    notAFileQuestion: {
      th: "คำถามนี้ไม่รับไฟล์แนบ",
      en: "This question does not take files",
    },
    fileEmpty: {
      th: "“{label}”: ไฟล์ “{filename}” ว่างเปล่า",
      en: "“{label}”: the file “{filename}” is empty",
    },
    tooManyFiles: {
      th: "“{label}” แนบได้ไม่เกิน {max} ไฟล์",
      en: "Attach at most {max} files to “{label}”",
    },
    tooFewRows: {
      th: "“{label}” ต้องมีอย่างน้อย {min} รายการ",
      en: "“{label}” needs at least {min} rows",
    },
    tooManyRows: {
      th: "“{label}” มีได้ไม่เกิน {max} รายการ",
      en: "“{label}” can have at most {max} rows",
    },
    rowLabel: { th: "{item} รายการที่ {number} – {label}", en: "{item} {number}: {label}" },
    declarationRequired: {
      th: "โปรดทำเครื่องหมายเพื่อยืนยันคำรับรอง",
      en: "Tick the box to confirm the declaration",
    },
  },
  addressParts: {
    line: { th: "บ้านเลขที่ หมู่ที่ ซอย ถนน", en: "House number, village, lane and road" },
    provinceCode: { th: "จังหวัด", en: "Province" },
    districtCode: { th: "อำเภอ/เขต", en: "District" },
    subdistrictCode: { th: "ตำบล/แขวง", en: "Subdistrict" },
    postcode: { th: "รหัสไปรษณีย์", en: "Postcode" },
  },
  addressPartsInSentence: {
    line: { th: "บ้านเลขที่และถนน", en: "house number and road" },
    provinceCode: { th: "จังหวัด", en: "province" },
    districtCode: { th: "อำเภอ/เขต", en: "district" },
    subdistrictCode: { th: "ตำบล/แขวง", en: "subdistrict" },
    postcode: { th: "รหัสไปรษณีย์", en: "postcode" },
  },
  controls: {
    optional: { th: "(ไม่บังคับ)", en: "(optional)" },
    choose: { th: "เลือก", en: "Choose" },
    continue: { th: "ดำเนินการต่อ", en: "Continue" },
    chooseProvinceFirst: { th: "เลือกจังหวัดก่อน", en: "Choose a province first" },
    chooseDistrictFirst: { th: "เลือกอำเภอ/เขตก่อน", en: "Choose a district first" },
    showDistricts: { th: "แสดงอำเภอ/เขต", en: "Show districts" },
    showSubdistricts: { th: "แสดงตำบล/แขวงและรหัสไปรษณีย์", en: "Show subdistricts and postcode" },
    postcodeHint: {
      th: "กรอกให้เองเมื่อเลือกตำบล/แขวง",
      en: "Filled in when you choose the subdistrict",
    },
    yes: { th: "ใช่", en: "Yes" },
    no: { th: "ไม่ใช่", en: "No" },
    day: { th: "วันที่", en: "Day" },
    month: { th: "เดือน", en: "Month" },
    year: { th: "ปี (พ.ศ.)", en: "Year" },
    dateHint: { th: "เช่น 5 มีนาคม 2510", en: "For example, 5 March 1967" },
    fileLimits: {
      th: "รับไฟล์ {types} ขนาดไม่เกิน {limit} ต่อไฟล์",
      en: "{types}, up to {limit} each",
    },
    fileCount: { th: "แนบได้สูงสุด {max} ไฟล์", en: "Up to {max} files" },
    filesAttached: { th: "ไฟล์ที่แนบแล้ว", en: "Files attached" },
    removeFile: { th: "ลบไฟล์ {name}", en: "Remove {name}" },
    addRow: { th: "เพิ่ม{item}", en: "Add {item}" },
    removeRow: { th: "ลบ{item} รายการที่ {number}", en: "Remove {item} {number}" },
    rowHeading: { th: "{item} รายการที่ {number}", en: "{item} {number}" },
    rowCount: { th: "{count} รายการ (สูงสุด {max})", en: "{count} rows (at most {max})" },
    onlyIf: { th: "ตอบเฉพาะกรณีที่ {condition}", en: "Answer only if {condition}" },
    requiredIf: { th: "จำเป็นต้องตอบเมื่อ {condition}", en: "Required if {condition}" },
  },
  conditions: {
    equals: { th: "“{label}” คือ “{value}”", en: "“{label}” is “{value}”" },
    notEquals: { th: "“{label}” ไม่ใช่ “{value}”", en: "“{label}” is not “{value}”" },
    in: { th: "“{label}” เป็น {values}", en: "“{label}” is {values}" },
    includes: { th: "เลือก “{value}” ใน “{label}”", en: "“{value}” is chosen in “{label}”" },
    answered: { th: "ตอบ “{label}” แล้ว", en: "“{label}” is answered" },
    notAnswered: { th: "ยังไม่ได้ตอบ “{label}”", en: "“{label}” is not answered" },
    and: { th: " และ ", en: " and " },
    or: { th: " หรือ ", en: " or " },
    not: { th: "ไม่ใช่กรณีที่ {condition}", en: "it is not the case that {condition}" },
  },
  summary: {
    declaration: { th: "คำรับรอง", en: "Declaration" },
    notAnswered: { th: "ไม่ได้ตอบ", en: "Not answered" },
    confirmed: { th: "ยืนยันแล้ว", en: "Confirmed" },
    notConfirmed: { th: "ยังไม่ได้ยืนยัน", en: "Not confirmed" },
    noRows: { th: "ไม่มีรายการ", en: "None" },
  },
  preview: {
    caption: { th: "ตัวอย่างแบบฟอร์ม", en: "Form preview" },
    notice: {
      th: "นี่คือตัวอย่างแบบฟอร์มที่ผู้ยื่นคำขอจะเห็น ส่งข้อมูลจากหน้านี้ไม่ได้",
      en: "This is the form as applicants will see it. Nothing can be sent from here.",
    },
    pageNumber: { th: "หน้า {number} จาก {total}", en: "Page {number} of {total}" },
    noForm: {
      th: "บริการนี้ไม่มีแบบฟอร์มออนไลน์ ยื่นคำขอได้ที่สำนักงาน",
      en: "This service has no online form; apply at the office.",
    },
  },
  sizes: {
    megabytes: { th: "{size} MB", en: "{size} MB" },
    kilobytes: { th: "{size} KB", en: "{size} KB" },
  },
});
