import type { FieldProblem } from "@/core/errors";
import { type Locale, type Translate } from "@/core/i18n";
import { DeliveryList } from "@/core/notify";
import { ErrorSummary, Notice, Table, Timeline, type TimelineEntry } from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";
import { DataSourceList } from "@/modules/exchange/once-only";
import { AnswersSummary } from "@/modules/services";

import { applicationConsoleMessages as m } from "../console-messages";
import type { ConsoleApplication } from "../console-reads";
import { draftSourcesOfApplication, sourcedFormOf } from "../draft-data-sources";
import { eventMessages } from "../messages";
import type { ApplicationEventRecord } from "../repo";
import { decodeReceiptPayload } from "../submit-application";
import { ActionForms, type ActionFormsProps } from "./console-action-forms";
import {
  consolePaths,
  DueState,
  formatSize,
  isOverdueAt,
  ProblemBox,
  StatusTag,
  When,
} from "./console-parts";

export interface ApplicationPageProps {
  page: PageContext;
  context: ConsoleContext;
  found: ConsoleApplication;
  canAct: boolean;
  actions: Omit<ActionFormsProps, "page" | "application" | "officerId">;
  notice: string | null;
  /** Why the application's state refused what was asked (409). */
  conflict: string | null;
  problems: readonly FieldProblem[];
  now: Date;
}

/** Text as typed, its line breaks kept, without inline styles (the CSP forbids them). */
function Lines({ text }: { text: string }) {
  const lines = text.split(/\r?\n/);
  return (
    <>
      {lines.map((line, index) => (
        <>
          {index > 0 ? <br /> : null}
          {line}
        </>
      ))}
    </>
  );
}

function timelineEntries(
  t: Translate,
  events: readonly ApplicationEventRecord[],
  nameOf: (officerId: unknown) => string | null,
): TimelineEntry[] {
  return events.map((event) => {
    const title =
      event.kind in eventMessages
        ? t(eventMessages[event.kind as keyof typeof eventMessages])
        : event.kind;
    const officer = event.actorType === "officer" ? nameOf(event.actorId) : null;
    const assignee = event.kind === "assigned" ? nameOf(event.details.claimedBy) : null;
    const { message, reason } = event.details;
    const detail = [
      event.isVisibleToApplicant ? "" : t(m.application.staffOnly),
      officer ? t(m.application.byOfficer, { name: officer }) : "",
      assignee ? t(m.application.assignedTo, { name: assignee }) : "",
      typeof message === "string" ? t(m.application.requested, { message }) : "",
      typeof reason === "string" ? t(m.application.reason, { reason }) : "",
    ]
      .filter(Boolean)
      .join(" · ");
    return { title, at: event.occurredAt, ...(detail ? { detail } : {}) };
  });
}

function Attachments({
  t,
  locale,
  found,
  questionLabel,
}: {
  t: Translate;
  locale: Locale;
  found: ConsoleApplication;
  questionLabel: (fieldId: string) => string;
}) {
  const { attachments, id } = found.view;
  if (attachments.length === 0) return <p>{t(m.application.noAttachments)}</p>;
  return (
    <Table
      caption={t(m.application.attachments)}
      rows={attachments}
      columns={[
        { header: t(m.application.fileName), cell: (file) => file.filename },
        { header: t(m.application.question), cell: (file) => questionLabel(file.fieldId) },
        { header: t(m.application.mediaType), cell: (file) => <code>{file.mediaType}</code> },
        { header: t(m.application.size), cell: (file) => formatSize(file.size, locale) },
        { header: t(m.application.sha256), cell: (file) => <code>{file.sha256}</code> },
        {
          header: t(m.application.download),
          cell: (file) => (
            <a
              href={consolePaths.attachment(id, file.id)}
              aria-label={t(m.application.downloadLabel, { name: file.filename })}
              download
            >
              {t(m.application.download)}
            </a>
          ),
        },
      ]}
    />
  );
}

