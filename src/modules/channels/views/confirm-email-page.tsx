import { Button, CsrfField, Notice, PageHeading } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";

import type { EmailLinkState } from "../lifecycle/email-confirmation";
import { proofMessages as m } from "../lifecycle/proof-messages";

export type ConfirmOutcome = "verified" | "in_review" | "expired" | "used" | "invalid";

/**
 * What the link in the e-mail opens: a button to confirm, never a
 * confirmation by itself, since mail scanners open links without anyone
 * reading them. After the button, how it went.
 */
export function ConfirmEmailPage({
  page,
  action,
  link,
  outcome,
}: {
  page: PageContext;
  action: string;
  link: EmailLinkState | null;
  outcome: ConfirmOutcome | null;
}) {
  const { t } = page;
  const title = t(m.confirm.title);
  const message = outcome ?? (link && link.state !== "valid" ? link.state : null);
  return (
    <Layout page={page} title={title}>
      <PageHeading>{title}</PageHeading>
      {message ? (
        message === "verified" || message === "in_review" ? (
          <Notice tone="ok">
            <p>{t(m.confirm[message])}</p>
          </Notice>
        ) : (
          <div class="error-summary" role="alert">
            <p>{t(m.confirm[message])}</p>
          </div>
        )
      ) : null}
      {!outcome && link?.state === "valid" ? (
        <form method="post" action={action}>
          <p class="lead">
            {t(m.confirm.lead, {
              agency: page.locale === "th" ? link.agency.nameTh : link.agency.nameEn,
              address: link.address,
            })}
          </p>
          <CsrfField token={page.csrfToken} />
          <Button>{t(m.confirm.button)}</Button>
        </form>
      ) : null}
    </Layout>
  );
}
