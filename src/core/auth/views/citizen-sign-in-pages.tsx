import { coreMessages } from "@/core/i18n/core-messages";
import { Notice, PageHeading } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import { describeAssurance } from "../assurance";
import { citizenSignInMessages as m } from "../citizen-sign-in-messages";
import type { IdentityProviderId, SignInFailureReason } from "../oidc-relying-party";

export interface SignInPageProps {
  page: PageContext;
  providers: readonly IdentityProviderId[];
  providerName: string;
  next: string | undefined;
  level: string | undefined;
}

export function startPath({
  provider,
  next,
  level,
}: {
  provider: IdentityProviderId;
  next: string | undefined;
  level: string | undefined;
}): string {
  const query = new URLSearchParams({ provider });
  if (next) query.set("next", next);
  if (level) query.set("level", level);
  return `/sign-in/start?${query.toString()}`;
}

/**
 * The citizen sign-in page. The providers are links, not forms: the start
 * step redirects to another origin, which the CSP `form-action 'self'` would
 * block for a form.
 */
export function SignInPage({ page, providers, providerName, next, level }: SignInPageProps) {
  const { t } = page;
  const needed = describeAssurance(t, level);
  return (
    <Layout page={page} title={t(m.signIn.title)}>
      <PageHeading>{t(m.signIn.title)}</PageHeading>
      <p class="lead">{t(m.signIn.lead)}</p>
      {needed ? (
        <p>{t(m.signIn.levelNeeded, { level: `${needed.summary} (${needed.meaning})` })}</p>
      ) : null}
      {providers.length === 0 ? <p>{t(m.signIn.noProvider)}</p> : null}
      <div class="button-group">
        {providers.map((provider) => (
          <a
            class={provider === "oidc" ? "button" : "button button--secondary"}
            href={startPath({ provider, next, level })}
          >
            {provider === "oidc"
              ? t(m.signIn.withProvider, { name: providerName })
              : t(m.signIn.withDevProvider)}
          </a>
        ))}
      </div>
      {providers.includes("dev") ? <Notice>{t(m.signIn.devNotice)}</Notice> : null}
      <p class="caption">{t(m.signIn.privacy)}</p>
      <h2>{t(m.signIn.officerHeading)}</h2>
      <p>
        <a href="/officer/sign-in">{t(m.signIn.officerLink)}</a>
      </p>
    </Layout>
  );
}

/** What went wrong with a sign-in, what it means for the person, and the way back. */
export function SignInFailedPage({
  page,
  reason,
}: {
  page: PageContext;
  reason: SignInFailureReason;
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t(m.failure.title)}>
      <PageHeading>{t(m.failure.title)}</PageHeading>
      <p class="lead" data-reason={reason}>
        {t(m.failure.reasons[reason])}
      </p>
      <p>
        <a class="button" href="/sign-in">
          {t(m.failure.tryAgain)}
        </a>
      </p>
      <p>
        <a href="/">{t(coreMessages.errors.backHome)}</a>
      </p>
      <p class="caption">{t(coreMessages.errors.requestId, { id: page.requestId })}</p>
    </Layout>
  );
}
