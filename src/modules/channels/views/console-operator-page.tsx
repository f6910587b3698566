import type { FieldProblem } from "@/core/errors";
import { formatDate } from "@/core/i18n";
import { Button, CsrfField, ErrorSummary, Notice, TextAreaField } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import type { ChannelState } from "../lifecycle/channel-state-repo";
import { lifecycleMessages as lm } from "../lifecycle/lifecycle-messages";
import { operatorMessages as m } from "../lifecycle/operator-messages";
import type { ReviewItem } from "../lifecycle/verification-repo";
import { channelMessages } from "../messages";

export const operatorNotices = ["approved", "transferred", "rejected", "suspended"] as const;
export type OperatorNotice = (typeof operatorNotices)[number];

interface Named {
  code: string;
  nameTh: string;
  nameEn: string;
}

const nameOf = (page: PageContext, agency: Named) =>
  `${page.locale === "th" ? agency.nameTh : agency.nameEn} (${agency.code})`;

function ReviewCard({
  page,
  item,
  code,
  reason,
  error,
}: {
  page: PageContext;
  item: ReviewItem;
  code: string | null;
  reason: string;
  error: string | undefined;
}) {
  const { t } = page;
  const { verification, channel } = item;
  const kind = verification.reviewKind ?? "manual";
  return (
    <li class="card">
      <h3>
        <span translate="no">{channel.displayValue}</span> ·{" "}
        {t(channelMessages.kinds[channel.kind])}
      </h3>
      <dl class="summary-list">
        <dt>{t(m.review)}</dt>
        <dd>{t(lm.reviewKinds[kind])}</dd>
        <dt>{t(m.agency)}</dt>
        <dd>{nameOf(page, item.agency)}</dd>
        {item.holder ? (
          <>
            <dt>{t(m.holder)}</dt>
            <dd>{nameOf(page, item.holder)}</dd>
          </>
        ) : null}
        {code ? (
          <>
            <dt>{t(m.code)}</dt>
            <dd>
              <code>{code}</code>
            </dd>
          </>
        ) : null}
        {verification.evidence ? (
          <>
            <dt>{t(m.evidence)}</dt>
            <dd>{verification.evidence}</dd>
          </>
        ) : null}
        {verification.proofMethod && verification.proofMethod !== "manual_review" ? (
          <>
            <dt>{t(m.proof)}</dt>
            <dd>{t(lm.proofMethods[verification.proofMethod])}</dd>
          </>
        ) : null}
        <dt>{t(m.submittedAt)}</dt>
        <dd>
          {formatDate(verification.submittedAt ?? verification.createdAt, page.locale, "dateTime")}
        </dd>
      </dl>
      <form
        method="post"
        action={`/console/operator/channels/reviews/${verification.id}`}
        aria-label={t(m.decideLabel, {
          channel: channel.displayValue,
          agency: item.agency.code,
        })}
        novalidate
      >
        <CsrfField token={page.csrfToken} />
        <TextAreaField
          name={`reason-${verification.id}`}
          label={t(lm.reasonLabel)}
          hint={t(m.reasonHint)}
          value={reason}
          error={error}
          maxLength={1000}
          rows={2}
        />
        <div class="button-group">
          <Button name="decision" value="approve">
            {t(item.holder ? m.transfer : m.approve)}
          </Button>{" "}
          <Button name="decision" value="reject" variant="warning">
            {t(m.reject)}
          </Button>
        </div>
      </form>
    </li>
  );
}

function FlaggedCard({
  page,
  channel,
  reason,
  error,
}: {
  page: PageContext;
  channel: ChannelState & { agency: Named };
  reason: string;
  error: string | undefined;
}) {
  const { t } = page;
  return (
    <li class="card">
      <h3>
        <span translate="no">{channel.displayValue}</span> ·{" "}
        {t(channelMessages.kinds[channel.kind])}
      </h3>
      <dl class="summary-list">
        <dt>{t(m.channelAgency)}</dt>
        <dd>{nameOf(page, channel.agency)}</dd>
        <dt>{t(m.flaggedAt)}</dt>
        <dd>{channel.flaggedAt ? formatDate(channel.flaggedAt, page.locale) : "—"}</dd>
      </dl>
      <form method="post" action={`/console/operator/channels/${channel.id}/suspend`} novalidate>
        <CsrfField token={page.csrfToken} />
        <TextAreaField
          name={`reason-${channel.id}`}
          label={t(lm.reasonLabel)}
          hint={t(m.reasonHint)}
          value={reason}
          error={error}
          maxLength={1000}
          rows={2}
        />
        <Button variant="warning">{t(m.suspend)}</Button>
      </form>
    </li>
  );
}

/** The central operator's queue: reviews to decide and flagged channels to act on. */
export function ConsoleOperatorPage({
  page,
  context,
  reviews,
  codes,
  flagged,
  notice,
  problems,
  reasons,
}: {
  page: PageContext;
  context: ConsoleContext;
  reviews: ReviewItem[];
  /** The posted codes to look for, opened from their seals, by verification id. */
  codes: ReadonlyMap<string, string>;
  flagged: (ChannelState & { agency: Named })[];
  notice: OperatorNotice | null;
  problems: readonly FieldProblem[];
  /** What the operator typed, kept beside a form that came back with a problem. */
  reasons: ReadonlyMap<string, string>;
}) {
  const { t } = page;
  const errorOf = (id: string) =>
    problems.find((problem) => problem.field === `reason-${id}`)?.message;
  return (
    <ConsoleLayout page={page} context={context} current="operator-channels" title={t(m.title)}>
      <ErrorSummary t={t} problems={problems} />
      {notice ? (
        <Notice tone="ok">
          <p>{t(m.done[notice])}</p>
        </Notice>
      ) : null}
      <p class="lead">{t(m.lead)}</p>
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">{t(m.reviewsHeading)}</h2>
        {reviews.length === 0 ? (
          <p>{t(m.noReviews)}</p>
        ) : (
          <ul class="card-list">
            {reviews.map((item) => (
              <ReviewCard
                page={page}
                item={item}
                code={codes.get(item.verification.id) ?? null}
                reason={reasons.get(item.verification.id) ?? ""}
                error={errorOf(item.verification.id)}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="flagged-heading">
        <h2 id="flagged-heading">{t(m.flaggedHeading)}</h2>
        {flagged.length === 0 ? (
          <p>{t(m.noFlagged)}</p>
        ) : (
          <ul class="card-list">
            {flagged.map((channel) => (
              <FlaggedCard
                page={page}
                channel={channel}
                reason={reasons.get(channel.id) ?? ""}
                error={errorOf(channel.id)}
              />
            ))}
          </ul>
        )}
      </section>
    </ConsoleLayout>
  );
}
