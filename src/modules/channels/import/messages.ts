import { defineMessages } from "@/core/i18n";

/**
 * What an operator reads about each problem in an import file: what is
 * wrong and what to do about it, in Thai and English. `{line}` and
 * `{column}` are added by the report, so the texts name only the problem.
 */
export const importProblemMessages = defineMessages({
  not_utf8: {
    th: "ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 (เช่น บันทึกจาก Excel เป็น TIS-620/Windows-874) ให้บันทึกใหม่เป็น “CSV UTF-8” แล้วนำเข้าอีกครั้ง",
    en: "The file is not UTF-8 (Excel may have saved it as TIS-620/Windows-874). Save it again as “CSV UTF-8” and import it again.",
  },
  too_large: {
    th: "ไฟล์ใหญ่เกิน {limit} ให้แบ่งเป็นหลายไฟล์",
    en: "The file is larger than {limit}. Split it into several files.",
  },
  too_many_rows: {
    th: "ไฟล์มีเกิน {limit} แถว ให้แบ่งเป็นหลายไฟล์",
    en: "The file has more than {limit} rows. Split it into several files.",
  },
  empty: {
    th: "ไฟล์ไม่มีข้อมูล ต้องมีแถวหัวตารางและอย่างน้อยหนึ่งแถวข้อมูล",
    en: "The file is empty: it needs a header row and at least one data row.",
  },
  bad_csv: {
    th: 'อ่านไฟล์ CSV ไม่ได้ ({detail}) ตรวจเครื่องหมายคำพูด (") ที่เปิดแล้วไม่ได้ปิด',
    en: 'The CSV cannot be read ({detail}). Look for a quote (") that is opened and never closed.',
  },
  missing_column: {
    th: "แถวหัวตารางไม่มีคอลัมน์ {name} ซึ่งจำเป็น",
    en: "The header row has no {name} column, which is required.",
  },
  unknown_column: {
    th: "ไม่รู้จักคอลัมน์ {name} ตรวจการสะกด คอลัมน์ที่ใช้ได้: {known}",
    en: "Unknown column {name}. Check its spelling; the columns are: {known}.",
  },
  duplicate_column: {
    th: "คอลัมน์ {name} ซ้ำในแถวหัวตาราง ให้เหลือเพียงคอลัมน์เดียว",
    en: "The column {name} appears twice in the header row. Keep one.",
  },
  extra_cells: {
    th: "แถวนี้มี {cells} ช่อง แต่หัวตารางมี {columns} คอลัมน์ ตรวจเครื่องหมายจุลภาค (,) ที่เกินมา",
    en: "This row has {cells} cells but the header has {columns} columns. Look for a stray comma.",
  },
  required: {
    th: "ต้องกรอก",
    en: "This cell is required.",
  },
  new_agency_incomplete: {
    th: "หน่วยงาน {code} ยังไม่มีในทะเบียน ต้องกรอก agency_kind, name_th และ name_en อย่างน้อยหนึ่งแถว",
    en: "Agency {code} is not in the register yet: give agency_kind, name_th and name_en on at least one row.",
  },
  invalid_code: {
    th: "รหัสหน่วยงาน “{value}” ไม่ถูกต้อง ใช้ตัวอักษรอังกฤษ ตัวเลข หรือขีด (-) 2-32 ตัว เช่น DOPA",
    en: "“{value}” is not an agency code: use 2-32 letters, digits or hyphens, e.g. DOPA.",
  },
  invalid_agency_kind: {
    th: "ประเภทหน่วยงาน “{value}” ไม่ถูกต้อง ใช้หนึ่งใน: {allowed}",
    en: "“{value}” is not an agency kind. Use one of: {allowed}.",
  },
  operator_kind: {
    th: "การนำเข้าไม่สามารถสร้างหรือเปลี่ยนผู้ดูแลระบบกลาง (central_operator) ได้ ให้แก้ไขในระบบโดยตรง",
    en: "An import cannot create or change the central operator (central_operator). Change it in the platform itself.",
  },
  too_long: {
    th: "ยาวเกิน {limit} ตัวอักษร",
    en: "Longer than {limit} characters.",
  },
  invalid_website: {
    th: "“{value}” ไม่ใช่ที่อยู่เว็บไซต์ ให้ขึ้นต้นด้วย https:// เช่น https://www.dopa.go.th",
    en: "“{value}” is not a web address: start it with https://, e.g. https://www.dopa.go.th.",
  },
  conflicting_value: {
    th: "หน่วยงาน {code} มีค่า {column} ไม่ตรงกับแถวที่ {first} (“{firstValue}”) ให้ใช้ค่าเดียวกัน หรือเว้นว่างไว้",
    en: "Agency {code} has a different {column} on line {first} (“{firstValue}”). Give the same value, or leave the cell empty.",
  },
  unknown_parent: {
    th: "ไม่พบหน่วยงานต้นสังกัด {value} ทั้งในไฟล์และในทะเบียน",
    en: "The parent agency {value} is neither in the file nor in the register.",
  },
  parent_cycle: {
    th: "สังกัดวนกลับมาที่ตัวเอง: {path}",
    en: "The parents go round in a circle: {path}.",
  },
  channel_incomplete: {
    th: "ต้องกรอกทั้ง channel_kind และ channel_value หรือเว้นว่างทั้งสองช่อง (แถวของหน่วยงานอย่างเดียว)",
    en: "Give both channel_kind and channel_value, or leave both empty (a row for the agency only).",
  },
  invalid_channel_kind: {
    th: "ประเภทช่องทาง “{value}” ไม่ถูกต้อง ใช้หนึ่งใน: {allowed}",
    en: "“{value}” is not a channel kind. Use one of: {allowed}.",
  },
  invalid_channel_value: {
    th: "“{value}” ไม่ใช่{kind}ที่ถูกต้อง",
    en: "“{value}” is not a valid {kind}.",
  },
  invalid_status: {
    th: "สถานะ “{value}” ไม่ถูกต้อง ใช้หนึ่งใน: {allowed} (เว้นว่าง = verified)",
    en: "“{value}” is not a status. Use one of: {allowed} (empty means verified).",
  },
  invalid_date: {
    th: "วันที่ “{value}” ไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด-วว แบบคริสต์ศักราช เช่น 2026-11-01",
    en: "“{value}” is not a date: write it as YYYY-MM-DD (Gregorian), e.g. 2026-11-01.",
  },
  future_date: {
    th: "วันที่ตรวจสอบล่าสุดต้องไม่เป็นวันในอนาคต",
    en: "The last verified date cannot be in the future.",
  },
  duplicate_channel: {
    th: "ช่องทางเดียวกันของหน่วยงานเดียวกันอยู่ในแถวที่ {first} แล้ว ให้ลบแถวที่ซ้ำ",
    en: "The same channel of the same agency is already on line {first}. Remove the repeated row.",
  },
  duplicate_verified: {
    th: "ช่องทาง {value} ถูกระบุเป็น verified ให้หน่วยงาน {other} ในแถวที่ {first} แล้ว ช่องทางหนึ่งเป็นของหน่วยงานเดียว",
    en: "{value} is already verified for agency {other} on line {first}: one channel belongs to one agency.",
  },
  verified_elsewhere: {
    th: "ขัดแย้ง: {value} ได้รับการยืนยันเป็นของหน่วยงาน {other} ในทะเบียนแล้ว ไม่เขียนทับ ตรวจสอบกับทั้งสองหน่วยงาน แล้วลบแถวนี้ หรือใส่สถานะ pending เพื่อให้ผู้ดูแลระบบกลางพิจารณา",
    en: "Conflict: {value} is verified for agency {other} in the register and is not overwritten. Check with both agencies, then remove this row or give it the status pending for the central operator to review.",
  },
});

