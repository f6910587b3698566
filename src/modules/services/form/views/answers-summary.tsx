import type { Locale } from "@/core/i18n";
import { formatThaiCitizenId } from "@/core/identity/thai-id";

import { type Answers, formSteps, isAnswered, ownValue, resolveForm } from "../conditions";
import { formatIsoDate } from "../dates";
import { formMessages as m } from "../messages";
import { formatBytes } from "../problems";
import type { AnyField, Field, GroupField } from "../schema";
import type { FormDefinition } from "../schema";
import { findDistrict, findProvince, findSubdistrict } from "../thai-addresses";
import { type AttachmentDisplay, say } from "./simple-controls";

export interface AnswersSummaryProps {
  form: FormDefinition;
  answers: Answers;
  locale: Locale;
  attachmentOf?: ((attachmentId: string) => AttachmentDisplay | undefined) | undefined;
  /** A link to change the answers of a step, on the review page; none on a receipt or for officers. */
  changeHref?: ((stepId: string) => string) | undefined;
  changeLabel?: string | undefined;
  headingLevel?: 2 | 3 | undefined;
}

/**
 * The answers, read-only, page by page: each question's label and the answer
 * as the person gave it (option labels, dates in the locale's era, the address
 * in words, files by name and size, rows of a group as a table).
 */
