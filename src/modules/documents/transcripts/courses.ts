import { z } from "@hono/zod-openapi";

import type { FieldProblem } from "@/core/errors";

/** One course on a transcript, as the API and the CSV upload carry it. */
export const TranscriptCourseSchema = z
  .object({
    academicYear: z
      .number()
      .int()
      .openapi({ description: "Academic year in the Buddhist Era", example: 2565 }),
    semester: z
      .number()
      .int()
      .openapi({ description: "1 or 2; 3 for the summer session", example: 1 }),
    code: z.string().max(40).openapi({ example: "261103" }),
    nameTh: z.string().max(400).openapi({ example: "การเขียนโปรแกรมคอมพิวเตอร์เบื้องต้น" }),
    nameEn: z.string().max(400).openapi({ example: "Introduction to Computer Programming" }),
    credits: z.number().openapi({ example: 3 }),
    grade: z.string().max(10).openapi({ example: "B+" }),
  })
  .strict()
  .openapi("TranscriptCourse");

export type TranscriptCourse = z.infer<typeof TranscriptCourseSchema>;

export const MAX_COURSES = 400;

/**
 * The letter grades of Thai universities and their points. Grades without
 * points (satisfactory, withdrawn, incomplete...) count towards neither the
 * GPA nor, except S, the credits earned.
 */
const gradePoints: Readonly<Record<string, number | null>> = {
  A: 4,
  "B+": 3.5,
  B: 3,
  "C+": 2.5,
  C: 2,
  "D+": 1.5,
  D: 1,
  F: 0,
  S: null,
  U: null,
  W: null,
  I: null,
  P: null,
  V: null,
};
export const transcriptGrades = Object.keys(gradePoints);
const earningGrades = new Set(["A", "B+", "B", "C+", "C", "D+", "D", "S"]);

export function normaliseGrade(grade: string): string {
  return grade.trim().toUpperCase();
}

export function isEarningGrade(grade: string): boolean {
  return earningGrades.has(normaliseGrade(grade));
}

export interface GradeSummary {
  /** Credits of courses with points: what the GPA divides by. */
  gpaCredits: number;
  earnedCredits: number;
  /** Truncated to two decimals, as Thai registrars do; null with no graded course. */
  gpa: string | null;
}

/**
 * The grade point average of some courses. Points and credits both come in
 * halves, so the sums are kept in whole halves and only the final division is
 * made, without any floating-point drift before the truncation.
 */
export function summariseGrades(courses: readonly TranscriptCourse[]): GradeSummary {
  let weightedHalves = 0;
  let creditHalves = 0;
  let earnedHalves = 0;
  for (const course of courses) {
    const grade = normaliseGrade(course.grade);
    const halves = Math.round(course.credits * 2);
    const points = gradePoints[grade];
    if (points !== undefined && points !== null) {
      weightedHalves += Math.round(points * 2) * halves;
      creditHalves += halves;
    }
    if (earningGrades.has(grade)) earnedHalves += halves;
  }
  // points × credits in quarters over credits in halves: GPA × 100 = 50 × weighted / credits.
  const gpa =
    creditHalves === 0 ? null : (Math.floor((50 * weightedHalves) / creditHalves) / 100).toFixed(2);
  return { gpaCredits: creditHalves / 2, earnedCredits: earnedHalves / 2, gpa };
}

function problem(field: string, code: string, th: string, en: string): FieldProblem {
  return { field, code, message: en, messages: { th, en } };
}

const COURSE_CODE = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,19}$/;

/**
 * What is wrong with a transcript's courses, course by course, in Thai and
 * English (paths as `courses.3.grade`), and whether the stated GPA agrees
 * with them.
 */
