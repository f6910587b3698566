import { isRecord, ownValue } from "../conditions";
import { mediaTypeNames } from "../field-values";
import { formMessages as m } from "../messages";
import { formatBytes } from "../problems";
import type { AddressField, AnyField, FileField, GroupField } from "../schema";
import { listDistricts, listProvinces, listSubdistricts, sortPlaces } from "../thai-addresses";
import {
  ChoiceControl,
  type ControlProps,
  DateControl,
  DeclarationControl,
  ErrorText,
  hasHints,
  Hints,
  ids,
  InputControl,
  LabelText,
  say,
} from "./simple-controls";

/** One question's control, by type. */
export function FieldControl({ props }: { props: ControlProps }) {
  switch (props.field.type) {
    case "radio":
    case "select":
    case "checkboxes":
    case "yes_no":
      return <ChoiceControl props={props} />;
    case "date":
      return <DateControl props={props} />;
    case "declaration":
      return <DeclarationControl props={props} />;
    case "thai_address":
      return <AddressControl props={props} field={props.field} />;
    case "file":
      return <FileControl props={props} field={props.field} />;
    case "group":
      return <GroupControl props={props} field={props.field} />;
    default:
      return <InputControl props={props} />;
  }
}

function partOf(value: unknown, part: string): string {
  const found = ownValue(value, part);
  return typeof found === "string" ? found : "";
}

/**
 * An address: the house and road, then province, district and subdistrict
 * chosen from lists, then the postcode. Without JavaScript the lists fill one
 * level at a time when the person presses the button beside them; with it,
 * the script fills them from the address API as soon as a level is chosen.
 */
