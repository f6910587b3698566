import { bangkokTimeZone, formatDate, isoInstant, type Locale, translate } from "@/core/i18n";

import type { DataSource, VerifiedSource } from "./data-source";
import { onceOnlyMessages as m } from "./messages";

const clock = new Map<Locale, Intl.DateTimeFormat>();

/** 10:42, Bangkok time, as both languages write a time of day. */
export function formatClock(value: Date | string, locale: Locale): string {
  let format = clock.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "th" ? "th-TH" : "en-GB", {
      timeZone: bangkokTimeZone,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    clock.set(locale, format);
  }
  return format.format(typeof value === "string" ? new Date(value) : value);
}

function dayOf(value: Date | string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: bangkokTimeZone }).format(
    typeof value === "string" ? new Date(value) : value,
  );
}

/** The registry and its keeper in words: "ทะเบียนราษฎร", "กรมการปกครอง" (codes when unnamed). */
export function sourceNames(
  source: DataSource,
  locale: Locale,
): { registry: string; provider: string } {
  return {
    registry: source.registryName?.[locale] ?? source.registry,
    provider: source.providerName?.[locale] ?? source.provider,
  };
}

/** "ตรวจสอบแล้วจาก ทะเบียนราษฎร กรมการปกครอง เมื่อ 10:42 น.": the date too when not today. */
export function verifiedBadge(source: VerifiedSource, locale: Locale, now = new Date()): string {
  const names = sourceNames(source, locale);
  const time = formatClock(source.retrievedAt, locale);
  return dayOf(source.retrievedAt) === dayOf(now)
    ? translate(locale, m.badge, { ...names, time })
    : translate(locale, m.badgeOnDate, {
        ...names,
        time,
        date: formatDate(source.retrievedAt, locale),
      });
}

/** What the form tells the person about a requirement once the registry has answered, or not. */
export function sourceNotice(source: DataSource, locale: Locale): string {
  const names = sourceNames(source, locale);
  switch (source.status) {
    case "verified":
      return translate(locale, m.notices.fetched, names);
    case "declined":
      return translate(locale, m.notices.declined, names);
    case "not_found":
      return translate(locale, m.notices.notFound, names);
    case "unavailable":
      return translate(locale, m.notices.unavailable, names);
  }
}

/**
 * Where an application's registry documents came from, for the officer and
 * the applicant: verified from which registry and when (no copy to ask
 * for), or attached by the applicant and why.
 */
export function DataSourceList({
  locale,
  sources,
  documentName,
  questionLabel,
  headingLevel = 2,
}: {
  locale: Locale;
  sources: readonly DataSource[];
  documentName: (index: number) => string | undefined;
  questionLabel: (fieldId: string) => string;
  headingLevel?: 2 | 3;
}) {
  if (sources.length === 0) return null;
  const say = (message: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(locale, message, params);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="data-sources-heading" data-sources>
      <Heading id="data-sources-heading">{say(m.record.heading)}</Heading>
      <p>{say(m.record.lead)}</p>
      <ul class="card-list">
        {sources.map((source) => {
          const names = sourceNames(source, locale);
          const name = documentName(source.index);
          return (
            <li class="card" data-source-status={source.status}>
              {name ? headingLevel === 2 ? <h3>{name}</h3> : <h4>{name}</h4> : null}
              {source.status === "verified" ? (
                <>
                  <p>
                    <span class="tag tag--ok">{say(m.verifiedTag)}</span>{" "}
                    <time datetime={isoInstant(source.retrievedAt)}>
                      {say(m.record.verified, {
                        registry: names.registry,
                        provider: source.provider,
                        time: `${formatDate(source.retrievedAt, locale)} ${formatClock(source.retrievedAt, locale)}`,
                      })}
                    </time>
                  </p>
                  <p>{say(m.record.noCopyNeeded)}</p>
                  {source.fields.length > 0 ? (
                    <p class="caption">
                      {say(m.record.questions, {
                        questions: source.fields
                          .map(questionLabel)
                          .join(say(m.record.listSeparator)),
                      })}
                    </p>
                  ) : null}
                  <dl class="summary-list">
                    <dt>{say(m.record.logEntry)}</dt>
                    <dd>
                      <code>{source.logId}</code>
                    </dd>
                    <dt>{say(m.record.responseHash)}</dt>
                    <dd>
                      <code>{source.responseHash}</code>
                    </dd>
                  </dl>
                </>
              ) : (
                <>
                  <p>
                    <span class="tag tag--warn">{say(m.record.copyAttached[source.status])}</span>
                  </p>
                  {source.logId ? (
                    <dl class="summary-list">
                      <dt>{say(m.record.logEntry)}</dt>
                      <dd>
                        <code>{source.logId}</code>
                      </dd>
                    </dl>
                  ) : null}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
