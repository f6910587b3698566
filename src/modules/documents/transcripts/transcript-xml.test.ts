import { parseXmlStrictly, type XmlElement } from "@test/support/xml";
import { describe, expect, test } from "vitest";

import {
  summariseGrades,
  TRANSCRIPT_NAMESPACE,
  type TranscriptCourse,
  transcriptCourseProblems,
  transcriptXml,
} from ".";

const course = (
  academicYear: number,
  semester: number,
  code: string,
  credits: number,
  grade: string,
  names: { th?: string; en?: string } = {},
): TranscriptCourse => ({
  academicYear,
  semester,
  code,
  nameTh: names.th ?? `วิชา ${code}`,
  nameEn: names.en ?? `Course ${code}`,
  credits,
  grade,
});

const agency = { code: "CMU", nameTh: "มหาวิทยาลัยเชียงใหม่", nameEn: "Chiang Mai University" };
const documentType = {
  code: "transcript",
  title: { th: "ใบแสดงผลการศึกษา", en: "Academic Transcript" },
};

function children(parent: XmlElement, local: string): XmlElement[] {
  return parent.children.filter(
    (child) => child.local === local && child.uri === TRANSCRIPT_NAMESPACE,
  );
}

function textOf(parent: XmlElement, local: string): string | null {
  return children(parent, local)[0]?.text ?? null;
}

describe("the transcript XML", () => {
  test("is well-formed in its own namespace, with sessions in order and their courses", () => {
    const xml = transcriptXml({
      agency,
      documentType,
      holderName: "นางสาวอารีรัตน์ แก้วมณี",
      data: {
        studentId: "620610101",
        degree: "วิศวกรรมศาสตรบัณฑิต",
        program: "วิศวกรรมคอมพิวเตอร์",
        faculty: "คณะวิศวกรรมศาสตร์",
        admissionDate: "2019-06-24",
        graduationDate: "2023-03-31",
        creditsEarned: "10",
        gpa: "3.40",
      },
      courses: [
        course(2563, 1, "261216", 3, "C+"),
        course(2562, 2, "261207", 3, "A"),
        course(2562, 1, "261103", 3, "A"),
        course(2562, 1, "140104", 1, "S"),
        course(2562, 2, "206112", 3, "B"),
      ],
    });
    const root = parseXmlStrictly(xml);
    expect(root.local).toBe("AcademicTranscript");
    expect(root.uri).toBe(TRANSCRIPT_NAMESPACE);
    expect(textOf(children(root, "IssuingInstitution")[0]!, "ID")).toBe("CMU");
    expect(textOf(children(root, "Student")[0]!, "ID")).toBe("620610101");
    expect(textOf(children(root, "Student")[0]!, "Name")).toBe("นางสาวอารีรัตน์ แก้วมณี");
    expect(textOf(children(root, "AcademicProgram")[0]!, "DegreeName")).toBe("วิศวกรรมศาสตรบัณฑิต");

    const sessions = children(root, "AcademicSession");
    expect(
      sessions.map(
        (session) => `${textOf(session, "Semester")}/${textOf(session, "AcademicYear")}`,
      ),
    ).toEqual(["1/2562", "2/2562", "1/2563"]);
    const first = sessions[0]!;
    expect(children(first, "Course").map((node) => textOf(node, "Code"))).toEqual([
      "261103",
      "140104",
    ]);
    const names = children(children(first, "Course")[0]!, "Name");
    expect(names.map((name) => [name.attributes.languageID, name.text])).toEqual([
      ["th", "วิชา 261103"],
      ["en", "Course 261103"],
    ]);
    // S counts towards credits earned, not towards the GPA.
    const firstSummary = children(first, "SessionSummary")[0]!;
    expect(textOf(firstSummary, "EarnedCredits")).toBe("4");
    expect(textOf(firstSummary, "GPA")).toBe("4.00");
    const lastSummary = children(sessions[2]!, "SessionSummary")[0]!;
    expect(textOf(lastSummary, "GPA")).toBe("2.50");
    // (4·3 + 4·3 + 3·3 + 2.5·3) / 12 = 3.375, truncated.
    expect(textOf(lastSummary, "CumulativeGPA")).toBe("3.37");
    const summary = children(root, "AcademicSummary")[0]!;
    expect(textOf(summary, "GPAX")).toBe("3.40");
    expect(textOf(summary, "GraduationDate")).toBe("2023-03-31");
  });

  test("escapes markup and drops characters XML cannot carry, whatever the text", () => {
    const hostile = `A & B <script>alert("x")</script> 'q' \u0001\u001F\uD800 end`;
    const xml = transcriptXml({
      agency: { ...agency, nameEn: `Chiang Mai "University" & <Co>` },
      documentType,
      holderName: hostile,
      data: { studentId: "1", note: "]]> <!-- -->" },
      courses: [course(2562, 1, "X1", 3, "A", { th: hostile, en: "a&b" })],
    });
    const root = parseXmlStrictly(xml);
    const name = textOf(children(root, "Student")[0]!, "Name")!;
    expect(name).toContain(`A & B <script>alert("x")</script> 'q'`);
    expect(name).not.toMatch(/[\u0001\u001F]/);
    expect(name).toContain("'q' \uFFFD\uFFFD\uFFFD end");
    expect(children(root, "IssuingInstitution")[0]!.text).toContain(
      `Chiang Mai "University" & <Co>`,
    );
    const additional = children(children(root, "AdditionalInformation")[0]!, "Field")[0]!;
    expect(additional.attributes.key).toBe("note");
    expect(additional.text).toBe("]]> <!-- -->");
  });

  test("the strict parser does refuse a message that is not well-formed", () => {
    expect(() => parseXmlStrictly(`<a xmlns="${TRANSCRIPT_NAMESPACE}">A & B</a>`)).toThrow();
    expect(() => parseXmlStrictly("<a><b></a>")).toThrow();
    expect(() => parseXmlStrictly("<a>\u0001</a>")).toThrow();
  });
});

