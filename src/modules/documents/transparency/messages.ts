import { defineMessages } from "@/core/i18n";

export const transparencyMessages = defineMessages({
  problems: {
    hashInvalid: {
      th: "ค่าแฮชต้องเป็น SHA-256 แบบเลขฐานสิบหก 64 ตัว (0-9, a-f)",
      en: "The hash must be a SHA-256 in hex: 64 characters 0-9, a-f.",
    },
    leafIndexInvalid: {
      th: "ลำดับรายการต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป",
      en: "The leaf index must be a whole number from 0.",
    },
    hashOrLeafIndex: {
      th: "ระบุค่าแฮชของเอกสาร (hash) หรือลำดับรายการ (leafIndex) อย่างใดอย่างหนึ่ง",
      en: "Give either the document's hash (hash) or the leaf index (leafIndex), not both.",
    },
    sizeInvalid: {
      th: "ขนาดของบันทึกต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป",
      en: "A tree size must be a whole number from 0.",
    },
    treeSizeTooSmall: {
      th: "ขนาดของบันทึกต้องมีอย่างน้อย 1 รายการ",
      en: "The tree size must be at least 1.",
    },
    sizeBeyondLog: {
      th: "ขนาดที่ขอใหญ่กว่าบันทึกในขณะนี้ ({size} รายการ)",
      en: "The size asked for is larger than the log is now ({size} entries).",
    },
    leafBeyondTree: {
      th: "รายการนี้ถูกบันทึกหลังจากที่บันทึกมีขนาด {size} รายการ จึงยังไม่อยู่ในต้นไม้ขนาดนั้น",
      en: "This entry was logged after the log had {size} entries, so it is not in a tree of that size.",
    },
    firstAfterSecond: {
      th: "ขนาดแรก (first) ต้องไม่มากกว่าขนาดที่สอง (second)",
      en: "The first size must not be larger than the second.",
    },
    startAfterEnd: {
      th: "จุดเริ่มต้น (start) ต้องไม่มากกว่าจุดสิ้นสุด (end)",
      en: "The start must not be after the end.",
    },
    startBeyondLog: {
      th: "จุดเริ่มต้นเกินจำนวนรายการในบันทึก ({size} รายการ)",
      en: "The start is past the last entry of the log ({size} entries).",
    },
    notInLog: {
      th: "ไม่พบเอกสารที่มีค่าแฮชนี้ในบันทึกความโปร่งใสของหน่วยงานนี้",
      en: "No document with this hash is in this agency's transparency log.",
    },
    leafNotFound: {
      th: "ไม่มีรายการลำดับนี้ในบันทึก",
      en: "The log has no entry at this index.",
    },
  },
});
