import { formatDate, isoInstant } from "@/core/i18n";
import { Tag } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { verificationMessages as m } from "../messages";
import type {
  CheckItem,
  DocumentVerification,
  EmbeddedCredentialCheck,
  Verdict,
  VerifiedDocument,
} from "../schema";
import { VerifyStylesheet } from "./verify-page";

const VERDICT_LOOK: Record<Verdict, { tone: "valid" | "invalid" | "warning"; symbol: string }> = {
  valid: { tone: "valid", symbol: "✓" },
  not_valid: { tone: "invalid", symbol: "✗" },
  changed_after_signing: { tone: "invalid", symbol: "✗" },
  revoked: { tone: "invalid", symbol: "✗" },
  suspended: { tone: "warning", symbol: "!" },
  expired: { tone: "warning", symbol: "!" },
};

const OUTCOME_LOOK = {
  passed: { symbol: "✓", tone: "ok" },
  failed: { symbol: "✗", tone: "error" },
  not_applicable: { symbol: "–", tone: undefined },
} as const;

export function VerificationResultPage({
  page,
  result,
}: {
  page: PageContext;
  result: DocumentVerification;
}) {
  const { t } = page;
  const look = VERDICT_LOOK[result.verdict];
  const verdict = t(m.verdicts[result.verdict]);
  return (
    <Layout page={page} title={`${verdict} | ${t(m.page.resultHeading)}`}>
      <VerifyStylesheet />
      <p class="caption">{t(m.page.resultHeading)}</p>
      <div class={`verdict verdict--${look.tone}`} data-verdict={result.verdict}>
        <h1 class="verdict__title">
          <span class="verdict__symbol" aria-hidden="true">
            {look.symbol}
          </span>
          {verdict}
        </h1>
        <p>{t(m.verdictAdvice[result.verdict])}</p>
      </div>
      <h2>{t(m.page.checklistHeading)}</h2>
      <Checklist page={page} checks={result.checks} />
      {result.embeddedCredential ? (
        <EmbeddedCredential page={page} check={result.embeddedCredential} />
      ) : null}
      {result.document ? <DocumentData page={page} document={result.document} /> : null}
      <p>
        <a class="button button--secondary" href="/verify">
          {t(m.page.checkAnother)}
        </a>
      </p>
    </Layout>
  );
}

function Checklist({ page, checks }: { page: PageContext; checks: readonly CheckItem[] }) {
  const { t, locale } = page;
  return (
    <ol class="checklist">
      {checks.map((item) => {
        const look = OUTCOME_LOOK[item.outcome];
        return (
          <li data-check={item.check} data-outcome={item.outcome}>
            <span class={`checklist__symbol checklist__symbol--${item.outcome}`} aria-hidden="true">
              {look.symbol}
            </span>
            <div>
              <strong>{t(m.names[item.check])}</strong>{" "}
              <Tag tone={look.tone}>{t(m.outcomes[item.outcome])}</Tag>
              <p>{item.messages[locale]}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function EmbeddedCredential({
  page,
  check,
}: {
  page: PageContext;
  check: EmbeddedCredentialCheck;
}) {
  const { t, locale } = page;
  const tone = check.verified === true ? "ok" : check.verified === false ? "error" : undefined;
  return (
    <section aria-labelledby="embedded-heading" data-embedded={check.reason ?? ""}>
      <h2 id="embedded-heading">{t(m.page.embeddedHeading)}</h2>
      <p>
        {tone ? (
          <>
            <Tag tone={tone}>{t(m.outcomes[tone === "ok" ? "passed" : "failed"])}</Tag>{" "}
          </>
        ) : null}
        {check.messages[locale]}
      </p>
    </section>
  );
}

function DocumentData({ page, document }: { page: PageContext; document: VerifiedDocument }) {
  const { t, locale } = page;
  const agencyName = locale === "th" ? document.agency.nameTh : document.agency.nameEn;
  const date = (value: string) => (
    <time datetime={isoInstant(value)}>{formatDate(value, locale, "date")}</time>
  );
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t(m.page.dataHeading)}</h2>
      <p>{t(m.page.dataLead)}</p>
      <dl class="summary-list">
        <dt>{t(m.page.number)}</dt>
        <dd>
          <span translate="no">{document.number}</span>
        </dd>
        {document.title ? (
          <>
            <dt>{t(m.page.documentTitle)}</dt>
            <dd>{document.title[locale]}</dd>
          </>
        ) : null}
        {document.holderName ? (
          <>
            <dt>{t(m.page.holder)}</dt>
            <dd>{document.holderName}</dd>
          </>
        ) : null}
        <dt>{t(m.page.issuedBy)}</dt>
        <dd>
          {agencyName} ({document.agency.code})
          <br />
          <a href={`/agencies/${document.agency.code}/channels`}>{t(m.page.agencyChannels)}</a>
        </dd>
        <dt>{t(m.page.issuedOn)}</dt>
        <dd>{date(document.issuedAt)}</dd>
        <dt>{t(m.page.validUntil)}</dt>
        <dd>{document.validUntil ? date(document.validUntil) : t(m.page.noExpiry)}</dd>
        {document.fields.map((field) => (
          <>
            <dt>{field.label[locale]}</dt>
            <dd>{field.display[locale]}</dd>
          </>
        ))}
        {document.transparencyLogIndex === null ? null : (
          <>
            <dt>{t(m.page.transparency)}</dt>
            <dd>
              <a
                href={`/api/v1/agencies/${document.agency.code}/transparency/inclusion-proof?leafIndex=${document.transparencyLogIndex}`}
              >
                {t(m.page.transparencyEntry, {
                  index: document.transparencyLogIndex,
                  agency: agencyName,
                })}
              </a>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
