import type { Locale, Translate } from "@/core/i18n";
import { Tag } from "@/core/ui/components";

import { serviceConsoleMessages as m } from "../console-messages";
import { previewDefinition } from "../draft-preview";
import { FormDefinitionSchema, FormPreview } from "../form";
import { totalWorkingDays } from "../schema";
import { ServiceManual } from "./service-manual";

type Loose = Record<string, unknown>;

function record(value: unknown): Loose {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Loose)
    : {};
}

function localText(value: unknown, locale: Locale): string {
  if (typeof value === "string") return value;
  const pair = record(value);
  const text = pair[locale] ?? pair.th ?? pair.en;
  return typeof text === "string" ? text : "";
}

/**
 * A form still being written (one the form engine's schema does not accept
 * yet) is outlined instead of rendered: each page's title and the labels of
 * its fields, read leniently, so the preview shows what it has.
 */
export function DraftFormOutline({
  form,
  t,
  locale,
}: {
  form: unknown;
  t: Translate;
  locale: Locale;
}) {
  const definition = record(form);
  const pages = [definition.pages, definition.sections].find(Array.isArray) as
    unknown[] | undefined;
  const outline = (pages ?? [definition]).map((page) => {
    const entry = record(page);
    const fields = [entry.fields, entry.questions].find(Array.isArray) as unknown[] | undefined;
    return {
      title: localText(entry.title, locale),
      labels: (fields ?? []).map((field) => {
        const item = record(field);
        return localText(item.label, locale) || localText(item.id ?? item.name, locale);
      }),
    };
  });
  return (
    <div data-form-preview-slot="">
      <p class="hint">{t(m.preview.formSlot)}</p>
      <ol>
        {outline.map((page, index) => (
          <li>
            <strong>{page.title || t(m.preview.page, { n: index + 1 })}</strong>
            <ul>
              {page.labels.map((label) => (
                <li>{label}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

function FormOrOutline({ form, t, locale }: { form: unknown; t: Translate; locale: Locale }) {
  const parsed = FormDefinitionSchema.safeParse(form);
  return parsed.success ? (
    <FormPreview definition={{ form: parsed.data }} locale={locale} />
  ) : (
    <DraftFormOutline form={form} t={t} locale={locale} />
  );
}

/**
 * What the editor previews: the citizen's manual rendered from the draft by
 * the public page's own component, and the application form when the draft
 * has one. The live preview endpoint answers with exactly this fragment.
 */
export function ServicePreview({
  t,
  locale,
  draft,
  agency,
}: {
  t: Translate;
  locale: Locale;
  draft: unknown;
  agency: { code: string; nameTh: string; nameEn: string };
}) {
  const definition = previewDefinition(draft);
  const form = record(draft).form;
  return (
    <>
      <ServiceManual
        t={t}
        locale={locale}
        definition={definition}
        agency={agency}
        totalWorkingDays={totalWorkingDays(definition)}
        meta={
          <p>
            <Tag tone="warn">{t(m.preview.draftTag)}</Tag>
          </p>
        }
        level={3}
        idPrefix="preview-"
      />
      {form === undefined ? null : (
        <>
          <h3>{t(m.preview.form)}</h3>
          <FormOrOutline form={form} t={t} locale={locale} />
        </>
      )}
    </>
  );
}