function AddressControl({ props, field }: { props: ControlProps; field: AddressField }) {
  const { context, name, path, value } = props;
  const { locale } = context;
  const error = context.errorFor(path);
  const { id, hintId, errorId, describedBy } = ids(path, hasHints(props), error);
  const current = {
    line: partOf(value, "line"),
    provinceCode: partOf(value, "provinceCode"),
    districtCode: partOf(value, "districtCode"),
    subdistrictCode: partOf(value, "subdistrictCode"),
    postcode: partOf(value, "postcode"),
  };
  const provinces = sortPlaces(
    listProvinces().filter(
      (province) => !field.provinces || field.provinces.includes(province.code),
    ),
    locale,
  );
  const districts = current.provinceCode
    ? sortPlaces(listDistricts(current.provinceCode) ?? [], locale)
    : [];
  const subdistricts = current.districtCode
    ? sortPlaces(listSubdistricts(current.districtCode) ?? [], locale)
    : [];
  const nameKey = locale === "th" ? "nameTh" : "nameEn";
  const part = (key: keyof typeof current) => {
    const partError = context.errorFor(`${path}.${key}`);
    const partIds = ids(`${path}.${key}`, false, partError);
    return { error: partError, ...partIds, label: say(locale, m.addressParts[key]) };
  };
  const select = (
    key: "provinceCode" | "districtCode" | "subdistrictCode",
    level: string,
    places: { code: string; nameTh: string; nameEn: string }[],
    placeholder: string,
  ) => {
    const each = part(key);
    return (
      <div class={each.error ? "field field--error" : "field"}>
        <label for={each.id}>{each.label}</label>
        <ErrorText id={each.errorId} error={each.error} />
        <select
          class={each.error ? "input input--error" : "input"}
          id={each.id}
          name={`${name}[${key}]`}
          data-level={level}
          data-placeholder={say(locale, m.controls.choose)}
          disabled={places.length === 0}
          aria-invalid={each.error ? "true" : undefined}
          aria-describedby={each.describedBy}
        >
          <option value="">
            {places.length === 0 ? placeholder : say(locale, m.controls.choose)}
          </option>
          {places.map((place) => (
            <option value={place.code} selected={current[key] === place.code}>
              {place[nameKey]}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const refresh = (label: string) => (
    <p>
      <button
        class="button button--secondary"
        type="submit"
        name="_action"
        value={`refresh:${field.id}`}
        data-address-refresh
      >
        {label}
      </button>
    </p>
  );
  const line = part("line");
  const postcode = part("postcode");
  return (
    <fieldset
      class={error ? "field field--error" : "field"}
      id={id}
      tabindex={-1}
      aria-describedby={describedBy}
      data-address
    >
      <legend>
        <LabelText props={props} />
      </legend>
      <Hints props={props} hintId={hintId} />
      <ErrorText id={errorId} error={error} />
      <div class={line.error ? "field field--error" : "field"}>
        <label for={line.id}>{line.label}</label>
        <ErrorText id={line.errorId} error={line.error} />
        <input
          class={line.error ? "input input--error" : "input"}
          id={line.id}
          name={`${name}[line]`}
          value={current.line}
          autocomplete="address-line1"
          aria-invalid={line.error ? "true" : undefined}
          aria-describedby={line.describedBy}
        />
      </div>
      {select("provinceCode", "province", provinces, say(locale, m.controls.choose))}
      {refresh(say(locale, m.controls.showDistricts))}
      {select("districtCode", "district", districts, say(locale, m.controls.chooseProvinceFirst))}
      {refresh(say(locale, m.controls.showSubdistricts))}
      {select(
        "subdistrictCode",
        "subdistrict",
        subdistricts,
        say(locale, m.controls.chooseDistrictFirst),
      )}
      <div class={postcode.error ? "field field--error" : "field"}>
        <label for={postcode.id}>{postcode.label}</label>
        <span class="hint" id={`${postcode.id}-hint`}>
          {say(locale, m.controls.postcodeHint)}
        </span>
        <ErrorText id={postcode.errorId} error={postcode.error} />
        <input
          class={postcode.error ? "input input--width-5 input--error" : "input input--width-5"}
          id={postcode.id}
          name={`${name}[postcode]`}
          value={current.postcode}
          inputmode="numeric"
          autocomplete="postal-code"
          maxlength={5}
          data-level="postcode"
          aria-invalid={postcode.error ? "true" : undefined}
          aria-describedby={[`${postcode.id}-hint`, postcode.errorId].filter(Boolean).join(" ")}
        />
      </div>
    </fieldset>
  );
}

/** File uploads: what is already attached (each with a remove button), then a file input. */
function FileControl({ props, field }: { props: ControlProps; field: FileField }) {
  const { context, path, name } = props;
  const { locale } = context;
  const error = context.errorFor(path);
  const { id, hintId, errorId, describedBy } = ids(path, true, error);
  const attached = Array.isArray(props.value)
    ? props.value.filter((each): each is string => typeof each === "string")
    : [];
  const limits = say(locale, m.controls.fileLimits, {
    types: mediaTypeNames(field),
    limit: formatBytes(field.maxBytes)[locale],
  });
  const count =
    field.multiple && field.maxFiles
      ? ` ${say(locale, m.controls.fileCount, { max: field.maxFiles })}`
      : "";
  return (
    <div class={error ? "field field--error" : "field"}>
      <label for={id}>
        <LabelText props={props} />
      </label>
      <Hints props={props} hintId={hintId} extra={`${limits}${count}`} />
      <ErrorText id={errorId} error={error} />
      {attached.length > 0 ? (
        <>
          <p class="caption">{say(locale, m.controls.filesAttached)}</p>
          <ul class="file-list">
            {attached.map((attachmentId) => {
              const shown = context.attachmentOf?.(attachmentId);
              const filename = shown?.filename ?? attachmentId;
              return (
                <li>
                  <input type="hidden" name={`${name}[kept]`} value={attachmentId} />
                  <span>
                    {filename}
                    {shown ? ` (${formatBytes(shown.size)[locale]})` : ""}
                  </span>
                  <button
                    class="button button--secondary"
                    type="submit"
                    name="_action"
                    value={`remove_file:${field.id}:${attachmentId}`}
                  >
                    {say(locale, m.controls.removeFile, { name: filename })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <input
        class={error ? "input input--error" : "input"}
        id={id}
        name={name}
        type="file"
        accept={field.accept.join(",")}
        multiple={field.multiple}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/** Repeating rows: each row a small set of questions, with buttons to add and remove rows. */
function GroupControl({ props, field }: { props: ControlProps; field: GroupField }) {
  const { context, path, name } = props;
  const { locale } = context;
  const error = context.errorFor(path);
  const { id, hintId, errorId, describedBy } = ids(path, hasHints(props, true), error);
  const given = Array.isArray(props.value) ? props.value.filter(isRecord) : [];
  // An empty table still shows one row to fill in, so the first row needs no extra step.
  const rows =
    given.length > 0 ? given : Array.from({ length: Math.max(1, field.minItems ?? 0) }, () => ({}));
  const item = field.itemLabel[locale];
  return (
    <fieldset
      class={error ? "field field--error" : "field"}
      id={id}
      tabindex={-1}
      aria-describedby={describedBy}
    >
      <legend>
        <LabelText props={props} />
      </legend>
      <Hints
        props={props}
        hintId={hintId}
        extra={say(locale, m.controls.rowCount, { count: given.length, max: field.maxItems })}
      />
      <ErrorText id={errorId} error={error} />
      {rows.map((row, index) => (
        <fieldset class="group-row">
          <legend>{say(locale, m.controls.rowHeading, { item, number: index + 1 })}</legend>
          {field.fields.map((column: AnyField) => (
            <FieldControl
              props={{
                field: column,
                path: `${path}.${index}.${column.id}`,
                name: `${name}[${index}][${column.id}]`,
                value: ownValue(row, column.id),
                isOptional: !column.required,
                context,
              }}
            />
          ))}
          <button
            class="button button--secondary"
            type="submit"
            name="_action"
            value={`remove_row:${field.id}:${index}`}
          >
            {say(locale, m.controls.removeRow, { item, number: index + 1 })}
          </button>
        </fieldset>
      ))}
      {rows.length < field.maxItems ? (
        <button
          class="button button--secondary"
          type="submit"
          name="_action"
          value={`add_row:${field.id}`}
        >
          {say(locale, m.controls.addRow, { item })}
        </button>
      ) : null}
    </fieldset>
  );
}
