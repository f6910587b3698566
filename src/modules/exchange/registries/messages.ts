import { defineMessages } from "@/core/i18n";

/** What the registry API says to providers, in Thai and English. */
export const registryMessages = defineMessages({
  field: {
    unknown: {
      th: "ไม่มีช่อง {key} ในโครงสร้างทะเบียนนี้",
      en: "The registry's record schema has no field {key}",
    },
    emptyRecord: {
      th: "ระเบียนต้องมีข้อมูลอย่างน้อยหนึ่งช่อง",
      en: "A record needs at least one field",
    },
    expected: {
      text: {
        th: "ช่อง {key} ต้องเป็นข้อความไม่เกิน 2,000 ตัวอักษร",
        en: "{key} must be text of at most 2,000 characters",
      },
      date: {
        th: "ช่อง {key} ต้องเป็นวันที่แบบ ค.ศ. ในรูป ปปปป-ดด-วว เช่น 1963-03-14",
        en: "{key} must be a date as YYYY-MM-DD (Gregorian), e.g. 1963-03-14",
      },
      number: { th: "ช่อง {key} ต้องเป็นตัวเลข", en: "{key} must be a number" },
      boolean: {
        th: "ช่อง {key} ต้องเป็นค่าจริงหรือเท็จ (true หรือ false)",
        en: "{key} must be true or false",
      },
      address: {
        th: "ช่อง {key} ต้องเป็นที่อยู่ที่มี line, provinceCode, districtCode, subdistrictCode และ postcode",
        en: "{key} must be an address with line, provinceCode, districtCode, subdistrictCode and postcode",
      },
      list: {
        th: "ช่อง {key} ต้องเป็นรายการ (ไม่เกิน 500 รายการ) ของข้อความ ตัวเลข หรือชุดข้อมูลแบบไม่ซ้อนกัน",
        en: "{key} must be a list (at most 500 items) of text, numbers or flat objects",
      },
    },
    address: {
      unknownProvince: {
        th: "ช่อง {key}: ไม่มีจังหวัดรหัส {code}",
        en: "{key}: there is no province with code {code}",
      },
      unknownDistrict: {
        th: "ช่อง {key}: อำเภอรหัส {code} ไม่อยู่ในจังหวัดที่ระบุ",
        en: "{key}: district {code} is not in the province given",
      },
      unknownSubdistrict: {
        th: "ช่อง {key}: ตำบลรหัส {code} ไม่อยู่ในอำเภอที่ระบุ",
        en: "{key}: subdistrict {code} is not in the district given",
      },
      wrongPostcode: {
        th: "ช่อง {key}: รหัสไปรษณีย์ {code} ไม่ใช่ของตำบลที่ระบุ",
        en: "{key}: postcode {code} does not belong to the subdistrict given",
      },
    },
  },
  subject: {
    citizen_id: {
      th: "เลขประจำตัวประชาชนไม่ถูกต้อง (13 หลัก ขึ้นต้นด้วย 1-8 และเลขตรวจสอบหลักสุดท้ายต้องถูกต้อง)",
      en: "The citizen ID is not valid (13 digits, starting 1-8, with a correct check digit)",
    },
    juristic_id: {
      th: "เลขทะเบียนนิติบุคคลไม่ถูกต้อง (13 หลัก ขึ้นต้นด้วย 0 และเลขตรวจสอบหลักสุดท้ายต้องถูกต้อง)",
      en: "The juristic person ID is not valid (13 digits, starting with 0, with a correct check digit)",
    },
  },
  csv: {
    at: {
      th: "บรรทัด {line} คอลัมน์ {column}: {problem}",
      en: "Line {line}, column {column}: {problem}",
    },
    atLine: { th: "บรรทัด {line}: {problem}", en: "Line {line}: {problem}" },
    tooLarge: {
      th: "ไฟล์ใหญ่เกิน 20 MB กรุณาแบ่งเป็นหลายไฟล์",
      en: "The file is larger than 20 MB; split it into several files",
    },
    notUtf8: {
      th: "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 กรุณาบันทึกเป็น CSV UTF-8",
      en: "The file is not UTF-8; save it as CSV UTF-8",
    },
    badCsv: {
      th: "อ่านไฟล์ CSV ไม่ได้ (อาจมีเครื่องหมายคำพูดที่ไม่ปิด)",
      en: "The CSV cannot be read (perhaps a quote that is never closed)",
    },
    empty: {
      th: "ไฟล์ไม่มีข้อมูล ต้องมีแถวหัวตารางและอย่างน้อยหนึ่งแถว",
      en: "The file is empty: it needs a header row and at least one record",
    },
    tooManyRows: {
      th: "ไฟล์มีเกิน 100,000 แถว กรุณาแบ่งเป็นหลายไฟล์",
      en: "The file has more than 100,000 rows; split it into several files",
    },
    unknownColumn: {
      th: "ไม่รู้จักคอลัมน์ {name} (คอลัมน์ที่ใช้ได้: subject_id และช่องในโครงสร้างทะเบียน)",
      en: "Unknown column {name} (use subject_id and the keys of the record schema)",
    },
    duplicateColumn: { th: "คอลัมน์ {name} ซ้ำ", en: "Column {name} appears twice" },
    missingSubjectColumn: {
      th: "ไม่มีคอลัมน์ subject_id",
      en: "The subject_id column is missing",
    },
    duplicateSubject: {
      th: "ผู้ถูกระบุตัวตนนี้มีแล้วในบรรทัด {line}",
      en: "This subject is already on line {line}",
    },
  },
  definition: {
    duplicateKey: {
      th: "ช่อง {key} ซ้ำในโครงสร้างทะเบียน",
      en: "The record schema lists {key} twice",
    },
    externalNeedsSettings: {
      th: "ทะเบียนภายนอกต้องระบุ external (url และ secret) และทะเบียนที่เก็บใน Pratu ต้องไม่ระบุ",
      en: "An external registry needs external (url and secret); a hosted one must not have it",
    },
    externalNeedsSecret: {
      th: "ทะเบียนภายนอกต้องระบุ secret สำหรับเรียกระบบของหน่วยงาน",
      en: "An external registry needs the secret its system expects",
    },
    fieldInUse: {
      th: "นำช่อง {key} ออกไม่ได้ เพราะบริการข้อมูล {services} ยังใช้อยู่",
      en: "{key} cannot be removed: data service {services} still returns it",
    },
    subjectKindFixed: {
      th: "เปลี่ยนชนิดเลขประจำตัวของทะเบียนที่มีระเบียนแล้วไม่ได้",
      en: "The subject kind of a registry that has records cannot change",
    },
    kindFixed: {
      th: "เปลี่ยนทะเบียนที่มีระเบียนเป็นทะเบียนภายนอกไม่ได้ ลบระเบียนก่อน",
      en: "A registry with records cannot become external; delete its records first",
    },
  },
  dataService: {
    unknownField: {
      th: "ไม่มีช่อง {key} ในโครงสร้างของทะเบียน",
      en: "The registry's record schema has no field {key}",
    },
  },
});
