import { ErrorSummary, PageHeading } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";
import { ConsentRequest, type ConsentRequestDetails } from "@/modules/exchange/once-only";
import type { PublishedService } from "@/modules/services";

import { citizenMessages as m } from "../citizen-messages";

/**
 * Before the form shows data fetched on consent: the request in plain
 * words, with "I consent" and "No, I'll attach a copy".
 */
export function ConsentPage({
  page,
  service,
  documentName,
  details,
  action,
  hasProblem,
}: {
  page: PageContext;
  service: PublishedService;
  documentName: string | null;
  details: ConsentRequestDetails;
  action: string;
  /** The form came back without an answer. */
  hasProblem: boolean;
}) {
  const { t, locale } = page;
  const title = t(m.consent.title, { service: service.definition.name[locale] });
  return (
    <Layout page={page} title={title}>
      <ErrorSummary
        t={t}
        problems={hasProblem ? [{ field: "consentDecision", message: t(m.consent.chooseOne) }] : []}
      />
      <PageHeading caption={service.definition.name[locale]}>
        {documentName ?? t(m.consent.heading)}
      </PageHeading>
      <p class="lead">{t(m.consent.lead)}</p>
      <ConsentRequest page={page} details={details} action={action} />
    </Layout>
  );
}