describe("grades", () => {
  test("truncate the GPA to two decimals and count only earning grades as credits", () => {
    const summary = summariseGrades([
      course(2562, 1, "A1", 3, "B"),
      course(2562, 1, "A2", 3, "B+"),
      course(2562, 1, "A3", 3, "A"),
      course(2562, 1, "A4", 3, "F"),
      course(2562, 1, "A5", 2, "W"),
      course(2562, 1, "A6", 1, "S"),
    ]);
    // (3 + 3.5 + 4 + 0) · 3 / 12 = 2.625
    expect(summary).toEqual({ gpaCredits: 12, earnedCredits: 10, gpa: "2.62" });
    expect(summariseGrades([course(2562, 1, "A5", 1, "S")]).gpa).toBeNull();
  });

  test("name each bad course field in Thai and English, and a stated GPA the courses deny", () => {
    const problems = transcriptCourseProblems(
      [
        course(2019, 1, "A1", 3, "A"),
        course(2562, 4, "A2", 3, "A+"),
        course(2562, 1, "A3", 3.25, "B", { en: "" }),
        course(2562, 1, "a3", 3, "B"),
      ],
      "3.00",
    );
    expect(problems.map((problem) => `${problem.field}:${problem.code}`)).toEqual([
      "courses.0.academicYear:invalid_year",
      "courses.1.semester:invalid_semester",
      "courses.1.grade:invalid_grade",
      "courses.2.nameEn:required",
      "courses.2.credits:invalid_credits",
      "courses.3.code:duplicate_course",
    ]);
    expect(problems[0]!.messages?.th).toContain("พุทธศักราช");
    expect(transcriptCourseProblems([], undefined)[0]!.field).toBe("courses");
    const mismatch = transcriptCourseProblems([course(2562, 1, "A1", 3, "B")], "3.50");
    expect(mismatch).toMatchObject([{ field: "data.gpa", code: "gpa_mismatch" }]);
    expect(transcriptCourseProblems([course(2562, 1, "A1", 3, "B")], "3.00")).toEqual([]);
  });
});
