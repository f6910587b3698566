import { sha256Hex } from "@/core/crypto/tokens";
import { type Database, transaction } from "@/core/db/database";
import { bangkokTimeZone, type Message } from "@/core/i18n";
import { defineJobHandler } from "@/core/jobs";

import {
  deleteSnapshotsBefore,
  hasSnapshotsFor,
  insertSnapshot,
  type OpenDataRow,
  selectOpenDataRows,
  type SnapshotFormat,
} from "./open-data-repo";

/** Dated snapshots are kept this many days; the latest is always served. */
export const SNAPSHOT_RETENTION_DAYS = 31;

export const OPEN_DATA_PATH = "/opendata/official-channels";

/** The columns of the dataset, in file order, as the metadata and docs describe them. */
export const openDataColumns = [
  ["agency_code", { th: "รหัสหน่วยงาน", en: "Agency code" }],
  ["agency_name_th", { th: "ชื่อหน่วยงานภาษาไทย", en: "Agency name in Thai" }],
  ["agency_name_en", { th: "ชื่อหน่วยงานภาษาอังกฤษ", en: "Agency name in English" }],
  ["agency_short_name_th", { th: "ชื่อย่อภาษาไทย (อาจว่าง)", en: "Thai short name (may be empty)" }],
  [
    "agency_short_name_en",
    { th: "ชื่อย่อภาษาอังกฤษ (อาจว่าง)", en: "English short name (may be empty)" },
  ],
  [
    "agency_kind",
    {
      th: "ประเภทหน่วยงาน เช่น ministry, department, municipality",
      en: "Kind of agency, e.g. ministry, department, municipality",
    },
  ],
  [
    "parent_agency_code",
    { th: "รหัสหน่วยงานต้นสังกัด (อาจว่าง)", en: "Code of the parent agency (may be empty)" },
  ],
  ["province_th", { th: "จังหวัด (อาจว่าง)", en: "Province, in Thai (may be empty)" }],
  [
    "channel_kind",
    {
      th: "ประเภทช่องทาง: email_domain, email, website, eservice_url, line_oa, facebook, phone, sms_sender, app",
      en: "Kind of channel: email_domain, email, website, eservice_url, line_oa, facebook, phone, sms_sender, app",
    },
  ],
  [
    "channel_value",
    {
      th: "ช่องทางในรูปที่ใช้เปรียบเทียบ: โดเมนตัวพิมพ์เล็ก (punycode), เบอร์โทรศัพท์ +66..., ไลน์ไอดีขึ้นต้นด้วย @",
      en: "The channel as compared: lower-case (punycode) domains, +66 phone numbers, LINE IDs with their @",
    },
  ],
  ["channel_display_value", { th: "ช่องทางในรูปที่คนอ่าน", en: "The channel as people read it" }],
  [
    "last_verified_date",
    {
      th: "วันที่ตรวจสอบล่าสุด ปปปป-ดด-วว ค.ศ. เวลาประเทศไทย",
      en: "Date last verified, YYYY-MM-DD, Bangkok time",
    },
  ],
] as const satisfies readonly (readonly [keyof OpenDataRow, Message])[];

export const openDataLicence = {
  id: "dga-open-government-license",
  title: {
    th: "ข้อกำหนดและเงื่อนไขการอนุญาตให้ใช้ข้อมูลภาครัฐแบบเปิดของ สพร.",
    en: "DGA Open Government License",
  },
  url: "https://data.go.th/pages/dga-open-government-license",
} as const;

export const openDataTitle = {
  th: "ทะเบียนช่องทางอิเล็กทรอนิกส์ทางการของหน่วยงานของรัฐ (มาตรา 10)",
  en: "Official electronic channels of government agencies (section 10)",
};

export const openDataDescription = {
  th: "ช่องทางอิเล็กทรอนิกส์ที่หน่วยงานของรัฐประกาศตามมาตรา 10 แห่ง พ.ร.บ.การปฏิบัติราชการทางอิเล็กทรอนิกส์ พ.ศ. 2565 และได้รับการตรวจสอบแล้ว (เว็บไซต์ โดเมนอีเมล ไลน์ทางการ เบอร์โทรศัพท์ ฯลฯ) หนึ่งแถวต่อหนึ่งช่องทาง ปรับปรุงวันละครั้ง ไม่มีข้อมูลส่วนบุคคล",
  en: "The verified electronic channels government agencies announce under section 10 of the Electronic Government Operations Act B.E. 2565 (websites, mail domains, LINE official accounts, phone numbers...), one row per channel, updated daily. No personal data.",
};

/**
 * A snapshot as served, whose SHA-256 is published: the CSV starts with a
 * byte-order mark so spreadsheet programs read the Thai as UTF-8. (It is
 * added here, not stored: database drivers drop a leading mark as they decode.)
 */
export function servedSnapshot(format: SnapshotFormat, content: string): string {
  return format === "csv" ? `\uFEFF${content}` : content;
}

/** Today's date in Bangkok, as the snapshot is named. */
export function bangkokDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: bangkokTimeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

function csvCell(value: string | null): string {
  if (value === null) return "";
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The register as CSV (CRLF line ends, as RFC 4180 says) and as JSON. The
 * CSV is served after a byte-order mark (see `servedSnapshot`).
 */
export function renderSnapshot(
  rows: readonly OpenDataRow[],
  { day, format, generatedAt }: { day: string; format: SnapshotFormat; generatedAt: Date },
): string {
  const names = openDataColumns.map(([name]) => name);
  if (format === "csv") {
    const lines = [
      names.join(","),
      ...rows.map((row) => names.map((name) => csvCell(row[name])).join(",")),
    ];
    return `${lines.join("\r\n")}\r\n`;
  }
  return `${JSON.stringify({
    title: openDataTitle,
    date: day,
    generatedAt: generatedAt.toISOString(),
    licence: openDataLicence,
    metadata: `${OPEN_DATA_PATH}/metadata.json`,
    count: rows.length,
    items: rows.map((row) => Object.fromEntries(names.map((name) => [name, row[name]]))),
  })}\n`;
}

/**
 * Writes today's CSV and JSON snapshots unless they exist, and forgets those
 * past the retention. Safe to run any number of times a day: the first run
 * of a day publishes, the others find it done.
 */
export async function publishDailySnapshot({
  db,
  now = new Date(),
}: {
  db: Database;
  now?: Date;
}): Promise<{ day: string; isPublished: boolean; rows: number }> {
  const day = bangkokDay(now);
  if (await hasSnapshotsFor(db, day)) return { day, isPublished: false, rows: 0 };
  return transaction(db, async (tx) => {
    const rows = await selectOpenDataRows(tx);
    for (const format of ["csv", "json"] as const) {
      const content = renderSnapshot(rows, { day, format, generatedAt: now });
      await insertSnapshot(tx, {
        day,
        format,
        content,
        sha256: sha256Hex(servedSnapshot(format, content)),
        rowCount: rows.length,
      });
    }
    const oldest = bangkokDay(new Date(now.getTime() - SNAPSHOT_RETENTION_DAYS * 86_400_000));
    await deleteSnapshotsBefore(tx, oldest);
    return { day, isPublished: true, rows: rows.length };
  });
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Runs every hour and publishes once a day: a worker that was down at
 * midnight still publishes the day's snapshot when it comes back.
 */
export const openDataSnapshotJob = defineJobHandler({
  kind: "channels.publish_open_data",
  everyMilliseconds: HOUR_MS,
  handle: async (_job, context) => {
    const result = await publishDailySnapshot({ db: context.db });
    if (result.isPublished) context.logger.info(result, "open data snapshot published");
  },
});
