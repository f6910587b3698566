import type { Child } from "hono/jsx";

import { acrFor, commonAssuranceLevels, describeAssurance } from "@/core/auth/assurance";
import type { Translate } from "@/core/i18n";

import { serviceConsoleMessages as m } from "../console-messages";
import { bahtFromSatang, type RowList } from "../editor-form";
import { serviceMessages } from "../messages";
import { problemMessages } from "../problem-messages";
import { applicantKinds, lifeEvents, serviceCategories } from "../schema";
import {
  EditorCheckboxes,
  EditorInput,
  EditorPart,
  EditorRow,
  EditorSelect,
  type Option,
  type ProblemsByAnchor,
} from "./editor-fields";

type Loose = Record<string, unknown>;

function record(value: unknown): Loose {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Loose)
    : {};
}

function valueAt(draft: unknown, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split(".")) {
    value = Array.isArray(value) ? (value as unknown[])[Number(key)] : record(value)[key];
  }
  return value;
}

/** The value at a dotted path of the draft, as the text an input shows. */
function textAt(draft: unknown, path: string): string {
  const value = valueAt(draft, path);
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}

interface PartProps {
  t: Translate;
  draft: Loose;
  problems: ProblemsByAnchor;
}

/** A Thai and an English input for one piece of text. */
function Pair({
  t,
  draft,
  problems,
  path,
  label,
  isMultiline,
}: PartProps & { path: string; label: string; isMultiline?: boolean }) {
  return (
    <>
      {(["th", "en"] as const).map((language) => (
        <EditorInput
          path={`${path}.${language}`}
          label={`${label} (${t(language === "th" ? m.editor.thai : m.editor.english)})`}
          value={textAt(draft, `${path}.${language}`)}
          lang={language}
          problems={problems}
          isMultiline={isMultiline}
        />
      ))}
    </>
  );
}

/** A list part: its rows, each with a remove button, and a button that adds one. */
function RowsPart({
  t,
  draft,
  problems,
  list,
  legend,
  row,
}: PartProps & {
  list: RowList;
  legend: string;
  row: (path: string, index: number) => Child;
}) {
  const rows = Array.isArray(draft[list]) ? (draft[list] as unknown[]) : [];
  return (
    <EditorPart path={list} legend={legend} problems={problems}>
      {rows.length === 0 ? <p>{t(m.editor.noRows)}</p> : null}
      {rows.map((_row, index) => {
        const item = t(problemMessages.items[list], { n: index + 1 });
        return (
          <EditorRow
            legend={item}
            removeLabel={t(m.editor.remove, { item })}
            removeAction={`remove:${list}.${index}`}
          >
            {row(`${list}.${index}`, index)}
          </EditorRow>
        );
      })}
      <button class="button button--secondary" type="submit" name="_action" value={`add:${list}`}>
        {t(m.editor.add[list])}
      </button>
    </EditorPart>
  );
}

function assuranceOptions(t: Translate, current: string): Option[] {
  const values = commonAssuranceLevels.map(acrFor);
  // A level set in the JSON view that the list does not offer stays choosable.
  if (current && !values.includes(current)) values.push(current);
  return values.flatMap((value) => {
    const described = describeAssurance(t, value);
    return described ? [{ value, label: `${described.meaning} (${described.summary})` }] : [];
  });
}

