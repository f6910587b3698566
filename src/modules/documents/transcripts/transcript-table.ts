import { defineMessages, type Locale, translate } from "@/core/i18n";

import type { DocumentTable } from "../pdf/render-document-pdf";
import type { TranscriptCourse } from "./courses";

const m = defineMessages({
  caption: { th: "ผลการศึกษา", en: "Academic record" },
  term: { th: "ภาค/ปีการศึกษา", en: "Term" },
  code: { th: "รหัสวิชา", en: "Code" },
  course: { th: "รายวิชา", en: "Course" },
  credits: { th: "หน่วยกิต", en: "Credits" },
  grade: { th: "ผลการเรียน", en: "Grade" },
  termValue: { th: "{semester}/{year}", en: "{semester}/{year}" },
});

/** The courses as the transcript's PDF shows them, term by term, in the holder's language. */
export function transcriptTable(
  courses: readonly TranscriptCourse[],
  locale: Locale,
): DocumentTable {
  const t = (message: (typeof m)[keyof typeof m], params?: Record<string, string | number>) =>
    translate(locale, message, params);
  const ordered = [...courses].sort(
    (a, b) => a.academicYear - b.academicYear || a.semester - b.semester,
  );
  return {
    caption: t(m.caption),
    columns: [
      { header: t(m.term), width: 0.14 },
      { header: t(m.code), width: 0.14 },
      { header: t(m.course), width: 0.5 },
      { header: t(m.credits), width: 0.11, align: "right" },
      { header: t(m.grade), width: 0.11, align: "center" },
    ],
    rows: ordered.map((course) => [
      t(m.termValue, { semester: course.semester, year: course.academicYear }),
      course.code,
      locale === "th" ? course.nameTh : course.nameEn,
      String(course.credits),
      course.grade.trim().toUpperCase(),
    ]),
  };
}
