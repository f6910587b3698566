import type { DevPerson } from "@/core/auth/dev-identity-provider";

/**
 * People the built-in development identity provider lets anyone sign in as.
 * Their citizen IDs have valid check digits (digits 2-5 name the province and
 * district of registration) but belong to no one.
 */
export const demoCitizens: readonly DevPerson[] = [
  {
    citizenId: "1101700234568",
    givenNameTh: "สมชาย",
    familyNameTh: "ใจดี",
    givenNameEn: "Somchai",
    familyNameEn: "Jaidee",
    email: "somchai.jaidee@example.com",
    descriptionTh: "อาศัยอยู่กรุงเทพมหานคร",
    descriptionEn: "Lives in Bangkok",
  },
  {
    citizenId: "1500600219341",
    givenNameTh: "นภัสสร",
    familyNameTh: "วงศ์ทอง",
    givenNameEn: "Napatsorn",
    familyNameEn: "Wongthong",
    email: "napatsorn.w@example.com",
    descriptionTh: "เจ้าของร้านกาแฟ จังหวัดเชียงใหม่",
    descriptionEn: "Runs a coffee shop in Chiang Mai",
  },
  {
    citizenId: "3100500141782",
    givenNameTh: "ประยูร",
    familyNameTh: "บุญมา",
    givenNameEn: "Prayoon",
    familyNameEn: "Boonma",
    email: "prayoon.boonma@example.com",
    descriptionTh: "ผู้สูงอายุ ได้รับเบี้ยยังชีพ",
    descriptionEn: "Retired, receives the elderly allowance",
  },
  {
    citizenId: "1400100315725",
    givenNameTh: "อารีรัตน์",
    familyNameTh: "แก้วมณี",
    givenNameEn: "Areerat",
    familyNameEn: "Kaewmanee",
    email: "areerat.k@example.com",
    descriptionTh: "นักศึกษามหาวิทยาลัย จังหวัดขอนแก่น",
    descriptionEn: "University student in Khon Kaen",
  },
  {
    citizenId: "8500100077651",
    givenNameTh: "ฮิโรชิ",
    familyNameTh: "ทานากะ",
    givenNameEn: "Hiroshi",
    familyNameEn: "Tanaka",
    email: "hiroshi.tanaka@example.com",
    descriptionTh: "ชาวต่างชาติที่มีถิ่นที่อยู่ถาวร จังหวัดเชียงใหม่",
    descriptionEn: "Foreign permanent resident in Chiang Mai",
  },
];

/** The demo people's names for the start banner. */
export function describeDemoCitizens(): string {
  return demoCitizens.map((person) => `${person.givenNameEn} ${person.familyNameEn}`).join(", ");
}