/** Every part of the manual as form fields, in the order the manual reads. */
export function EditorParts({ t, draft, problems }: PartProps) {
  const props = { t, draft, problems };
  const e = m.editor;
  return (
    <>
      <EditorPart path="name" legend={t(e.about)} problems={problems}>
        <Pair {...props} path="name" label={t(e.serviceName)} />
        <Pair {...props} path="summary" label={t(e.summary)} isMultiline />
      </EditorPart>

      <EditorPart path="classification" legend={t(e.classification)} problems={problems}>
        <EditorSelect
          path="category"
          label={t(e.category)}
          value={textAt(draft, "category")}
          options={serviceCategories.map((value) => ({
            value,
            label: t(serviceMessages.categories[value]),
          }))}
          placeholder={t(e.chooseOne)}
          problems={problems}
        />
        <EditorCheckboxes
          path="lifeEvents"
          legend={t(e.lifeEvents)}
          values={strings(draft.lifeEvents)}
          options={lifeEvents.map((value) => ({
            value,
            label: t(serviceMessages.lifeEvents[value]),
          }))}
          problems={problems}
        />
      </EditorPart>

      <EditorPart path="who" legend={t(e.who)} problems={problems}>
        <EditorCheckboxes
          path="applicants"
          legend={t(e.applicants)}
          values={strings(draft.applicants)}
          options={applicantKinds.map((value) => ({
            value,
            label: t(serviceMessages.applicants[value]),
          }))}
          problems={problems}
        />
        <EditorSelect
          path="requiredAssurance"
          label={t(e.assurance)}
          hint={t(e.assuranceHint)}
          value={textAt(draft, "requiredAssurance")}
          options={assuranceOptions(t, textAt(draft, "requiredAssurance"))}
          placeholder={t(e.chooseOne)}
          problems={problems}
        />
      </EditorPart>

      <RowsPart
        {...props}
        list="criteria"
        legend={t(e.criteria)}
        row={(path) => <Pair {...props} path={path} label={t(e.criterion)} isMultiline />}
      />

      <RowsPart
        {...props}
        list="steps"
        legend={t(e.steps)}
        row={(path) => (
          <>
            <Pair {...props} path={`${path}.title`} label={t(e.stepTitle)} />
            <Pair {...props} path={`${path}.responsible`} label={t(e.responsible)} />
            <EditorInput
              path={`${path}.workingDays`}
              label={t(e.workingDays)}
              hint={t(e.workingDaysHint)}
              value={textAt(draft, `${path}.workingDays`)}
              inputmode="numeric"
              isShort
              problems={problems}
            />
          </>
        )}
      />

      <RowsPart
        {...props}
        list="documents"
        legend={t(e.documents)}
        row={(path) => (
          <>
            <Pair {...props} path={`${path}.name`} label={t(e.documentName)} />
            <EditorInput
              path={`${path}.count`}
              label={t(e.count)}
              value={textAt(draft, `${path}.count`)}
              inputmode="numeric"
              isShort
              problems={problems}
            />
            <EditorSelect
              path={`${path}.source`}
              label={t(e.source)}
              value={textAt(draft, `${path}.source`)}
              options={(["attach", "registry"] as const).map((value) => ({
                value,
                label: t(serviceMessages.documentSource[value]),
              }))}
              placeholder={t(e.chooseOne)}
              problems={problems}
            />
            <Pair {...props} path={`${path}.note`} label={t(e.note)} />
          </>
        )}
      />

      <RowsPart
        {...props}
        list="fees"
        legend={t(e.fees)}
        row={(path) => (
          <>
            <Pair {...props} path={`${path}.label`} label={t(e.feeLabel)} />
            <EditorInput
              path={`${path}.amountSatang`}
              label={t(e.amount)}
              hint={t(e.amountHint)}
              value={bahtFromSatang(valueAt(draft, `${path}.amountSatang`))}
              inputmode="decimal"
              isShort
              problems={problems}
            />
            <Pair {...props} path={`${path}.note`} label={t(e.note)} />
          </>
        )}
      />

      <RowsPart
        {...props}
        list="channels"
        legend={t(e.channels)}
        row={(path) => (
          <>
            <EditorSelect
              path={`${path}.kind`}
              label={t(e.channelKind)}
              value={textAt(draft, `${path}.kind`)}
              options={(["online", "counter"] as const).map((value) => ({
                value,
                label: t(serviceMessages.channelKinds[value]),
              }))}
              placeholder={t(e.chooseOne)}
              problems={problems}
            />
            <Pair {...props} path={path} label={t(e.channelText)} isMultiline />
          </>
        )}
      />

      <RowsPart
        {...props}
        list="outputs"
        legend={t(e.outputs)}
        row={(path) => <Pair {...props} path={`${path}.name`} label={t(e.outputName)} />}
      />

      <RowsPart
        {...props}
        list="legalBasis"
        legend={t(e.legalBasis)}
        row={(path) => (
          <>
            <Pair {...props} path={`${path}.title`} label={t(e.lawTitle)} isMultiline />
            <EditorInput
              path={`${path}.section`}
              label={t(e.lawSection)}
              value={textAt(draft, `${path}.section`)}
              isShort
              problems={problems}
            />
          </>
        )}
      />
    </>
  );
}