export type ImportProblemCode = keyof typeof importProblemMessages;

export const importMessages = defineMessages({
  line: { th: "แถวที่ {line}", en: "Line {line}" },
  column: { th: "คอลัมน์ {column}", en: "column {column}" },
  file: { th: "ไฟล์", en: "File" },
  nothingWritten: {
    th: "ไม่ได้นำเข้าข้อมูลใด ๆ: พบปัญหา {count} รายการ แก้ไขไฟล์แล้วนำเข้าอีกครั้ง",
    en: "Nothing was imported: {count} problem(s) found. Fix the file and import it again.",
  },
  dryRunDone: {
    th: "ตรวจสอบแล้ว ไม่มีปัญหา ยังไม่ได้บันทึกข้อมูล (ทดลองนำเข้า)",
    en: "Checked, no problems. Nothing was saved (dry run).",
  },
  imported: { th: "นำเข้าเรียบร้อย", en: "Imported" },
  nothingChanged: {
    th: "ไม่มีอะไรเปลี่ยนแปลง: ข้อมูลในทะเบียนตรงกับไฟล์ทุกรายการแล้ว",
    en: "Nothing changed: the register already matches the file.",
  },
  counts: {
    th: "{what}: สร้างใหม่ {created} · ปรับปรุง {updated} · ไม่เปลี่ยนแปลง {unchanged}",
    en: "{what}: {created} created · {updated} updated · {unchanged} unchanged",
  },
  wouldCounts: {
    th: "{what}: จะสร้างใหม่ {created} · จะปรับปรุง {updated} · ไม่เปลี่ยนแปลง {unchanged}",
    en: "{what}: {created} to create · {updated} to update · {unchanged} unchanged",
  },
  agencies: { th: "หน่วยงาน", en: "Agencies" },
  channels: { th: "ช่องทาง", en: "Channels" },
  rows: { th: "อ่าน {rows} แถวจาก {file}", en: "Read {rows} row(s) from {file}" },
  phases: {
    read: { th: "อ่านไฟล์", en: "Reading" },
    check: { th: "ตรวจสอบ", en: "Checking" },
    write: { th: "บันทึก", en: "Writing" },
  },
});

