import { formatDate, isoInstant, type Locale } from "@/core/i18n";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { channelMessages } from "../../messages";
import { type Announcement, SECTION_10 } from "../announcement";
import { registerMessages } from "../messages";
import { RegisterStylesheet } from "./search-page";

const m = registerMessages.announcement;

/** A date as a Thai notice writes it: "23 พฤศจิกายน พ.ศ. 2569"; English keeps its own form. */
export function announcementDate(at: Date, locale: Locale): string {
  const text = formatDate(at, locale);
  return locale === "th" ? text.replace(/(\d{4})$/, "พ.ศ. $1") : text;
}

/**
 * The section 10 announcement as a printable notice: title and subject
 * centred, the channels numbered by kind, the date in the Buddhist Era.
 * Printing leaves out the site's header, footer and the links below.
 */
export function AnnouncementPage({
  page,
  announcement,
  checkUrl,
  now,
}: {
  page: PageContext;
  announcement: Announcement;
  checkUrl: string;
  now: Date;
}) {
  const { t, locale } = page;
  const { agency, groups, effectiveAt } = announcement;
  const name = locale === "th" ? agency.nameTh : agency.nameEn;
  // English names some agencies with their article ("The Revenue Department"), most without.
  const inSentence = locale === "en" && !/^the /i.test(name) ? `the ${name}` : name;
  const atStart = inSentence.charAt(0).toUpperCase() + inSentence.slice(1);
  return (
    <Layout page={page} title={t(m.pageTitle, { agency: name })}>
      <RegisterStylesheet />
      <p class="caption no-print">{t(m.caption)}</p>
      <article class="announcement" aria-labelledby="announcement-title">
        <h1 class="announcement__title" id="announcement-title">
          {t(m.title, { agency: inSentence })}
        </h1>
        <p class="announcement__subject">{t(m.subject, { agency: inSentence })}</p>
        <hr class="announcement__rule" />
        {groups.length === 0 ? (
          <p class="announcement__body">{t(m.none, { agency: inSentence, Agency: atStart })}</p>
        ) : (
          <>
            <p class="announcement__body">
              {t(m.preamble, { law: SECTION_10[locale], agency: inSentence })}
            </p>
            <ol>
              {groups.map((group) => (
                <li>
                  {t(channelMessages.kinds[group.kind])}
                  <ul>
                    {group.channels.map((channel) => (
                      <li translate="no">{channel.displayValue}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            <p class="announcement__body">{t(m.closing, { agency: inSentence, checkUrl })}</p>
          </>
        )}
        {effectiveAt ? (
          <p class="announcement__date">
            <time datetime={isoInstant(effectiveAt)}>
              {t(m.announcedOn, { date: announcementDate(effectiveAt, locale) })}
            </time>
          </p>
        ) : null}
        <p class="announcement__signature">{name}</p>
        <p class="caption">{t(m.printedOn, { date: formatDate(now, locale, "dateTime") })}</p>
      </article>
      <div class="announcement-actions">
        <p>{t(m.printHint)}</p>
        <p>
          <a href={`/agencies/${agency.code}/announcement.jws`} download>
            {t(m.download)}
          </a>{" "}
          · <a href={`/api/v1/agencies/${agency.code}/signing-keys`}>{t(m.keys)}</a> ·{" "}
          <a href={`/agencies/${agency.code}/channels`}>{t(m.backToRegister)}</a>
        </p>
      </div>
    </Layout>
  );
}
