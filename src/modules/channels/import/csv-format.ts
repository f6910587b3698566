import type { Message } from "@/core/i18n";
import type { AgencyKind } from "@/modules/agencies";

import type { ChannelKind, ChannelStatus } from "../schema";
import type { ImportProblemCode } from "./messages";

/**
 * The columns of an import file, in the order the sample file uses. Only the
 * header names matter: columns may come in any order, and optional ones may
 * be left out. docs/channel-register-import.md describes each for operators.
 */
export const importColumns = [
  {
    name: "agency_code",
    isRequired: true,
    description: {
      th: "รหัสหน่วยงาน (ตัวอักษรอังกฤษ ตัวเลข ขีด) เช่น DOPA",
      en: "Agency code (letters, digits, hyphens), e.g. DOPA",
    },
  },
  {
    name: "parent_code",
    isRequired: false,
    description: { th: "รหัสหน่วยงานต้นสังกัด", en: "Code of the agency it belongs to" },
  },
  {
    name: "agency_kind",
    isRequired: true,
    description: {
      th: "ประเภทหน่วยงาน เช่น department หรือ กรม",
      en: "Kind of agency, e.g. department (or its Thai name)",
    },
  },
  { name: "name_th", isRequired: true, description: { th: "ชื่อภาษาไทย", en: "Thai name" } },
  { name: "name_en", isRequired: true, description: { th: "ชื่อภาษาอังกฤษ", en: "English name" } },
  {
    name: "short_name_th",
    isRequired: false,
    description: { th: "ชื่อย่อภาษาไทย เช่น ปค.", en: "Thai short name" },
  },
  {
    name: "short_name_en",
    isRequired: false,
    description: { th: "ชื่อย่อภาษาอังกฤษ", en: "English short name" },
  },
  { name: "province_th", isRequired: false, description: { th: "จังหวัด", en: "Province (Thai)" } },
  {
    name: "website",
    isRequired: false,
    description: { th: "เว็บไซต์หลัก (https://...)", en: "Main website (https://...)" },
  },
  {
    name: "channel_kind",
    isRequired: false,
    description: {
      th: "ประเภทช่องทาง เช่น website, email_domain, line_oa, phone (เว้นว่างได้ถ้าแถวนี้เป็นข้อมูลหน่วยงานอย่างเดียว)",
      en: "Kind of channel, e.g. website, email_domain, line_oa, phone (empty on a row for the agency only)",
    },
  },
  {
    name: "channel_value",
    isRequired: false,
    description: {
      th: "ช่องทาง เช่น www.dopa.go.th, @dopa_news, 1548",
      en: "The channel, e.g. www.dopa.go.th, @dopa_news, 1548",
    },
  },
  {
    name: "channel_status",
    isRequired: false,
    description: {
      th: "verified (ค่าเริ่มต้น), pending, suspended หรือ retired",
      en: "verified (the default), pending, suspended or retired",
    },
  },
  {
    name: "channel_owner",
    isRequired: false,
    description: {
      th: "หน่วยงานย่อยที่รับผิดชอบช่องทาง เช่น กองสารนิเทศ",
      en: "The unit that answers for the channel",
    },
  },
  {
    name: "last_verified",
    isRequired: false,
    description: {
      th: "วันที่ตรวจสอบล่าสุด ปปปป-ดด-วว (ค.ศ.)",
      en: "Date last verified, YYYY-MM-DD",
    },
  },
] as const satisfies readonly { name: string; isRequired: boolean; description: Message }[];

export type ImportColumn = (typeof importColumns)[number]["name"];

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;

export interface ImportProblem {
  /** The file line where the row starts (the header is line 1); null for the file as a whole. */
  line: number | null;
  column: ImportColumn | null;
  code: ImportProblemCode;
  params?: Readonly<Record<string, string | number>>;
}

/** What one row says about its agency; null is an empty cell, which keeps what is stored. */
export interface AgencyCells {
  parentCode: string | null;
  kind: AgencyKind | null;
  nameTh: string | null;
  nameEn: string | null;
  shortNameTh: string | null;
  shortNameEn: string | null;
  provinceTh: string | null;
  website: string | null;
}

export interface ChannelCells {
  kind: ChannelKind;
  value: string;
  displayValue: string;
  status: ChannelStatus;
  owner: string | null;
  lastVerifiedAt: Date | null;
}

/**
 * One data row of the file with a readable agency code. A cell with a
 * problem reads as empty, and the row's channel as none when it has one.
 */
export interface ImportRow {
  line: number;
  code: string;
  agency: AgencyCells;
  channel: ChannelCells | null;
  hasProblems: boolean;
}
