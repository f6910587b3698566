import { formatDate } from "@/core/i18n";
import { Button, CsrfField, TextAreaField } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";

import type { ChannelState } from "../lifecycle/channel-state-repo";
import { TXT_PREFIX } from "../lifecycle/proof/dns-txt-proof";
import { domainOf } from "../lifecycle/proof/domain-proof";
import { WELL_KNOWN_PATH } from "../lifecycle/proof/well-known-proof";
import { proofMessages as m } from "../lifecycle/proof-messages";
import { verificationMethodFor } from "../lifecycle/start-verification";
import type { Verification } from "../lifecycle/verification-repo";
import type { ChannelEvent } from "../repo";

export interface ProofView {
  channel: ChannelState;
  verification: Verification | null;
  /** The token or code, opened from its seal, when the page should show it. */
  token: string | null;
  events: ChannelEvent[];
  evidence: string;
  evidenceError: string | undefined;
}

function ActionForm({
  page,
  channel,
  action,
  label,
  variant,
}: {
  page: PageContext;
  channel: ChannelState;
  action: "verification" | "check";
  label: string;
  variant?: "secondary";
}) {
  return (
    <form method="post" action={`/console/channels/${channel.id}/${action}`}>
      <CsrfField token={page.csrfToken} />
      <Button variant={variant}>{label}</Button>
    </form>
  );
}

function failureText(page: PageContext, code: unknown): string {
  if (typeof code !== "string") return "—";
  const [name, detail] = code.split(":");
  const known = name && name in m.failures ? m.failures[name as keyof typeof m.failures] : null;
  if (!known) return code;
  return detail ? `${page.t(known)} ${detail}` : page.t(known);
}

/** Why the last domain check failed, read from the channel's history. */
function LastFailure({ page, events }: { page: PageContext; events: ChannelEvent[] }) {
  const last = events.at(-1);
  if (last?.event !== "verification_failed" || !("dns" in last.details)) return null;
  return (
    <p class="error-message">
      {page.t(m.domain.lastFailure, {
        dns: failureText(page, last.details.dns),
        file: failureText(page, last.details.wellKnown),
      })}
    </p>
  );
}

function DomainProof({ page, view }: { page: PageContext; view: ProofView }) {
  const { t } = page;
  const { channel, verification, token } = view;
  const domain = domainOf(channel.kind, channel.value);
  const isPending = verification?.status === "pending";
  const isKept = verification?.status === "succeeded" && channel.status === "verified";
  const instructions = token ? (
    <>
      <h3>{t(m.domain.dnsHeading)}</h3>
      <dl class="summary-list">
        <dt>{t(m.domain.recordName)}</dt>
        <dd>
          <code>{t(m.domain.recordNameValue, { domain, alternative: `_pratu.${domain}` })}</code>
        </dd>
        <dt>{t(m.domain.recordType)}</dt>
        <dd>
          <code>TXT</code>
        </dd>
        <dt>{t(m.domain.recordValue)}</dt>
        <dd>
          <code id="verification-record">{`${TXT_PREFIX}${token}`}</code>
        </dd>
      </dl>
      <h3>{t(m.domain.fileHeading)}</h3>
      <p>
        {t(m.domain.fileLead)} <code>{`https://${domain}${WELL_KNOWN_PATH}`}</code>
      </p>
      <p>
        {t(m.domain.token)}: <code id="verification-token">{token}</code>
      </p>
    </>
  ) : null;
  if (isPending && verification) {
    return (
      <>
        <p>{t(m.domain.intro)}</p>
        <p>{t(m.page.validUntil, { date: formatDate(verification.expiresAt, page.locale) })}</p>
        {instructions}
        <LastFailure page={page} events={view.events} />
        <ActionForm page={page} channel={channel} action="check" label={t(m.domain.check)} />
        <ActionForm
          page={page}
          channel={channel}
          action="verification"
          label={t(m.domain.restart)}
          variant="secondary"
        />
      </>
    );
  }
  return (
    <>
      {isKept && token ? (
        <>
          <p>{t(m.domain.keepLead)}</p>
          {instructions}
        </>
      ) : null}
      <ActionForm
        page={page}
        channel={channel}
        action="verification"
        label={t(isKept ? m.domain.restart : m.domain.start)}
        variant={isKept ? "secondary" : undefined}
      />
    </>
  );
}

function EmailProof({ page, view }: { page: PageContext; view: ProofView }) {
  const { t } = page;
  const { channel, verification } = view;
  const isPending = verification?.status === "pending";
  return (
    <>
      <p>{t(m.email.intro)}</p>
      {isPending && verification ? (
        <p>
          {t(m.email.pending, {
            date: formatDate(verification.expiresAt, page.locale, "dateTime"),
          })}
        </p>
      ) : null}
      <ActionForm
        page={page}
        channel={channel}
        action="verification"
        label={t(isPending ? m.email.resend : m.email.send)}
        variant={isPending ? "secondary" : undefined}
      />
    </>
  );
}

function PostedCodeProof({ page, view }: { page: PageContext; view: ProofView }) {
  const { t } = page;
  const { channel, verification, token } = view;
  if (verification?.status === "pending" && token) {
    return (
      <>
        <p>{t(m.posted.intro)}</p>
        <p>{t(m.page.validUntil, { date: formatDate(verification.expiresAt, page.locale) })}</p>
        <p>
          {t(m.posted.code)}: <code id="verification-code">{token}</code>
        </p>
        <form method="post" action={`/console/channels/${channel.id}/review`} novalidate>
          <CsrfField token={page.csrfToken} />
          <TextAreaField
            name="evidence"
            label={t(m.posted.evidence)}
            hint={t(m.posted.evidenceHint)}
            value={view.evidence}
            error={view.evidenceError}
            maxLength={2000}
          />
          <Button>{t(m.posted.submit)}</Button>
        </form>
        <ActionForm
          page={page}
          channel={channel}
          action="verification"
          label={t(m.domain.restart)}
          variant="secondary"
        />
      </>
    );
  }
  return (
    <>
      <p>{t(m.posted.intro)}</p>
      <ActionForm page={page} channel={channel} action="verification" label={t(m.posted.start)} />
    </>
  );
}

/** How the agency proves it controls the channel, by kind, and where the last attempt stands. */
export function ChannelProofSection({ page, view }: { page: PageContext; view: ProofView }) {
  const { t } = page;
  const { channel, verification } = view;
  if (channel.status === "retired") return null;
  const method = verificationMethodFor(channel.kind);
  return (
    <section aria-labelledby="proof-heading">
      <h2 id="proof-heading">{t(m.page.proofHeading)}</h2>
      {verification?.status === "rejected" ? (
        <p class="error-message">
          {t(m.lastOutcome.rejected, { reason: verification.decisionReason ?? "—" })}
        </p>
      ) : null}
      {verification?.status === "expired" ? <p>{t(m.lastOutcome.expired)}</p> : null}
      {verification?.status === "in_review" ? (
        <p>
          {t(m.posted.inReview, {
            date: formatDate(verification.submittedAt ?? verification.createdAt, page.locale),
          })}
        </p>
      ) : method === "domain" ? (
        <DomainProof page={page} view={view} />
      ) : method === "email_link" ? (
        <EmailProof page={page} view={view} />
      ) : (
        <PostedCodeProof page={page} view={view} />
      )}
    </section>
  );
}