export const consoleImportMessages = defineMessages({
  title: { th: "นำเข้าหน่วยงานและช่องทาง", en: "Import agencies and channels" },
  lead: {
    th: "นำเข้าทะเบียนหน่วยงานและช่องทางทางการจากไฟล์ CSV ระบบจะตรวจสอบไฟล์ทั้งหมดก่อน (ทดลองนำเข้า) และแสดงสิ่งที่จะเปลี่ยนแปลง แล้วจึงให้ยืนยันการนำเข้า",
    en: "Import a register of agencies and their official channels from a CSV file. The whole file is checked first (a dry run) and what would change is shown; then you confirm the import.",
  },
  fileLabel: { th: "ไฟล์ CSV (UTF-8)", en: "CSV file (UTF-8)" },
  fileHint: {
    th: "หนึ่งแถวต่อหนึ่งช่องทาง ไม่เกิน 50 MB ดูรูปแบบและตัวอย่างด้านล่าง",
    en: "One row per channel, up to 50 MB. The format and a sample are below.",
  },
  fileRequired: { th: "กรุณาเลือกไฟล์ CSV", en: "Choose a CSV file" },
  checkButton: { th: "ตรวจสอบไฟล์ (ทดลองนำเข้า)", en: "Check the file (dry run)" },
  importButton: { th: "นำเข้าตามนี้", en: "Import" },
  reportHeading: { th: "ผลการตรวจสอบ {file}", en: "Check of {file}" },
  doneHeading: { th: "ผลการนำเข้า {file}", en: "Import of {file}" },
  problemsHeading: { th: "ปัญหาที่ต้องแก้ไข ({count})", en: "Problems to fix ({count})" },
  moreProblems: {
    th: "และอีก {count} รายการ: ใช้คำสั่ง pratu import agencies --dry-run เพื่อดูทั้งหมด",
    en: "and {count} more: run pratu import agencies --dry-run to see them all",
  },
  confirmHint: {
    th: "ยังไม่ได้บันทึกข้อมูล กด “นำเข้าตามนี้” เพื่อบันทึก ไฟล์จะถูกตรวจสอบอีกครั้งก่อนบันทึก",
    en: "Nothing is saved yet. Choose “Import” to save; the file is checked again before it is saved.",
  },
  formatHeading: { th: "รูปแบบไฟล์", en: "File format" },
  formatLead: {
    th: "แถวแรกเป็นชื่อคอลัมน์ (ลำดับใดก็ได้) แต่ละแถวเป็นช่องทางหนึ่งช่องทางของหน่วยงาน แถวที่ไม่มีช่องทางใช้ปรับข้อมูลหน่วยงานอย่างเดียว ช่องที่เว้นว่างจะคงค่าเดิมในทะเบียน",
    en: "The first row names the columns (in any order). Each row is one channel of an agency; a row without a channel updates the agency only. An empty cell keeps what the register has.",
  },
  sample: { th: "ไฟล์ตัวอย่าง", en: "Sample file" },
  required: { th: "จำเป็น", en: "required" },
  column: { th: "คอลัมน์", en: "Column" },
  meaning: { th: "ความหมาย", en: "Meaning" },
});
