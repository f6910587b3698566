import type { Config } from "@/config/schema";
import { findOfficerByEmail } from "@/core/auth/officers";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database, Transaction } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { createLogger } from "@/core/log/logger";
import { selectAgencyByCode } from "@/modules/agencies";
import { saveDocumentType } from "@/modules/documents";
import { createDocumentBatch, issueBatchChunk } from "@/modules/documents/bulk";
import {
  summariseGrades,
  type TranscriptCourse,
  transcriptTypeDefinition,
} from "@/modules/documents/transcripts";

import { demoCitizens } from "./citizens";

const UNIVERSITY = "CMU";
export const DEMO_REGISTRAR_EMAIL = "registrar@cmu.example";

/** The university's transcript, signed by its registrar. */
export async function seedDemoTranscriptType(
  tx: Transaction,
  agencyIdsByCode: ReadonlyMap<string, string>,
): Promise<void> {
  const agencyId = agencyIdsByCode.get(UNIVERSITY);
  if (!agencyId) return;
  await withinAgency(tx, agencyId, (scope) =>
    saveDocumentType(
      scope,
      transcriptTypeDefinition({
        name: { th: "นางสาวมาลัย ทะเบียนดี", en: "Malai Thabiandee" },
        position: {
          th: "ผู้อำนวยการสำนักทะเบียนและประมวลผล",
          en: "Director, Registration Office",
        },
      }),
    ),
  );
}

type Course = [number, number, string, string, string, number, string];

const courseOf = ([academicYear, semester, code, nameTh, nameEn, credits, grade]: Course) => ({
  academicYear,
  semester,
  code,
  nameTh,
  nameEn,
  credits,
  grade,
});

const [somchai, napatsorn, , , hiroshi] = demoCitizens;

/** Graduates among the demo people: their transcripts show under "my documents". */
export const demoGraduates: {
  nationalId: string;
  name: string;
  data: Record<string, string>;
  courses: Course[];
}[] = [
  {
    nationalId: napatsorn!.citizenId,
    name: `นางสาว${napatsorn!.givenNameTh} ${napatsorn!.familyNameTh}`,
    data: {
      studentId: "560610123",
      degree: "บริหารธุรกิจบัณฑิต",
      program: "การจัดการ",
      faculty: "คณะบริหารธุรกิจ",
      admissionDate: "2013-06-10",
      graduationDate: "2017-03-31",
    },
    courses: [
      [2556, 1, "001101", "ภาษาอังกฤษพื้นฐาน 1", "Fundamental English 1", 3, "B+"],
      [2556, 1, "701101", "หลักการบัญชีเบื้องต้น", "Principles of Accounting", 3, "B"],
      [2556, 2, "703103", "หลักการตลาด", "Principles of Marketing", 3, "A"],
      [2556, 2, "702101", "การจัดการธุรกิจเบื้องต้น", "Introduction to Business Management", 3, "A"],
      [2557, 1, "702311", "การจัดการร้านอาหารและเครื่องดื่ม", "Food and Beverage Management", 3, "A"],
      [2557, 3, "955100", "การเรียนรู้ผ่านกิจกรรม 1", "Learning through Activities 1", 1, "S"],
    ],
  },
  {
    nationalId: somchai!.citizenId,
    name: `นาย${somchai!.givenNameTh} ${somchai!.familyNameTh}`,
    data: {
      studentId: "470510456",
      degree: "เศรษฐศาสตรบัณฑิต",
      program: "เศรษฐศาสตร์",
      faculty: "คณะเศรษฐศาสตร์",
      admissionDate: "2004-06-14",
      graduationDate: "2008-03-31",
    },
    courses: [
      [2547, 1, "001101", "ภาษาอังกฤษพื้นฐาน 1", "Fundamental English 1", 3, "C+"],
      [2547, 1, "751100", "เศรษฐศาสตร์ทั่วไป", "General Economics", 3, "B"],
      [2547, 2, "751201", "ทฤษฎีเศรษฐศาสตร์จุลภาค 1", "Microeconomic Theory 1", 3, "B+"],
      [2548, 1, "751202", "ทฤษฎีเศรษฐศาสตร์มหภาค 1", "Macroeconomic Theory 1", 3, "C"],
      [2548, 2, "751381", "เศรษฐมิติเบื้องต้น", "Introduction to Econometrics", 3, "B"],
    ],
  },
  {
    nationalId: hiroshi!.citizenId,
    name: `Mr ${hiroshi!.givenNameEn} ${hiroshi!.familyNameEn}`,
    data: {
      studentId: "610832001",
      degree: "Master of Arts",
      program: "Thai Studies",
      faculty: "Faculty of Humanities",
      admissionDate: "2018-08-06",
      graduationDate: "2020-07-31",
      honours: "",
    },
    courses: [
      [2561, 1, "010743", "ภาษาไทยสำหรับการวิจัย", "Thai for Research", 3, "A"],
      [2561, 1, "010751", "ประวัติศาสตร์ล้านนา", "History of Lanna", 3, "A"],
      [2561, 2, "010761", "วรรณกรรมไทยร่วมสมัย", "Contemporary Thai Literature", 3, "B+"],
      [2562, 1, "010799", "วิทยานิพนธ์", "Thesis", 12, "S"],
    ],
  },
];

/** The graduate's transcript data: the stated credits and GPA are the courses' own. */
function transcriptItem(graduate: (typeof demoGraduates)[number]) {
  const courses: TranscriptCourse[] = graduate.courses.map(courseOf);
  const summary = summariseGrades(courses);
  return {
    holder: { nationalId: graduate.nationalId, name: graduate.name },
    data: {
      ...Object.fromEntries(Object.entries(graduate.data).filter(([, value]) => value !== "")),
      creditsEarned: String(summary.earnedCredits),
      gpa: summary.gpa ?? "0.00",
    },
    courses,
    idempotencyKey: `demo-transcript-${graduate.data.studentId}`,
  };
}

/**
 * Issues the demo graduates' transcripts as one batch of the university's
 * registrar, through the same use cases as an upload, and runs it at once so
 * the documents exist when the seed ends. Safe to run again: the batch and
 * each row are keyed.
 */
export async function seedDemoTranscripts({
  db,
  secrets,
  config,
}: {
  db: Database;
  secrets: SecretBox;
  config: Config;
}): Promise<number> {
  const university = await selectAgencyByCode(db, UNIVERSITY);
  const registrar = await findOfficerByEmail(db, DEMO_REGISTRAR_EMAIL);
  if (!university || !registrar) return 0;
  const { batch } = await createDocumentBatch({
    db,
    secrets,
    actor: { type: "officer", officerId: registrar.id, agencyId: university.id, role: "admin" },
    agencyId: university.id,
    documentTypeCode: "transcript",
    items: demoGraduates.map(transcriptItem),
    source: "api",
    idempotencyKey: "demo-transcripts",
  });
  await issueBatchChunk({
    db,
    secrets,
    config,
    logger: createLogger("warn"),
    agencyId: university.id,
    batchId: batch.id,
    from: 0,
    to: batch.total,
    isLastAttempt: true,
  });
  return demoGraduates.length;
}