export function transcriptCourseProblems(
  courses: readonly TranscriptCourse[] | undefined,
  statedGpa: string | undefined,
): FieldProblem[] {
  if (!courses || courses.length === 0) {
    return [
      problem(
        "courses",
        "required",
        "ใบแสดงผลการศึกษาต้องมีรายวิชาอย่างน้อยหนึ่งวิชา",
        "A transcript needs at least one course.",
      ),
    ];
  }
  if (courses.length > MAX_COURSES) {
    return [
      problem(
        "courses",
        "too_many",
        `รายวิชาเกิน ${MAX_COURSES} วิชา`,
        `A transcript may list at most ${MAX_COURSES} courses.`,
      ),
    ];
  }
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  courses.forEach((course, index) => {
    const at = (key: string) => `courses.${index}.${key}`;
    if (course.academicYear < 2500 || course.academicYear > 2700) {
      problems.push(
        problem(
          at("academicYear"),
          "invalid_year",
          "ปีการศึกษาต้องเป็นปีพุทธศักราช เช่น 2565",
          "The academic year must be in the Buddhist Era, e.g. 2565.",
        ),
      );
    }
    if (![1, 2, 3].includes(course.semester)) {
      problems.push(
        problem(
          at("semester"),
          "invalid_semester",
          "ภาคการศึกษาต้องเป็น 1, 2 หรือ 3 (ภาคฤดูร้อน)",
          "The semester must be 1, 2 or 3 (summer).",
        ),
      );
    }
    if (!COURSE_CODE.test(course.code.trim())) {
      problems.push(
        problem(
          at("code"),
          "invalid_code",
          "รหัสวิชาต้องเป็นตัวอักษรอังกฤษหรือตัวเลข ไม่เกิน 20 ตัว",
          "A course code is up to 20 letters or digits.",
        ),
      );
    }
    for (const key of ["nameTh", "nameEn"] as const) {
      const length = course[key].trim().length;
      if (length === 0 || length > 200) {
        problems.push(
          problem(
            at(key),
            "required",
            key === "nameTh"
              ? "กรุณาระบุชื่อวิชาภาษาไทย (ไม่เกิน 200 ตัวอักษร)"
              : "กรุณาระบุชื่อวิชาภาษาอังกฤษ (ไม่เกิน 200 ตัวอักษร)",
            key === "nameTh"
              ? "Give the course's Thai name (at most 200 characters)."
              : "Give the course's English name (at most 200 characters).",
          ),
        );
      }
    }
    const isHalf = Number.isFinite(course.credits) && Number.isInteger(course.credits * 2);
    if (!isHalf || course.credits < 0 || course.credits > 30) {
      problems.push(
        problem(
          at("credits"),
          "invalid_credits",
          "หน่วยกิตต้องเป็นตัวเลข 0 ถึง 30 (ทีละครึ่งหน่วย) เช่น 3",
          "Credits must be a number from 0 to 30 in halves, e.g. 3.",
        ),
      );
    }
    if (!(normaliseGrade(course.grade) in gradePoints)) {
      problems.push(
        problem(
          at("grade"),
          "invalid_grade",
          `ผลการเรียนต้องเป็นหนึ่งใน ${transcriptGrades.join(", ")}`,
          `The grade must be one of ${transcriptGrades.join(", ")}.`,
        ),
      );
    }
    const key = `${course.academicYear}/${course.semester}/${course.code.trim().toUpperCase()}`;
    if (seen.has(key)) {
      problems.push(
        problem(
          at("code"),
          "duplicate_course",
          "วิชานี้ซ้ำในภาคการศึกษาเดียวกัน",
          "This course appears twice in the same semester.",
        ),
      );
    }
    seen.add(key);
  });
  if (problems.length === 0 && statedGpa !== undefined && /^\d+(\.\d+)?$/.test(statedGpa)) {
    const { gpa } = summariseGrades(courses);
    // Registrars truncate, some round: either way the two agree to within 0.01.
    if (gpa !== null && Math.abs(Number(gpa) - Number(statedGpa)) > 0.011) {
      problems.push(
        problem(
          "data.gpa",
          "gpa_mismatch",
          `คะแนนเฉลี่ยสะสม ${statedGpa} ไม่ตรงกับรายวิชา (คำนวณได้ ${gpa})`,
          `The cumulative GPA ${statedGpa} does not match the courses (they give ${gpa}).`,
        ),
      );
    }
  }
  return problems;
}
