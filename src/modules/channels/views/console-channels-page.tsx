import type { FieldProblem } from "@/core/errors";
import { formatDate, isoInstant } from "@/core/i18n";
import {
  Button,
  CsrfField,
  ErrorSummary,
  fieldId,
  Notice,
  Table,
  Tag,
  TextField,
} from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import type { ChannelState } from "../lifecycle/channel-state-repo";
import { lifecycleMessages as m } from "../lifecycle/lifecycle-messages";
import { proofMessages } from "../lifecycle/proof-messages";
import type { ChannelForm } from "../lifecycle/register-channel";
import { channelMessages } from "../messages";
import { channelKinds, type ChannelStatus } from "../schema";

const STATUS_TONE: Record<ChannelStatus, "ok" | "warn" | "error" | undefined> = {
  verified: "ok",
  pending: "warn",
  suspended: "error",
  retired: undefined,
};

/** A channel's status, and its flag when its last re-check failed. */
export function ChannelStatusTags({ page, channel }: { page: PageContext; channel: ChannelState }) {
  return (
    <>
      <Tag tone={STATUS_TONE[channel.status]}>{page.t(m.statuses[channel.status])}</Tag>
      {channel.flaggedAt && channel.status === "verified" ? (
        <>
          {" "}
          <Tag tone="error">{page.t(m.flagged)}</Tag>
        </>
      ) : null}
    </>
  );
}

export function When({ page, value }: { page: PageContext; value: Date | null }) {
  if (!value) return <>{page.t(m.list.never)}</>;
  return <time datetime={isoInstant(value)}>{formatDate(value, page.locale, "date")}</time>;
}

/** The agency's channels, and the form to add one for its administrators. */
export function ConsoleChannelsPage({
  page,
  context,
  channels,
  canManage,
  form,
  problems,
}: {
  page: PageContext;
  context: ConsoleContext;
  channels: ChannelState[];
  canManage: boolean;
  form: ChannelForm;
  problems: readonly FieldProblem[];
}) {
  const { t } = page;
  const errorOf = (field: string) => problems.find((problem) => problem.field === field)?.message;
  const hasFlagged = channels.some((channel) => channel.flaggedAt && channel.status === "verified");
  const kindError = errorOf("kind");
  const kindId = fieldId("kind");
  return (
    <ConsoleLayout page={page} context={context} current="channels" title={t(m.list.title)}>
      <ErrorSummary t={t} problems={problems} />
      <p class="lead">{t(m.list.lead)}</p>
      {hasFlagged ? (
        <div class="error-summary" role="alert">
          <p>{t(m.list.flaggedNotice)}</p>
        </div>
      ) : null}
      {channels.length === 0 ? (
        <p>{t(m.list.none)}</p>
      ) : (
        <Table
          caption={t(m.list.caption)}
          rows={channels}
          columns={[
            { header: t(m.list.kind), cell: (channel) => t(channelMessages.kinds[channel.kind]) },
            {
              header: t(m.list.channel),
              cell: (channel) => (
                <a href={`/console/channels/${channel.id}`} translate="no">
                  {channel.displayValue}
                </a>
              ),
            },
            { header: t(m.list.owner), cell: (channel) => channel.owner ?? "—" },
            {
              header: t(m.list.status),
              cell: (channel) => <ChannelStatusTags page={page} channel={channel} />,
            },
            {
              header: t(m.list.lastVerified),
              cell: (channel) => <When page={page} value={channel.lastVerifiedAt} />,
            },
          ]}
        />
      )}
      {canManage ? (
        <section aria-labelledby="add-channel-heading">
          <h2 id="add-channel-heading">{t(m.list.addHeading)}</h2>
          <form method="post" action="/console/channels" novalidate>
            <CsrfField token={page.csrfToken} />
            <div class={kindError ? "field field--error" : "field"}>
              <label for={kindId}>{t(m.list.kind)}</label>
              {kindError ? (
                <span class="error-message" id={`${kindId}-error`}>
                  {kindError}
                </span>
              ) : null}
              <select
                class={kindError ? "input input--error" : "input"}
                id={kindId}
                name="kind"
                aria-invalid={kindError ? "true" : undefined}
                aria-describedby={kindError ? `${kindId}-error` : undefined}
              >
                <option value="">{t(m.list.kindChoose)}</option>
                {channelKinds.map((kind) => (
                  <option value={kind} selected={form.kind === kind}>
                    {t(channelMessages.kinds[kind])}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              name="value"
              label={t(m.list.channel)}
              hint={t(m.list.valueHint)}
              value={form.value}
              error={errorOf("value")}
              isRequired
            />
            <TextField
              name="owner"
              label={t(m.list.owner)}
              hint={t(m.list.ownerHint)}
              value={form.owner}
              error={errorOf("owner")}
            />
            <Button>{t(m.list.addButton)}</Button>
          </form>
        </section>
      ) : (
        <Notice>
          <p>{t(proofMessages.page.adminsOnly)}</p>
        </Notice>
      )}
    </ConsoleLayout>
  );
}
