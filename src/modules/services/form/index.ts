export { addressRoutes } from "./address-routes";
export type { AddressPart, ThaiAddressAnswer } from "./address-values";
export { answersJsonSchema } from "./answers-json-schema";
export { checkUpload, cleanFilename, type UploadCheck } from "./check-upload";
export {
  type Answers,
  evaluateCondition,
  findField,
  formFileFieldIds,
  type FormStepOutline,
  formSteps,
  isAnswered,
  isFieldShown,
  visiblePages,
} from "./conditions";
export type { AttachmentInfo, AttachmentLookup } from "./field-values";
export {
  answersFromFormBody,
  filesFromFormBody,
  type FormBody,
  type FormBodyAnswers,
  type PageAction,
  stepFields,
} from "./form-body";
export { type AnswerProblem, toFieldProblems } from "./problems";
export {
  type AcceptedMediaType,
  acceptedMediaTypes,
  type FileField,
  type Condition as FormCondition,
  type FormDefinition,
  FormDefinitionSchema,
  type Field as FormField,
  type FormPage,
  type GroupChild,
  MAX_UPLOAD_BYTES,
} from "./schema";
export {
  type AddressPlace,
  type District,
  findDistrict,
  findProvince,
  findSubdistrict,
  listDistricts,
  listProvinces,
  listSubdistricts,
  type Subdistrict,
} from "./thai-addresses";
export {
  type AnswersValidation,
  isKnownProblemPath,
  validateAnswers,
  type ValidateAnswersOptions,
} from "./validate-answers";
export {
  AnswersSummary,
  answerText,
  AnswerValue,
  formatAddress,
  formatPhone,
} from "./views/answers-summary";
export { FormPreview } from "./views/form-preview";
export { FormStep, type FormStepProps } from "./views/form-step";
export type { AttachmentDisplay } from "./views/simple-controls";
