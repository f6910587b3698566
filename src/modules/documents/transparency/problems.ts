import { AppError, type FieldProblem } from "@/core/errors";
import { type Message, type Params, translate } from "@/core/i18n";

/** One field's problem in both languages; `message` is the English, as the problem's detail is. */
export function fieldProblem(
  field: string,
  code: string,
  message: Message,
  params?: Params,
): FieldProblem {
  return {
    field,
    code,
    message: translate("en", message, params),
    messages: { th: translate("th", message, params), en: translate("en", message, params) },
  };
}

/** A 400 problem naming one field. */
export function invalidRequest(
  field: string,
  code: string,
  message: Message,
  params?: Params,
): AppError {
  return new AppError("validation_failed", translate("en", message, params), {
    fields: [fieldProblem(field, code, message, params)],
  });
}
