import type { Child } from "hono/jsx";

import { describeAssurance } from "@/core/auth/assurance";
import type { Locale, Translate } from "@/core/i18n";

import { serviceMessages as m } from "../messages";
import type { ServiceDefinition } from "../schema";

/** Satang as baht, the way each language writes money. */
export function formatBaht(amountSatang: number, locale: Locale): string {
  const amount = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB", {
    minimumFractionDigits: amountSatang % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amountSatang / 100);
  return locale === "th" ? `${amount} บาท` : `THB ${amount}`;
}

function Heading({ level, id, children }: { level: 1 | 2 | 3 | 4; id?: string; children: Child }) {
  if (level === 1) return <h1 id={id}>{children}</h1>;
  if (level === 2) return <h2 id={id}>{children}</h2>;
  if (level === 3) return <h3 id={id}>{children}</h3>;
  return <h4 id={id}>{children}</h4>;
}

export interface ServiceManualProps {
  t: Translate;
  locale: Locale;
  definition: ServiceDefinition;
  agency: { code: string; nameTh: string; nameEn: string };
  totalWorkingDays: number;
  /** What is said under the summary: the version and its date, or that this is a preview. */
  meta: Child;
  /** What the person can do next, e.g. apply online; shown after the summary. */
  action?: Child;
  /**
   * The level of the service's name: 1 on the public page, where it is the
   * page's heading; deeper where the manual sits inside another page (the
   * editor's live preview). Each part of the manual is one level below.
   */
  level?: 1 | 2 | 3;
  /** Keeps ids unique when the manual sits inside another page. */
  idPrefix?: string;
  /** Names of the agencies whose registries the form fetches from, by code. */
  providerNames?: ReadonlyMap<string, { nameTh: string; nameEn: string }> | undefined;
}

/** A document fetched from a registry: from whom, and that a copy is needed only if it cannot be. */
function FetchedDocument({
  t,
  locale,
  document,
  names,
}: {
  t: Translate;
  locale: Locale;
  document: ServiceDefinition["documents"][number];
  names: ServiceManualProps["providerNames"];
}) {
  const code = document.registry!.provider;
  const name = names?.get(code);
  const provider = name ? (locale === "th" ? name.nameTh : name.nameEn) : code;
  return (
    <>
      {t(m.documentFetched, { provider, code })}
      {document.registry!.fallbackField ? <p class="hint">{t(m.documentFetchedFallback)}</p> : null}
    </>
  );
}

/** The citizen's manual (คู่มือสำหรับประชาชน) of one service, as the law asks it to be published. */
export function ServiceManual({
  t,
  locale,
  definition,
  agency,
  totalWorkingDays,
  meta,
  action = null,
  level = 1,
  idPrefix = "",
  providerNames,
}: ServiceManualProps) {
  const assurance = describeAssurance(t, definition.requiredAssurance);
  const section = (level + 1) as 2 | 3 | 4;
  const stepsTitleId = `${idPrefix}steps-title`;
  return (
    <>
      <p class="caption">{t(m.manualCaption)}</p>
      <Heading level={level}>{definition.name[locale]}</Heading>
      <p class="lead">{definition.summary[locale]}</p>
      {meta}
      {action}
      <dl class="summary-list">
        <dt>{t(m.agency)}</dt>
        <dd>
          <a href={`/agencies/${agency.code}`}>{locale === "th" ? agency.nameTh : agency.nameEn}</a>
        </dd>
        <dt>{t(m.whoMayApply)}</dt>
        <dd>{definition.applicants.map((kind) => t(m.applicants[kind])).join(", ")}</dd>
        <dt>{t(m.assurance)}</dt>
        <dd>{assurance ? `${assurance.meaning} (${assurance.summary})` : ""}</dd>
        <dt>{t(m.totalRow)}</dt>
        <dd>{t(m.totalDays, { days: totalWorkingDays })}</dd>
      </dl>

      <Heading level={section}>{t(m.criteria)}</Heading>
      <ul>
        {definition.criteria.map((criterion) => (
          <li>{criterion[locale]}</li>
        ))}
      </ul>

      <Heading level={section} id={stepsTitleId}>
        {t(m.steps)}
      </Heading>
      <div class="table-scroll" role="region" aria-labelledby={stepsTitleId} tabindex={0}>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t(m.stepColumn)}</th>
              <th scope="col">{t(m.responsibleColumn)}</th>
              <th scope="col">{t(m.daysColumn)}</th>
            </tr>
          </thead>
          <tbody>
            {definition.steps.map((step, index) => (
              <tr>
                <td>
                  {index + 1}. {step.title[locale]}
                </td>
                <td>{step.responsible[locale]}</td>
                <td>{step.workingDays}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan={2}>
                {t(m.totalRow)}
              </th>
              <td>{t(m.totalDays, { days: totalWorkingDays })}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <Heading level={section}>{t(m.documents)}</Heading>
      {definition.documents.length === 0 ? <p>{t(m.noDocuments)}</p> : null}
      <ol>
        {definition.documents.map((document) => (
          <li>
            <strong>{document.name[locale]}</strong> —{" "}
            {t(m.documentCount, { count: document.count })}
            {" · "}
            {document.registry ? (
              <FetchedDocument t={t} locale={locale} document={document} names={providerNames} />
            ) : (
              t(m.documentSource[document.source])
            )}
            {document.note ? <p class="hint">{document.note[locale]}</p> : null}
          </li>
        ))}
      </ol>

      <Heading level={section}>{t(m.fees)}</Heading>
      {definition.fees.length === 0 ? (
        <p>{t(m.noFees)}</p>
      ) : (
        <ul>
          {definition.fees.map((fee) => (
            <li>
              {fee.label[locale]}:{" "}
              <strong>
                {fee.amountSatang === 0 ? t(m.noFees) : formatBaht(fee.amountSatang, locale)}
              </strong>
              {fee.note ? <p class="hint">{fee.note[locale]}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <Heading level={section}>{t(m.channels)}</Heading>
      <ul>
        {definition.channels.map((channel) => (
          <li>
            <strong>{t(m.channelKinds[channel.kind])}</strong>: {channel[locale]}
          </li>
        ))}
      </ul>

      <Heading level={section}>{t(m.outputs)}</Heading>
      <ul>
        {definition.outputs.map((output) => (
          <li>{output.name[locale]}</li>
        ))}
      </ul>

      <Heading level={section}>{t(m.legalBasis)}</Heading>
      <ul>
        {definition.legalBasis.map((law) => (
          <li>
            {law.title[locale]}
            {law.section ? ` ${t(m.section, { section: law.section })}` : null}
          </li>
        ))}
      </ul>
    </>
  );
}
