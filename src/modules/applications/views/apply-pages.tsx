import type { Child } from "hono/jsx";

import type { FieldProblem } from "@/core/errors";
import { formatDate } from "@/core/i18n";
import { Button, CsrfField, ErrorSummary, Notice, PageHeading } from "@/core/ui/components";
import { Layout } from "@/core/ui/layout";
import type { PageContext } from "@/core/ui/page-context";
import {
  type AnswerProblem,
  type FormDefinition,
  FormStep,
  type PublishedService,
} from "@/modules/services";

import { citizenMessages as m } from "../citizen-messages";
import type { DraftRecord } from "../draft-repo";
import { DRAFT_LIFETIME_DAYS } from "../notices";

const applyPath = (serviceId: string, draftId?: string) =>
  draftId ? `/services/${serviceId}/apply/${draftId}` : `/services/${serviceId}/apply`;

export function StartPage({
  page,
  service,
  drafts,
  refusal,
}: {
  page: PageContext;
  service: PublishedService;
  drafts: DraftRecord[];
  refusal: string | null;
}) {
  const { t, locale } = page;
  const name = service.definition.name[locale];
  return (
    <Layout page={page} title={t(m.apply.title, { service: name })}>
      <PageHeading caption={locale === "th" ? service.agency.nameTh : service.agency.nameEn}>
        {t(m.apply.title, { service: name })}
      </PageHeading>
      {refusal ? (
        <div class="error-summary" role="alert">
          <p>{refusal}</p>
        </div>
      ) : (
        <>
          <p class="lead">{t(m.apply.startLead, { days: DRAFT_LIFETIME_DAYS })}</p>
          {drafts.length > 0 ? (
            <section aria-labelledby="drafts-heading">
              <h2 id="drafts-heading">{t(m.apply.drafts)}</h2>
              <ul class="link-list">
                {drafts.map((draft) => (
                  <li>
                    <a href={applyPath(service.id, draft.id)}>
                      {t(m.apply.continueDraft, {
                        date: formatDate(draft.updatedAt, locale, "dateTime"),
                      })}
                    </a>{" "}
                    <span class="caption">
                      {t(m.apply.draftExpires, { date: formatDate(draft.expiresAt, locale) })}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <form method="post" action={applyPath(service.id)}>
            <CsrfField token={page.csrfToken} />
            <Button variant={drafts.length > 0 ? "secondary" : undefined}>
              {t(m.apply.start)}
            </Button>
          </form>
        </>
      )}
      <p>
        <a href={`/services/${service.id}`}>{service.definition.name[locale]}</a>
      </p>
    </Layout>
  );
}

export function StepPage({
  page,
  service,
  draft,
  stepId,
  stepNumber,
  stepCount,
  answers,
  problems,
  notice,
  uploads,
  form,
  locked,
  sourceNotices = [],
}: {
  page: PageContext;
  service: PublishedService;
  draft: DraftRecord;
  /** The form as this applicant meets it, after the registries answered. */
  form: FormDefinition;
  /** Questions a registry answered, with the words that say so. */
  locked?: ReadonlyMap<string, string>;
  /** What the registries' answers mean for this step, e.g. that a copy is needed. */
  sourceNotices?: readonly { text: string; isVerified: boolean }[];
  stepId: string;
  stepNumber: number;
  stepCount: number;
  answers: Record<string, unknown>;
  problems: AnswerProblem[];
  notice: string | null;
  uploads: ReadonlyMap<string, { filename: string; size: number }>;
}) {
  const { t, locale } = page;
  const name = service.definition.name[locale];
  const action = `${applyPath(service.id, draft.id)}?step=${encodeURIComponent(stepId)}`;
  return (
    <Layout page={page} title={t(m.apply.title, { service: name })}>
      {notice ? <Notice tone="ok">{notice}</Notice> : null}
      {sourceNotices.map((each) => (
        <Notice tone={each.isVerified ? "ok" : undefined}>{each.text}</Notice>
      ))}
      <p class="caption">{t(m.apply.progress, { current: stepNumber, total: stepCount })}</p>
      <FormStep
        form={form}
        locked={locked}
        stepId={stepId}
        answers={answers}
        problems={problems}
        locale={locale}
        action={action}
        csrfToken={page.csrfToken}
        nonce={page.nonce}
        caption={name}
        attachmentOf={(id) => uploads.get(id)}
        buttons={
          <>
            <Button name="_go" value="next">
              {t(m.apply.next)}
            </Button>
            {stepNumber > 1 ? (
              <Button name="_go" value="back" variant="secondary">
                {t(m.apply.back)}
              </Button>
            ) : null}
            <Button name="_go" value="save" variant="secondary">
              {t(m.apply.saveLater)}
            </Button>
          </>
        }
      />
    </Layout>
  );
}

export function ReviewPage({
  page,
  service,
  draft,
  answers,
  problems,
}: {
  page: PageContext;
  service: PublishedService;
  draft: DraftRecord;
  answers: Child;
  problems: FieldProblem[];
}) {
  const { t, locale } = page;
  const isAmendment = draft.amendsApplicationId !== null;
  return (
    <Layout page={page} title={t(m.apply.review)}>
      <ErrorSummary t={t} problems={problems} />
      <PageHeading caption={service.definition.name[locale]}>
        {isAmendment ? t(m.amend.title) : t(m.apply.review)}
      </PageHeading>
      <p class="lead">{isAmendment ? t(m.amend.lead) : t(m.apply.reviewLead)}</p>
      {answers}
      <form method="post" action={`${applyPath(service.id, draft.id)}/submit`}>
        <CsrfField token={page.csrfToken} />
        <div class="button-group">
          <Button>{isAmendment ? t(m.amend.send) : t(m.apply.submit)}</Button>
        </div>
      </form>
      <form method="post" action={`${applyPath(service.id, draft.id)}/discard`}>
        <CsrfField token={page.csrfToken} />
        <Button variant="warning">{t(m.apply.discard)}</Button>
      </form>
    </Layout>
  );
}
