import type { Agency } from "@/modules/agencies";

import type { AssociatedFile } from "../pdf/pdf-a-document";
import type { DocumentType } from "../schema";
import { isEarningGrade, normaliseGrade, summariseGrades, type TranscriptCourse } from "./courses";

/**
 * Pratu's own namespace: the message follows the structure of ETDA
 * recommendation ขมธอ. 25-2563 (institution, student, programme, academic
 * sessions with their courses, summary) as far as its public description
 * goes, and does not claim the recommendation's own schema.
 */
export const TRANSCRIPT_NAMESPACE = "urn:pratu:academic-transcript:1";
export const TRANSCRIPT_GUIDELINE = "ETDA ขมธอ. 25-2563";

/** The data keys the XML places; any other field goes under AdditionalInformation. */
const placedKeys = new Set([
  "studentId",
  "degree",
  "program",
  "faculty",
  "admissionDate",
  "graduationDate",
  "creditsEarned",
  "gpa",
  "honours",
]);

/**
 * Text as XML 1.0 allows it: the five markup characters escaped, and the
 * characters XML cannot carry at all (most C0 controls, lone surrogates,
 * U+FFFE and U+FFFF) replaced, so any input gives a well-formed message.
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      "\uFFFD",
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

type Attributes = Readonly<Record<string, string>>;
type Node = string | { name: string; attributes?: Attributes; children: Node[] };

const element = (name: string, children: Node[], attributes?: Attributes): Node => ({
  name,
  children,
  ...(attributes ? { attributes } : {}),
});
const text = (name: string, value: string, attributes?: Attributes): Node =>
  element(name, [value], attributes);

function serialise(node: Node, depth: number): string {
  if (typeof node === "string") return escapeXml(node);
  const indent = "  ".repeat(depth);
  const attributes = Object.entries(node.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
  if (node.children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  if (node.children.every((child) => typeof child === "string")) {
    return `${indent}<${node.name}${attributes}>${node.children.map((child) => serialise(child, 0)).join("")}</${node.name}>`;
  }
  const inner = node.children.map((child) => serialise(child, depth + 1)).join("\n");
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}

const bilingual = (name: string, value: { th: string; en: string }): Node[] => [
  text(name, value.th, { languageID: "th" }),
  text(name, value.en, { languageID: "en" }),
];

function optional(name: string, value: string | undefined): Node[] {
  const trimmed = value?.trim();
  return trimmed ? [text(name, trimmed)] : [];
}

function creditsText(credits: number): string {
  return Number.isInteger(credits) ? String(credits) : credits.toFixed(1);
}

/** Sessions in the order they were studied, each with its courses as given. */
function sessionsOf(courses: readonly TranscriptCourse[]): Node[] {
  const sessions = new Map<string, TranscriptCourse[]>();
  const ordered = [...courses].sort(
    (left, right) => left.academicYear - right.academicYear || left.semester - right.semester,
  );
  for (const course of ordered) {
    const key = `${course.academicYear}/${course.semester}`;
    sessions.set(key, [...(sessions.get(key) ?? []), course]);
  }
  const sofar: TranscriptCourse[] = [];
  return [...sessions.values()].map((session) => {
    sofar.push(...session);
    const term = summariseGrades(session);
    const cumulative = summariseGrades(sofar);
    const first = session[0]!;
    return element("AcademicSession", [
      text("AcademicYear", String(first.academicYear), { calendar: "buddhist-era" }),
      text("Semester", String(first.semester), { summer: first.semester === 3 ? "true" : "false" }),
      ...session.map((course) =>
        element("Course", [
          text("Code", course.code.trim()),
          ...bilingual("Name", { th: course.nameTh.trim(), en: course.nameEn.trim() }),
          text("Credits", creditsText(course.credits)),
          text("Grade", normaliseGrade(course.grade)),
          text("CreditsEarned", isEarningGrade(course.grade) ? creditsText(course.credits) : "0"),
        ]),
      ),
      element("SessionSummary", [
        text("AttemptedCredits", creditsText(session.reduce((sum, c) => sum + c.credits, 0))),
        text("EarnedCredits", creditsText(term.earnedCredits)),
        ...(term.gpa === null ? [] : [text("GPA", term.gpa)]),
        ...(cumulative.gpa === null ? [] : [text("CumulativeGPA", cumulative.gpa)]),
      ]),
    ]);
  });
}

export interface TranscriptXmlInput {
  agency: Pick<Agency, "code" | "nameTh" | "nameEn">;
  documentType: Pick<DocumentType, "code" | "title">;
  holderName: string;
  data: Readonly<Record<string, string>>;
  courses: readonly TranscriptCourse[];
}

/** The transcript as an XML message (UTF-8), well-formed whatever its text. */
export function transcriptXml(input: TranscriptXmlInput): string {
  const { data } = input;
  const additional = Object.entries(data).filter(
    ([key, value]) => !placedKeys.has(key) && value.trim() !== "",
  );
  const root = element(
    "AcademicTranscript",
    [
      element("ExchangedDocumentContext", [
        text("GuidelineID", TRANSCRIPT_GUIDELINE, { schemeAgencyID: "ETDA" }),
      ]),
      element("ExchangedDocument", [
        text("TypeCode", input.documentType.code),
        ...bilingual("Name", input.documentType.title),
      ]),
      element("IssuingInstitution", [
        text("ID", input.agency.code, { schemeID: "pratu-agency-code" }),
        ...bilingual("Name", { th: input.agency.nameTh, en: input.agency.nameEn }),
      ]),
      element("Student", [...optional("ID", data.studentId), text("Name", input.holderName)]),
      element("AcademicProgram", [
        ...optional("DegreeName", data.degree),
        ...optional("ProgramName", data.program),
        ...optional("FacultyName", data.faculty),
        ...optional("AdmissionDate", data.admissionDate),
      ]),
      ...sessionsOf(input.courses),
      element("AcademicSummary", [
        ...optional("EarnedCredits", data.creditsEarned),
        ...optional("GPAX", data.gpa),
        ...optional("GraduationDate", data.graduationDate),
        ...optional("Honours", data.honours),
      ]),
      ...(additional.length > 0
        ? [
            element(
              "AdditionalInformation",
              additional.map(([key, value]) => text("Field", value.trim(), { key })),
            ),
          ]
        : []),
    ],
    { xmlns: TRANSCRIPT_NAMESPACE, version: "1.0" },
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialise(root, 0)}\n`;
}

/** The XML as the file a transcript's PDF carries: the source the paper was drawn from. */
export function transcriptAttachment(input: TranscriptXmlInput): AssociatedFile {
  return {
    name: "transcript.xml",
    mimeType: "application/xml",
    relationship: "Source",
    description: "Academic transcript (XML, structured after ETDA recommendation 25-2563)",
    content: new TextEncoder().encode(transcriptXml(input)),
  };
}
