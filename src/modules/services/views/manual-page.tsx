import { describeAssurance } from "@/core/auth/assurance";
import { formatDate, isoInstant, type Locale } from "@/core/i18n";
import { PageHeading, Tag } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { serviceMessages as m } from "../messages";
import type { PublishedService } from "../schema";

/** Satang as baht, the way each language writes money. */
export function formatBaht(amountSatang: number, locale: Locale): string {
  const amount = new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB", {
    minimumFractionDigits: amountSatang % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amountSatang / 100);
  return locale === "th" ? `${amount} บาท` : `THB ${amount}`;
}

export function ManualPage({ page, service }: { page: PageContext; service: PublishedService }) {
  const { t, locale } = page;
  const { definition } = service;
  const assurance = describeAssurance(t, definition.requiredAssurance);
  return (
    <Layout page={page} title={definition.name[locale]}>
      <PageHeading caption={t(m.manualCaption)}>{definition.name[locale]}</PageHeading>
      <p class="lead">{definition.summary[locale]}</p>
      <p>
        <Tag>{t(m.version, { version: service.version })}</Tag>{" "}
        <time datetime={isoInstant(service.publishedAt)}>
          {t(m.publishedOn, { date: formatDate(service.publishedAt, locale) })}
        </time>
      </p>
      <dl class="summary-list">
        <dt>{t(m.agency)}</dt>
        <dd>
          <a href={`/agencies/${service.agency.code}`}>
            {locale === "th" ? service.agency.nameTh : service.agency.nameEn}
          </a>
        </dd>
        <dt>{t(m.whoMayApply)}</dt>
        <dd>{definition.applicants.map((kind) => t(m.applicants[kind])).join(", ")}</dd>
        <dt>{t(m.assurance)}</dt>
        <dd>{assurance ? `${assurance.meaning} (${assurance.summary})` : ""}</dd>
        <dt>{t(m.totalRow)}</dt>
        <dd>{t(m.totalDays, { days: service.totalWorkingDays })}</dd>
      </dl>

      <h2>{t(m.criteria)}</h2>
      <ul>
        {definition.criteria.map((criterion) => (
          <li>{criterion[locale]}</li>
        ))}
      </ul>

      <h2 id="steps-title">{t(m.steps)}</h2>
      <div class="table-scroll" role="region" aria-labelledby="steps-title" tabindex={0}>
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
              <td>{t(m.totalDays, { days: service.totalWorkingDays })}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <h2>{t(m.documents)}</h2>
      {definition.documents.length === 0 ? <p>{t(m.noDocuments)}</p> : null}
      <ol>
        {definition.documents.map((document) => (
          <li>
            <strong>{document.name[locale]}</strong> —{" "}
            {t(m.documentCount, { count: document.count })}
            {" · "}
            {t(m.documentSource[document.source])}
            {document.note ? <p class="hint">{document.note[locale]}</p> : null}
          </li>
        ))}
      </ol>

      <h2>{t(m.fees)}</h2>
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

      <h2>{t(m.channels)}</h2>
      <ul>
        {definition.channels.map((channel) => (
          <li>
            <strong>{t(m.channelKinds[channel.kind])}</strong>: {channel[locale]}
          </li>
        ))}
      </ul>

      <h2>{t(m.outputs)}</h2>
      <ul>
        {definition.outputs.map((output) => (
          <li>{output.name[locale]}</li>
        ))}
      </ul>

      <h2>{t(m.legalBasis)}</h2>
      <ul>
        {definition.legalBasis.map((law) => (
          <li>
            {law.title[locale]}
            {law.section ? ` ${t(m.section, { section: law.section })}` : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
