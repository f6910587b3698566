import { formatDate } from "@/core/i18n";
import {
  Button,
  CsrfField,
  ErrorSummary,
  Notice,
  TextAreaField,
  Timeline,
} from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { lifecycleMessages as m } from "../lifecycle/lifecycle-messages";
import { proofMessages as pm } from "../lifecycle/proof-messages";
import { channelMessages } from "../messages";
import type { ChannelEvent } from "../repo";
import { ChannelProofSection, type ProofView } from "./console-channel-proof";
import { ChannelStatusTags, When } from "./console-channels-page";

export const channelPageNotices = [
  "added",
  "started",
  "sent",
  "verified",
  "in_review",
  "expired",
  "failed",
  "retired",
] as const;
export type ChannelPageNotice = (typeof channelPageNotices)[number];

/** Who acted, as the history shows it: a kind of actor, never an officer's id. */
function actorLabel(page: PageContext, actor: string): string {
  const kind = actor.split(":")[0];
  if (kind === "operator") return page.t(m.actors.operator);
  if (kind === "mailbox") return page.t(m.actors.mailbox);
  if (kind === "officer" || kind === "api_key") return page.t(m.actors.officer);
  return page.t(m.actors.system);
}

function eventDetail(page: PageContext, event: ChannelEvent): string {
  const { details } = event;
  const parts = [actorLabel(page, event.actor)];
  const proof = details.proof;
  if (typeof proof === "string" && proof in m.proofMethods) {
    parts.push(page.t(m.proofMethods[proof as keyof typeof m.proofMethods]));
  }
  const review = details.review;
  if (typeof review === "string" && review in m.reviewKinds) {
    parts.push(page.t(m.reviewKinds[review as keyof typeof m.reviewKinds]));
  }
  if (typeof details.reason === "string") {
    parts.push(`${page.t(m.reasonLabel)}: ${details.reason}`);
  }
  return parts.join(" · ");
}

export function ConsoleChannelPage({
  page,
  context,
  view,
  canManage,
  holderCode,
  graceEnds,
  notice,
  reason,
  reasonError,
}: {
  page: PageContext;
  context: ConsoleContext;
  view: ProofView;
  canManage: boolean;
  holderCode: string | null;
  graceEnds: Date | null;
  notice: ChannelPageNotice | null;
  reason: string;
  reasonError: string | undefined;
}) {
  const { t } = page;
  const { channel } = view;
  const problems = [
    ...(reasonError ? [{ field: "reason", message: reasonError }] : []),
    ...(view.evidenceError ? [{ field: "evidence", message: view.evidenceError }] : []),
  ];
  return (
    <ConsoleLayout page={page} context={context} current="channels" title={channel.displayValue}>
      <ErrorSummary t={t} problems={problems} />
      {notice ? (
        notice === "failed" || notice === "expired" ? (
          <div class="error-summary" role="alert">
            <p>{t(pm.done[notice])}</p>
          </div>
        ) : (
          <Notice tone="ok">
            <p>{t(pm.done[notice])}</p>
          </Notice>
        )
      ) : null}
      <h2>{t(pm.page.summary)}</h2>
      <dl class="summary-list">
        <dt>{t(m.list.kind)}</dt>
        <dd>{t(channelMessages.kinds[channel.kind])}</dd>
        <dt>{t(m.list.channel)}</dt>
        <dd translate="no">{channel.displayValue}</dd>
        <dt>{t(m.list.owner)}</dt>
        <dd>{channel.owner ?? "—"}</dd>
        <dt>{t(m.list.status)}</dt>
        <dd>
          <ChannelStatusTags page={page} channel={channel} />
        </dd>
        <dt>{t(m.list.lastVerified)}</dt>
        <dd>
          <When page={page} value={channel.lastVerifiedAt} />
        </dd>
        {channel.proofMethod ? (
          <>
            <dt>{t(pm.page.proofMethod)}</dt>
            <dd>{t(m.proofMethods[channel.proofMethod])}</dd>
          </>
        ) : null}
        {channel.flaggedAt && channel.status === "verified" ? (
          <>
            <dt>{t(pm.page.flaggedSince)}</dt>
            <dd>
              <When page={page} value={channel.flaggedAt} />
            </dd>
          </>
        ) : null}
      </dl>
      {channel.flaggedAt && graceEnds && channel.status === "verified" ? (
        <div class="error-summary" role="alert">
          <p>{t(pm.page.flaggedNotice, { date: formatDate(graceEnds, page.locale) })}</p>
        </div>
      ) : null}
      {holderCode && channel.status !== "retired" ? (
        <p class="notice">{t(pm.page.heldElsewhere, { code: holderCode })}</p>
      ) : null}
      {channel.status === "suspended" ? <p class="notice">{t(pm.page.suspendedNotice)}</p> : null}
      {channel.status === "retired" ? <p class="notice">{t(pm.page.retiredNotice)}</p> : null}

      {canManage ? <ChannelProofSection page={page} view={view} /> : <p>{t(pm.page.adminsOnly)}</p>}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t(pm.page.historyHeading)}</h2>
        <Timeline
          locale={page.locale}
          entries={view.events.map((event) => ({
            title: t(m.events[event.event]),
            at: new Date(event.at),
            detail: eventDetail(page, event),
          }))}
        />
      </section>

      {canManage && channel.status !== "retired" ? (
        <section aria-labelledby="retire-heading">
          <h2 id="retire-heading">{t(pm.page.retireHeading)}</h2>
          <p>{t(pm.page.retireLead)}</p>
          <form method="post" action={`/console/channels/${channel.id}/retire`} novalidate>
            <CsrfField token={page.csrfToken} />
            <TextAreaField
              name="reason"
              label={t(m.reasonLabel)}
              value={reason}
              error={reasonError}
              maxLength={1000}
              rows={3}
            />
            <Button variant="warning">{t(pm.page.retireButton)}</Button>
          </form>
        </section>
      ) : null}
      <p>
        <a href="/console/channels">{t(pm.page.backToList)}</a>
      </p>
    </ConsoleLayout>
  );
}
