import type { DocumentType, DocumentTypeDefinition } from "../schema";

export const TRANSCRIPT_TYPE_CODE = "transcript";
export const TRANSCRIPT_CREDENTIAL_TYPE = "TranscriptCredential";

/** Every document of kind transcript carries its courses and their XML. */
export function isTranscriptType(documentType: Pick<DocumentType, "kind">): boolean {
  return documentType.kind === "transcript";
}

/**
 * The fields of a university transcript, keys as the XML reads them. The
 * courses are not fields: they travel beside the data and into the XML.
 */
export const transcriptFields: DocumentTypeDefinition["fields"] = [
  {
    key: "studentId",
    label: { th: "รหัสประจำตัวนักศึกษา", en: "Student ID" },
    type: "text",
    required: true,
  },
  { key: "degree", label: { th: "ปริญญา", en: "Degree" }, type: "text", required: true },
  { key: "program", label: { th: "สาขาวิชา", en: "Programme" }, type: "text", required: true },
  { key: "faculty", label: { th: "คณะ", en: "Faculty" }, type: "text", required: true },
  {
    key: "admissionDate",
    label: { th: "วันที่เข้าศึกษา", en: "Date of admission" },
    type: "date",
    required: true,
  },
  {
    key: "graduationDate",
    label: { th: "วันที่สำเร็จการศึกษา", en: "Date of graduation" },
    type: "date",
    required: true,
  },
  {
    key: "creditsEarned",
    label: { th: "หน่วยกิตสะสม", en: "Credits earned" },
    type: "number",
    required: true,
  },
  {
    key: "gpa",
    label: { th: "คะแนนเฉลี่ยสะสม", en: "Cumulative GPA" },
    type: "number",
    required: true,
  },
  { key: "honours", label: { th: "เกียรตินิยม", en: "Honours" }, type: "text", required: false },
];

/** A university's transcript, signed by its registrar. */
export function transcriptTypeDefinition(signatory: {
  name: { th: string; en: string };
  position?: { th: string; en: string };
}): DocumentTypeDefinition {
  return {
    code: TRANSCRIPT_TYPE_CODE,
    kind: "transcript",
    title: { th: "ใบแสดงผลการศึกษา", en: "Academic Transcript" },
    fields: transcriptFields,
    signatory: {
      name: signatory.name,
      position: signatory.position ?? { th: "นายทะเบียน", en: "Registrar" },
    },
    credentialType: TRANSCRIPT_CREDENTIAL_TYPE,
    validDays: null,
    service: null,
  };
}
