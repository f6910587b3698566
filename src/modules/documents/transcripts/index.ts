export {
  MAX_COURSES,
  summariseGrades,
  type TranscriptCourse,
  transcriptCourseProblems,
  TranscriptCourseSchema,
  transcriptGrades,
} from "./courses";
export { transcriptTable } from "./transcript-table";
export {
  isTranscriptType,
  TRANSCRIPT_CREDENTIAL_TYPE,
  TRANSCRIPT_TYPE_CODE,
  transcriptFields,
  transcriptTypeDefinition,
} from "./transcript-type";
export {
  escapeXml,
  TRANSCRIPT_NAMESPACE,
  transcriptAttachment,
  transcriptXml,
  type TranscriptXmlInput,
} from "./transcript-xml";
