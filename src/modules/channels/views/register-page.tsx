import { formatDate } from "@/core/i18n";
import { PageHeading } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";
import type { Agency } from "@/modules/agencies";

import { channelMessages as m } from "../messages";
import { registerMessages } from "../register/messages";
import type { Channel } from "../schema";

export function ChannelRegisterPage({
  page,
  agency,
  channels,
}: {
  page: PageContext;
  agency: Agency;
  channels: Channel[];
}) {
  const { t, locale } = page;
  const name = locale === "th" ? agency.nameTh : agency.nameEn;
  const title = t(m.registerTitle, { agency: name });
  return (
    <Layout page={page} title={title}>
      <PageHeading>{title}</PageHeading>
      <p class="lead">{t(m.registerLead)}</p>
      {channels.length === 0 ? (
        <p>{t(m.registerEmpty)}</p>
      ) : (
        <div class="table-scroll" role="region" aria-label={title} tabindex={0}>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t(m.kind)}</th>
                <th scope="col">{t(m.value)}</th>
                <th scope="col">{t(m.lastVerified)}</th>
              </tr>
            </thead>
            <tbody>
              {channels.map((channel) => (
                <tr>
                  <td>{t(m.kinds[channel.kind])}</td>
                  <td translate="no">{channel.displayValue}</td>
                  <td>
                    {channel.lastVerifiedAt
                      ? formatDate(new Date(channel.lastVerifiedAt), locale)
                      : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`/agencies/${agency.code}/announcement`}>{t(registerMessages.announcementLink)}</a>
      </p>
      <p>
        <a href={`/agencies/${agency.code}`}>{name}</a> ·{" "}
        <a href="/register">{t(registerMessages.searchTitle)}</a> ·{" "}
        <a href="/check">{t(m.checkLink)}</a>
      </p>
    </Layout>
  );
}