export function AnswersSummary(props: AnswersSummaryProps) {
  const { form, answers, locale } = props;
  const resolved = resolveForm(form, (field) => ownValue(answers, field.id));
  const steps = formSteps(form, answers);
  const stepOf = (field: Field) =>
    steps.find((step) => step.fields.some((each) => each.id === field.id))?.id;
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <div class="answers-summary">
      {resolved.pages.map((page) => {
        const shown = page.fields.filter((field) => resolved.shown.has(field.id));
        if (shown.length === 0) return null;
        const pageStep = form.onePerPage ? undefined : stepOf(shown[0]!);
        return (
          <section>
            <Heading>{page.title[locale]}</Heading>
            {props.changeHref && pageStep ? (
              <p>
                <a href={props.changeHref(pageStep)}>
                  {props.changeLabel ?? ""}
                  <span class="visually-hidden"> {page.title[locale]}</span>
                </a>
              </p>
            ) : null}
            <dl class="summary-list">
              {shown.map((field) => {
                const fieldStep = form.onePerPage ? stepOf(field) : undefined;
                return (
                  <>
                    <dt>
                      {field.type === "declaration"
                        ? say(locale, m.summary.declaration)
                        : field.label[locale]}
                    </dt>
                    <dd>
                      <AnswerValue
                        field={field}
                        value={ownValue(answers, field.id)}
                        locale={locale}
                        attachmentOf={props.attachmentOf}
                      />
                      {props.changeHref && fieldStep ? (
                        <>
                          {" "}
                          <a href={props.changeHref(fieldStep)}>
                            {props.changeLabel ?? ""}
                            <span class="visually-hidden"> {field.label[locale]}</span>
                          </a>
                        </>
                      ) : null}
                    </dd>
                  </>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}

/** One answer for reading. */
export function AnswerValue({
  field,
  value,
  locale,
  attachmentOf,
}: {
  field: AnyField;
  value: unknown;
  locale: Locale;
  attachmentOf?: ((attachmentId: string) => AttachmentDisplay | undefined) | undefined;
}) {
  if (field.type === "declaration") {
    return (
      <>
        {value === true
          ? `${say(locale, m.summary.confirmed)}: ${field.label[locale]}`
          : say(locale, m.summary.notConfirmed)}
      </>
    );
  }
  if (!isAnswered(value)) return <span class="hint">{say(locale, m.summary.notAnswered)}</span>;
  if (field.type === "file" && Array.isArray(value)) {
    return (
      <ul class="file-list">
        {value.map((id) => {
          const shown = typeof id === "string" ? attachmentOf?.(id) : undefined;
          return (
            <li>{shown ? `${shown.filename} (${formatBytes(shown.size)[locale]})` : String(id)}</li>
          );
        })}
      </ul>
    );
  }
  if (field.type === "group" && Array.isArray(value))
    return <GroupTable field={field} rows={value} locale={locale} />;
  if (field.type === "checkboxes" && Array.isArray(value)) {
    return (
      <ul>
        {value.map((each) => (
          <li>{answerText(field, [each], locale)}</li>
        ))}
      </ul>
    );
  }
  if (field.type === "textarea" && typeof value === "string") {
    return (
      <>
        {value.split("\n").map((line, index) => (
          <>
            {index > 0 ? <br /> : null}
            {line}
          </>
        ))}
      </>
    );
  }
  return <>{answerText(field, value, locale)}</>;
}

function GroupTable({
  field,
  rows,
  locale,
}: {
  field: GroupField;
  rows: unknown[];
  locale: Locale;
}) {
  return (
    <div class="table-scroll" role="region" aria-label={field.label[locale]} tabindex={0}>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">#</th>
            {field.fields.map((column) => (
              <th scope="col">{column.label[locale]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr>
              <td>{index + 1}</td>
              {field.fields.map((column) => (
                <td>{answerText(column, ownValue(row, column.id), locale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One answer as plain text, for tables, notices and e-mails. */
export function answerText(field: AnyField, value: unknown, locale: Locale): string {
  if (!isAnswered(value)) return say(locale, m.summary.notAnswered);
  switch (field.type) {
    case "radio":
    case "select":
    case "checkboxes": {
      const chosen = Array.isArray(value) ? value : [value];
      return chosen
        .map(
          (each) =>
            field.options.find((option) => option.value === each)?.label[locale] ?? String(each),
        )
        .join(", ");
    }
    case "yes_no":
      return say(locale, value === true ? m.controls.yes : m.controls.no);
    case "declaration":
      return say(locale, value === true ? m.summary.confirmed : m.summary.notConfirmed);
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? formatIsoDate(value, locale)
        : String(value);
    case "number": {
      const number =
        typeof value === "number"
          ? new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB").format(value)
          : String(value);
      return field.unit ? `${number} ${field.unit[locale]}` : number;
    }
    case "citizen_id":
    case "juristic_id":
      return typeof value === "string" && /^\d{13}$/.test(value)
        ? formatThaiCitizenId(value)
        : String(value);
    case "phone":
      return typeof value === "string" ? formatPhone(value) : String(value);
    case "thai_address":
      return formatAddress(value, locale);
    case "group":
      return Array.isArray(value) ? String(value.length) : "";
    case "file":
      return Array.isArray(value) ? value.join(", ") : "";
    default:
      return typeof value === "string" || typeof value === "number"
        ? String(value)
        : JSON.stringify(value);
  }
}

/** 081-234-5678 for a mobile number, 02-123-4567 in Bangkok, 053-123-456 elsewhere. */
export function formatPhone(digits: string): string {
  if (/^0\d{9}$/.test(digits))
    return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  if (/^02\d{7}$/.test(digits))
    return `${digits.slice(0, 2)}-${digits.slice(2, 5)}-${digits.slice(5)}`;
  if (/^0\d{8}$/.test(digits))
    return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  return digits;
}

/** An address in words: Bangkok's khwaeng and khet, elsewhere tambon, amphoe and changwat. */
export function formatAddress(value: unknown, locale: Locale): string {
  const part = (key: string) => {
    const found = ownValue(value, key);
    return typeof found === "string" ? found : "";
  };
  const province = findProvince(part("provinceCode"));
  const district = findDistrict(part("districtCode"));
  const subdistrict = findSubdistrict(part("subdistrictCode"));
  const isBangkok = province?.code === "10";
  if (locale === "th") {
    return [
      part("line"),
      subdistrict ? `${isBangkok ? "แขวง" : "ตำบล"}${subdistrict.nameTh}` : "",
      district ? `${isBangkok ? "เขต" : "อำเภอ"}${district.nameTh}` : "",
      province ? (isBangkok ? province.nameTh : `จังหวัด${province.nameTh}`) : "",
      part("postcode"),
    ]
      .filter(Boolean)
      .join(" ");
  }
  return [
    part("line"),
    subdistrict?.nameEn,
    district?.nameEn,
    [province?.nameEn, part("postcode")].filter(Boolean).join(" "),
  ]
    .filter(Boolean)
    .join(", ");
}
