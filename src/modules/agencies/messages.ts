import { defineMessages } from "@/core/i18n";

import type { AgencyKind } from "./schema";

export const agencyMessages = defineMessages({
  directoryTitle: { th: "หน่วยงานภาครัฐ", en: "Government agencies" },
  directoryLead: {
    th: "หน่วยงานที่ให้บริการผ่านประตู ตั้งแต่กระทรวงจนถึงองค์กรปกครองส่วนท้องถิ่น",
    en: "Agencies serving people through Pratu, from ministries to local administrative organisations.",
  },
  searchLabel: { th: "ค้นหาหน่วยงาน", en: "Search agencies" },
  searchHint: { th: "ชื่อภาษาไทยหรืออังกฤษ หรือรหัสหน่วยงาน", en: "Thai or English name, or agency code" },
  searchButton: { th: "ค้นหา", en: "Search" },
  resultCount: { th: "พบ {count} หน่วยงาน", en: "{count} agencies found" },
  resultCountOne: { th: "พบ 1 หน่วยงาน", en: "1 agency found" },
  noResults: {
    th: "ไม่พบหน่วยงานที่ตรงกับคำค้น ลองใช้คำที่สั้นลง",
    en: "No agency matches. Try a shorter search.",
  },
  code: { th: "รหัสหน่วยงาน", en: "Agency code" },
  kind: { th: "ประเภท", en: "Type" },
  parent: { th: "สังกัด", en: "Part of" },
  province: { th: "จังหวัด", en: "Province" },
  website: { th: "เว็บไซต์", en: "Website" },
  subAgencies: { th: "หน่วยงานในสังกัด", en: "Agencies under it" },
  notFound: { th: "ไม่พบหน่วยงานรหัส {code}", en: "There is no agency with code {code}" },
  kinds: {
    central_operator: { th: "ผู้ดูแลระบบกลาง", en: "Central operator" },
    ministry: { th: "กระทรวง", en: "Ministry" },
    department: { th: "กรม", en: "Department" },
    provincial_office: { th: "ราชการส่วนภูมิภาค (จังหวัด)", en: "Provincial office" },
    district_office: { th: "ราชการส่วนภูมิภาค (อำเภอ)", en: "District office" },
    state_enterprise: { th: "รัฐวิสาหกิจ", en: "State enterprise" },
    public_organisation: { th: "องค์การมหาชน", en: "Public organisation" },
    university: { th: "มหาวิทยาลัย", en: "University" },
    provincial_administrative_organisation: {
      th: "องค์การบริหารส่วนจังหวัด (อบจ.)",
      en: "Provincial Administrative Organisation",
    },
    municipality: { th: "เทศบาล", en: "Municipality" },
    subdistrict_administrative_organisation: {
      th: "องค์การบริหารส่วนตำบล (อบต.)",
      en: "Subdistrict Administrative Organisation",
    },
  } satisfies Record<AgencyKind, { th: string; en: string }>,
});
