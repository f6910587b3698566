import { thaiIdCheckDigit } from "@/core/identity/thai-id";

import { summariseGrades, type TranscriptCourse, transcriptGrades } from "./courses";

const GIVEN_NAMES = ["กมล", "ชนิดา", "ธีรพงษ์", "นภา", "ปิยะ", "พรทิพย์", "วีระ", "สุดา"];
const FAMILY_NAMES = ["แก้วมณี", "ใจงาม", "ทองดี", "บุญมา", "ศรีสุข", "อินทร์แก้ว"];
const COURSES: [string, string, string][] = [
  ["001101", "ภาษาอังกฤษพื้นฐาน 1", "Fundamental English 1"],
  ["206111", "แคลคูลัสสำหรับวิศวกร 1", "Calculus for Engineers 1"],
  ["261103", "การเขียนโปรแกรมคอมพิวเตอร์เบื้องต้น", "Introduction to Computer Programming"],
  ["261207", "โครงสร้างข้อมูล", "Data Structures"],
  ["261216", "ระบบดิจิทัล", "Digital Systems"],
  ["261335", "ระบบปฏิบัติการ", "Operating Systems"],
];
const GRADED = transcriptGrades.slice(0, 7);

/** A valid citizen ID, different for each n (first digit 1: a Thai citizen born here). */
export function sampleNationalId(n: number): string {
  const first12 = `19${String(n).padStart(10, "0")}`;
  return `${first12}${thaiIdCheckDigit(first12)}`;
}

/**
 * Transcripts for tests and the benchmark: n students with valid national
 * IDs and a few courses each, their credits and GPA as the courses give them.
 */
export function sampleTranscriptItems(count: number, { offset = 0 } = {}) {
  return Array.from({ length: count }, (_, index) => {
    const n = offset + index;
    const courses: TranscriptCourse[] = COURSES.map(([code, nameTh, nameEn], course) => ({
      academicYear: 2562 + Math.floor(course / 3),
      semester: (course % 2) + 1,
      code,
      nameTh,
      nameEn,
      credits: 3,
      grade: GRADED[(n + course) % GRADED.length]!,
    }));
    const summary = summariseGrades(courses);
    return {
      holder: {
        nationalId: sampleNationalId(n),
        name: `${GIVEN_NAMES[n % GIVEN_NAMES.length]} ${FAMILY_NAMES[n % FAMILY_NAMES.length]}`,
      },
      data: {
        studentId: String(620610000 + n),
        degree: "วิศวกรรมศาสตรบัณฑิต",
        program: "วิศวกรรมคอมพิวเตอร์",
        faculty: "คณะวิศวกรรมศาสตร์",
        admissionDate: "2019-06-24",
        graduationDate: "2023-03-31",
        creditsEarned: String(summary.earnedCredits),
        gpa: summary.gpa!,
      },
      courses,
    };
  });
}