export function ApplicationPage(props: ApplicationPageProps) {
  const { page, context, found, now } = props;
  const { t, locale } = page;
  const { record, service, receipts } = found;
  const names = new Map(
    found.members.map((member) => [
      member.officerId,
      locale === "th" ? member.nameTh : member.nameEn,
    ]),
  );
  const nameOf = (officerId: unknown) =>
    typeof officerId === "string" ? (names.get(officerId) ?? null) : null;
  // The form as the applicant met it: a copy asked for only where no registry answered.
  const form = service.definition.form
    ? sourcedFormOf(service, draftSourcesOfApplication(found.view.dataSources, record.answers)).form
    : undefined;
  const labels = new Map(
    (form?.pages ?? []).flatMap((formPage) =>
      formPage.fields.map((field) => [field.id, field.label[locale]] as const),
    ),
  );
  const attachmentsById = new Map(
    found.view.attachments.map((attachment) => [attachment.id, attachment]),
  );
  const latest = receipts.at(-1);
  const applicant = latest ? decodeReceiptPayload(latest.jws).applicant : null;
  const title = t(m.application.title, { reference: record.reference });
  return (
    <ConsoleLayout page={page} context={context} current="applications" title={title}>
      <p>
        <a href={consolePaths.inbox}>{t(m.application.backToInbox)}</a>
      </p>
      <ErrorSummary t={t} problems={props.problems} />
      {props.conflict ? (
        <ProblemBox title={t(m.actions.refused)}>{props.conflict}</ProblemBox>
      ) : null}
      {props.notice ? <Notice tone="ok">{props.notice}</Notice> : null}

      <h2>{t(m.application.summary)}</h2>
      <dl class="summary-list">
        <dt>{t(m.application.reference)}</dt>
        <dd>
          <code>{record.reference}</code>
        </dd>
        <dt>{t(m.application.status)}</dt>
        <dd>
          <StatusTag t={t} status={record.status} />
        </dd>
        <dt>{t(m.application.service)}</dt>
        <dd>
          {t(m.application.serviceVersion, {
            name: service.definition.name[locale],
            version: record.serviceVersion,
          })}
        </dd>
        <dt>{t(m.application.applicant)}</dt>
        <dd>{applicant?.name ?? t(m.application.notGiven)}</dd>
        <dt>{t(m.application.nationalId)}</dt>
        <dd>
          {applicant?.nationalIdLast4
            ? t(m.application.nationalIdEnding, { last4: applicant.nationalIdLast4 })
            : t(m.application.notGiven)}
        </dd>
        <dt>{t(m.application.received)}</dt>
        <dd>
          <When value={record.submittedAt} locale={locale} />
        </dd>
        <dt>{t(m.application.due)}</dt>
        <dd>
          <DueState
            t={t}
            locale={locale}
            application={record}
            isOverdue={isOverdueAt(record, now)}
          />
        </dd>
        <dt>{t(m.application.claimedBy)}</dt>
        <dd>{nameOf(record.claimedBy) ?? t(m.inbox.nobody)}</dd>
        {record.decision && record.decidedAt ? (
          <>
            <dt>{t(m.application.decision)}</dt>
            <dd>
              <StatusTag t={t} status={record.decision} />{" "}
              <When value={record.decidedAt} locale={locale} />
              {record.decisionReason ? (
                <p>
                  <Lines text={record.decisionReason.text} />
                </p>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>

      <h2>{t(m.application.answers)}</h2>
      {form ? (
        <AnswersSummary
          form={form}
          answers={record.answers}
          locale={locale}
          headingLevel={3}
          attachmentOf={(attachmentId) => attachmentsById.get(attachmentId)}
        />
      ) : (
        <p>{t(m.application.noAnswers)}</p>
      )}

      <DataSourceList
        locale={locale}
        sources={found.view.dataSources}
        documentName={(index) => service.definition.documents[index]?.name[locale]}
        questionLabel={(fieldId) => labels.get(fieldId) ?? fieldId}
      />

      <h2>{t(m.application.attachments)}</h2>
      <Attachments
        t={t}
        locale={locale}
        found={found}
        questionLabel={(fieldId) => labels.get(fieldId) ?? fieldId}
      />

      <h2>{t(m.actions.heading)}</h2>
      {props.canAct ? (
        <ActionForms
          page={page}
          application={record}
          officerId={context.actor.officerId}
          {...props.actions}
        />
      ) : (
        <p>{t(m.actions.viewerOnly)}</p>
      )}

      <h2>{t(m.application.timeline)}</h2>
      <Timeline entries={timelineEntries(t, found.events, nameOf)} locale={locale} />

      <h2>{t(m.application.notes)}</h2>
      {found.notes.length === 0 ? (
        <p>{t(m.application.noNotes)}</p>
      ) : (
        <ol class="timeline">
          {found.notes.map((note) => (
            <li class="timeline__done">
              <strong>{nameOf(note.officerId) ?? note.officerName}</strong>
              <When value={note.createdAt} locale={locale} />
              <p>
                <Lines text={note.body} />
              </p>
            </li>
          ))}
        </ol>
      )}

      <h2>{t(m.application.receipts)}</h2>
      <Table
        caption={t(m.application.receipts)}
        rows={receipts}
        columns={[
          { header: t(m.application.receiptSequence), cell: (receipt) => String(receipt.sequence) },
          {
            header: t(m.application.receiptKind),
            cell: (receipt) =>
              t(m.application.receiptKinds[decodeReceiptPayload(receipt.jws).kind]),
          },
          {
            header: t(m.application.receiptIssued),
            cell: (receipt) => <When value={receipt.issuedAt} locale={locale} />,
          },
          {
            header: t(m.application.receiptView),
            cell: (receipt) => (
              <a href={consolePaths.receipt(record.id, receipt.sequence)}>
                {t(m.application.receiptViewLabel, { sequence: receipt.sequence })}
              </a>
            ),
          },
        ]}
      />

      {found.deliveries ? (
        <>
          <h2>{t(m.application.deliveries)}</h2>
          <DeliveryList
            t={t}
            locale={locale}
            deliveries={found.deliveries}
            caption={t(m.application.deliveriesCaption)}
          />
        </>
      ) : null}
    </ConsoleLayout>
  );
}
