import type { Transaction } from "@/core/db/database";
import { assessLevel, type AssessmentForm, hasSelfAssessed } from "@/modules/levels";

const BEGINNER_EVIDENCE = {
  official_email: "ประกาศอีเมลทางการบนเว็บไซต์หน่วยงาน",
  checked_twice_daily: "คำสั่งมอบหมายงานสารบรรณ ตรวจเวลา 09.00 และ 15.00 น.",
  incoming_registered: "ระบบสารบรรณอิเล็กทรอนิกส์ ออกเลขทะเบียนรับอัตโนมัติ",
  results_sent_electronically: "แจ้งผลทางอีเมลตามแบบตอบกลับมาตรฐาน",
  outgoing_register: "ทะเบียนหนังสือส่งในระบบสารบรรณอิเล็กทรอนิกส์",
};

const STANDARD_EVIDENCE = {
  receive_online: "รับคำขอผ่านประตู (Pratu)",
  send_online: "ส่งผลการพิจารณาและเอกสารที่ลงนามผ่านประตู",
  collect_online: "ขอข้อมูลทะเบียนราษฎรผ่านการเชื่อมโยงข้อมูล",
  store_electronically: "จัดเก็บเอกสารอิเล็กทรอนิกส์พร้อมลายมือชื่อดิจิทัล",
  publish_online: "คู่มือสำหรับประชาชนเผยแพร่บนประตู",
  track_online: "ผู้ยื่นติดตามสถานะด้วยเลขอ้างอิง",
};

const EVIDENCE: Record<string, string> = { ...BEGINNER_EVIDENCE, ...STANDARD_EVIDENCE };

/** A self-assessment meeting the criteria named, each with its evidence. */
function formOf(ticked: readonly string[]): AssessmentForm {
  return Object.fromEntries(
    Object.entries(EVIDENCE).map(([id, evidence]) => [
      id,
      { isMet: ticked.includes(id), evidence: ticked.includes(id) ? evidence : "" },
    ]),
  ) as AssessmentForm;
}

/** Self-assessments of a few demo agencies, so each level has someone in it. */
const demoAssessments: Record<string, AssessmentForm> = {
  DOPA: formOf(Object.keys(BEGINNER_EVIDENCE)),
  RD: formOf(Object.keys(EVIDENCE)),
  IMM: formOf(Object.keys(EVIDENCE)),
  "CHIANGMAI-CITY": formOf(Object.keys(EVIDENCE)),
  DBD: formOf(["official_email", "incoming_registered", "outgoing_register"]),
};

/** Seeds the demo self-assessments once; an agency that has assessed itself is left as it is. */
export async function seedDemoLevels(
  tx: Transaction,
  agencyIdsByCode: ReadonlyMap<string, string>,
): Promise<number> {
  let seeded = 0;
  for (const [code, form] of Object.entries(demoAssessments)) {
    const agencyId = agencyIdsByCode.get(code);
    if (!agencyId || (await hasSelfAssessed({ db: tx, agencyId }))) continue;
    await assessLevel({
      db: tx,
      actor: { type: "system", id: "demo-seed" },
      agencyId,
      form,
      now: new Date("2026-11-15T03:00:00Z"),
    });
    seeded += 1;
  }
  return seeded;
}
