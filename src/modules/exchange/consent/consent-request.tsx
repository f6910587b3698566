import { z } from "zod";

import type { Queryable } from "@/core/db/database";
import { formatDate, isoInstant, type Locale, translate } from "@/core/i18n";
import { Button, CsrfField } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";

import { findApplicableGrant } from "../lookups";
import type { BilingualText, GrantBasis } from "../schema";
import { DATA_USE_PAGE_PATH } from "./consent-receipt";
import { consentMessages as m } from "./messages";
import { selectConsentSubjectMatter } from "./repo";

/** Everything a person is told before consenting, and what is stored as agreed. */
export interface ConsentRequestDetails {
  consumerAgencyId: string;
  dataServiceId: string;
  purpose: string;
  consumer: BilingualText;
  provider: BilingualText;
  dataService: BilingualText;
  /** The labels of the fields the consumer may receive, in words. */
  fields: BilingualText[];
  purposeText: BilingualText;
  basis: GrantBasis;
  legalBasis: BilingualText | null;
  /** When the consent would end by itself; null: when the person withdraws it. */
  expiresAt: Date | null;
}

/** The form field that carries the person's answer. */
export const CONSENT_DECISION_FIELD = "consentDecision";
export const ConsentDecisionSchema = z.enum(["give", "decline"]);
export type ConsentDecision = z.infer<typeof ConsentDecisionSchema>;

/** The answer in a posted form body, or null when the person gave none. */
export function readConsentDecision(
  body: Record<string, unknown>,
  fieldName = CONSENT_DECISION_FIELD,
): ConsentDecision | null {
  const parsed = ConsentDecisionSchema.safeParse(body[fieldName]);
  return parsed.success ? parsed.data : null;
}

/**
 * What to ask the person for one data service used for one purpose: read
 * from the grant that would let the consumer (or its e-service) make the
 * call. Null when no grant allows it, and then there is nothing to ask.
 */
export async function describeConsentRequest(options: {
  db: Queryable;
  consumerAgencyId: string;
  /** The consumer's subsystem, e.g. the e-service id; null for the agency as a whole. */
  subsystem: string | null;
  dataServiceId: string;
  purpose: string;
  expiresAt?: Date | null;
}): Promise<ConsentRequestDetails | null> {
  const grant = await findApplicableGrant({
    db: options.db,
    dataServiceId: options.dataServiceId,
    consumerAgencyId: options.consumerAgencyId,
    subsystem: options.subsystem,
    purpose: options.purpose,
  });
  if (!grant) return null;
  const matter = await selectConsentSubjectMatter(options.db, options);
  if (!matter) return null;
  const labels = new Map(matter.registry.recordSchema.map((field) => [field.key, field.label]));
  const keys = grant.fields ?? matter.dataService.fields;
  return {
    consumerAgencyId: options.consumerAgencyId,
    dataServiceId: options.dataServiceId,
    purpose: options.purpose,
    consumer: matter.consumer.name,
    provider: matter.provider.name,
    dataService: matter.dataService.name,
    fields: keys.map((key) => labels.get(key) ?? { th: key, en: key }),
    purposeText: grant.purposeText,
    basis: grant.basis,
    legalBasis: grant.legalBasis,
    expiresAt: options.expiresAt ?? null,
  };
}

function explainIn(locale: Locale, details: ConsentRequestDetails): string {
  const duration = details.expiresAt
    ? translate(locale, m.explanationUntil, { date: formatDate(details.expiresAt, locale) })
    : translate(locale, m.explanationUntilRevoked);
  return translate(locale, m.explanation, {
    consumer: details.consumer[locale],
    dataService: details.dataService[locale],
    fields: details.fields.map((field) => field[locale]).join(", "),
    provider: details.provider[locale],
    purpose: details.purposeText[locale],
    duration,
  });
}

/**
 * The consent in words, in both languages: what `giveConsent` stores as
 * `explanation`, so the record says exactly what the person was shown.
 */
export function explainConsentRequest(details: ConsentRequestDetails): BilingualText {
  return { th: explainIn("th", details), en: explainIn("en", details) };
}

/**
 * Asks the person for consent in plain words: who gets what, from whom, for
 * what, on which basis, for how long, and that it can be withdrawn; then
 * "I consent" or "No, I'll attach a copy". With `action` it is a form of its
 * own; without, its two buttons submit the form it is placed in.
 */
export function ConsentRequest({
  page,
  details,
  action,
  hiddenFields = {},
  fieldName = CONSENT_DECISION_FIELD,
  headingLevel = 2,
}: {
  page: PageContext;
  details: ConsentRequestDetails;
  action?: string | undefined;
  hiddenFields?: Record<string, string>;
  fieldName?: string;
  headingLevel?: 2 | 3;
}) {
  const { t, locale } = page;
  const id = `consent-${details.dataServiceId}`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const buttons = (
    <div class="button-group">
      <Button name={fieldName} value="give">
        {t(m.request.give)}
      </Button>
      <Button variant="secondary" name={fieldName} value="decline">
        {t(m.request.decline)}
      </Button>
    </div>
  );
  return (
    <section class="consent-request" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t(m.request.heading)}</Heading>
      <p>
        {t(m.request.lead, {
          consumer: details.consumer[locale],
          provider: details.provider[locale],
        })}
      </p>
      <dl class="summary-list">
        <dt>{t(m.request.who)}</dt>
        <dd>{details.consumer[locale]}</dd>
        <dt>{t(m.request.what)}</dt>
        <dd>
          {details.dataService[locale]}
          {details.fields.length > 0 ? (
            <>
              <br />
              <span class="caption">{t(m.request.fields)}</span>
              <ul>
                {details.fields.map((field) => (
                  <li>{field[locale]}</li>
                ))}
              </ul>
            </>
          ) : null}
        </dd>
        <dt>{t(m.request.from)}</dt>
        <dd>{details.provider[locale]}</dd>
        <dt>{t(m.request.why)}</dt>
        <dd>{details.purposeText[locale]}</dd>
        <dt>{t(m.request.basis)}</dt>
        <dd>
          {t(m.bases[details.basis])}
          {details.legalBasis && details.basis !== "consent" ? (
            <>
              <br />
              <span class="caption">{details.legalBasis[locale]}</span>
            </>
          ) : null}
        </dd>
        <dt>{t(m.request.howLong)}</dt>
        <dd>
          {details.expiresAt ? (
            <time datetime={isoInstant(details.expiresAt)}>
              {t(m.request.until, { date: formatDate(details.expiresAt, locale) })}
            </time>
          ) : (
            t(m.request.untilRevoked)
          )}
        </dd>
      </dl>
      <p>
        {t(m.request.revocable)} <a href={DATA_USE_PAGE_PATH}>{t(m.request.revocableLink)}</a>
        {locale === "en" ? "." : null}
      </p>
      <p>{t(m.request.refuse)}</p>
      {action ? (
        <form method="post" action={action}>
          <CsrfField token={page.csrfToken} />
          {Object.entries(hiddenFields).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          {buttons}
        </form>
      ) : (
        buttons
      )}
    </section>
  );
}
