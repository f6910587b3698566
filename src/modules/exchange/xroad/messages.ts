import { defineMessages } from "@/core/i18n";

export const xroadMessages = defineMessages({
  badRequest: {
    th: "คำขอไม่เป็นไปตามโปรโตคอล X-Road สำหรับ REST (r1): ใช้ GET /r1/{instance}/GOV/{หน่วยงาน}/{ทะเบียน}/{บริการ}/{เลขประจำตัว}",
    en: "The request does not follow the X-Road Message Protocol for REST (r1): use GET /r1/{instance}/GOV/{member}/{subsystem}/{service}/{subject id}.",
  },
  missingClient: {
    th: "ต้องระบุส่วนหัว X-Road-Client ว่าผู้ขอข้อมูลคือหน่วยงานใด (INSTANCE/GOV/หน่วยงาน/ระบบย่อย)",
    en: "The X-Road-Client header is required: name the consumer as INSTANCE/GOV/MEMBER/SUBSYSTEM.",
  },
  missingPurpose: {
    th: "ต้องระบุส่วนหัว X-Road-Purpose ว่าขอข้อมูลเพื่อวัตถุประสงค์ใด",
    en: "The X-Road-Purpose header is required: name the purpose the data is asked for.",
  },
  invalidClient: {
    th: "ส่วนหัว X-Road-Client ไม่ถูกต้อง: ต้องเป็น INSTANCE/GOV/รหัสหน่วยงาน[/ระบบย่อย] ของระบบนี้",
    en: "The X-Road-Client header is not valid: it must be INSTANCE/GOV/MEMBER[/SUBSYSTEM] of this instance.",
  },
  invalidHeader: {
    th: "ส่วนหัว {header} ไม่ถูกต้อง",
    en: "The {header} header is not valid.",
  },
  invalidQuery: {
    th: "พารามิเตอร์ในคำขอไม่ถูกต้อง: ใช้ได้เฉพาะ fields=ชื่อช่อง,ชื่อช่อง ครั้งเดียว",
    en: "The query is not valid: only fields=name,name is accepted, once.",
  },
  invalidMethod: {
    th: "บริการข้อมูลรับเฉพาะคำขอแบบ GET",
    en: "Data services answer GET requests only.",
  },
  unauthenticated: {
    th: "ต้องยืนยันตัวตนด้วยกุญแจ API ของหน่วยงานผู้ขอข้อมูล (Authorization: Bearer)",
    en: "Authenticate with the consumer agency's API key (Authorization: Bearer).",
  },
  notYourClient: {
    th: "กุญแจ API นี้ไม่ใช่ของหน่วยงานที่ระบุใน X-Road-Client",
    en: "This API key does not belong to the member named in X-Road-Client.",
  },
  missingScope: {
    th: "กุญแจ API นี้ไม่มีสิทธิ์ exchange:query สำหรับขอข้อมูลผ่านการแลกเปลี่ยนข้อมูล",
    en: "This API key lacks the exchange:query scope needed to query data services.",
  },
  unknownService: {
    th: "ไม่พบบริการข้อมูลนี้",
    en: "No such data service.",
  },
  unknownMember: {
    th: "ไม่พบหน่วยงานหรือระบบย่อยนี้ในระบบแลกเปลี่ยนข้อมูล",
    en: "No such member or subsystem in this exchange.",
  },
  internal: {
    th: "ระบบแลกเปลี่ยนข้อมูลขัดข้อง ไม่ได้ส่งข้อมูลใด ๆ ออกไป โปรดลองอีกครั้งภายหลัง",
    en: "The exchange failed; no data was served. Try again later.",
  },
  busy: {
    th: "มีการเรียกข้อมูลพร้อมกันมากเกินกว่าที่รับได้ในขณะนี้ ส่งใหม่หลังเวลาที่ระบุใน Retry-After พร้อมส่วนหัว Queue-Ticket เพื่อรักษาลำดับ",
    en: "More exchange calls are running than can be served now. Send again after Retry-After, with the Queue-Ticket header to keep your place.",
  },
});
