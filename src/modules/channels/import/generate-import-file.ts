import { importColumns } from "./csv-format";

const PLACES = ["หนองบัว", "บ้านใหม่", "ท่าช้าง", "โคกสูง", "นาคำ", "ดอนแก้ว", "วังน้ำเย็น", "ป่าตอง"];
const PLACES_EN = [
  "Nong Bua",
  "Ban Mai",
  "Tha Chang",
  "Khok Sung",
  "Na Kham",
  "Don Kaeo",
  "Wang Nam Yen",
  "Pa Tong",
];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A large, deterministic import file for tests and measurements: `agencies`
 * agencies under a few ministries and departments, each with five channels
 * (website, mail domain, e-service, LINE account, phone), one row per
 * channel. The same arguments always give the same bytes.
 */
export function generateImportFile({
  agencies,
  channelsPerAgency = 5,
}: {
  agencies: number;
  channelsPerAgency?: number;
}): string {
  const lines = [importColumns.map((column) => column.name).join(",")];
  const ministries = Math.max(1, Math.floor(agencies / 500));
  const departments = Math.max(1, Math.floor(agencies / 50));
  for (let index = 0; index < agencies; index++) {
    const code = `GEN-${index}`;
    const name = `gen${index.toString(36)}`;
    const place = index % PLACES.length;
    const [kind, parent, nameTh, nameEn] =
      index < ministries
        ? ["ministry", "", `กระทรวงทดสอบที่ ${index}`, `Ministry of Testing ${index}`]
        : index < ministries + departments
          ? [
              "department",
              `GEN-${index % ministries}`,
              `กรมทดสอบที่ ${index}`,
              `Department of Testing ${index}`,
            ]
          : [
              "subdistrict_administrative_organisation",
              `GEN-${ministries + (index % departments)}`,
              `องค์การบริหารส่วนตำบล${PLACES[place]} ${index}`,
              `${PLACES_EN[place]} Subdistrict Administrative Organisation ${index}`,
            ];
    const channels: [string, string][] = [
      ["website", `www.${name}.go.th`],
      ["email_domain", `${name}.go.th`],
      ["eservice_url", `https://eservice.${name}.go.th/`],
      ["line_oa", `@${name}`],
      ["phone", `02${String(1_000_000 + index).padStart(7, "0")}`],
    ].slice(0, channelsPerAgency) as [string, string][];
    const agencyCells = [
      code,
      parent,
      kind,
      nameTh,
      nameEn,
      "",
      "",
      "",
      `https://www.${name}.go.th`,
    ];
    const blankAgency = [code, "", "", "", "", "", "", "", ""];
    if (channels.length === 0)
      lines.push([...agencyCells, "", "", "", "", ""].map(csvCell).join(","));
    channels.forEach(([channelKind, value], position) => {
      const cells = position === 0 ? agencyCells : blankAgency;
      lines.push([...cells, channelKind, value, "", "", "2026-11-01"].map(csvCell).join(","));
    });
  }
  return `${lines.join("\n")}\n`;
}
