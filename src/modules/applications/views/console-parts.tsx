import type { Child } from "hono/jsx";

import { formatDate, isoInstant, type Locale, type Translate } from "@/core/i18n";
import { Tag } from "@/core/ui/components";

import { applicationConsoleMessages as m } from "../console-messages";
import type { ApplicationStatus } from "../schema";

export const consolePaths = {
  inbox: "/console/inbox",
  application: (id: string) => `/console/applications/${id}`,
  action: (id: string, action: string) => `/console/applications/${id}/${action}`,
  attachment: (id: string, attachmentId: string) =>
    `/console/applications/${id}/attachments/${attachmentId}`,
  receipt: (id: string, sequence: number) => `/console/applications/${id}/receipts/${sequence}`,
};

export function When({
  value,
  locale,
  style = "dateTime",
}: {
  value: Date;
  locale: Locale;
  style?: "date" | "dateTime";
}) {
  return <time datetime={isoInstant(value)}>{formatDate(value, locale, style)}</time>;
}

const statusTones: Record<ApplicationStatus, "ok" | "warn" | "error" | undefined> = {
  submitted: undefined,
  in_review: undefined,
  info_requested: "warn",
  approved: "ok",
  rejected: "error",
};

export function StatusTag({ t, status }: { t: Translate; status: ApplicationStatus }) {
  return <Tag tone={statusTones[status]}>{t(m.status[status])}</Tag>;
}

/**
 * When the application is due, as officers must see it at a glance: an
 * overdue one says so in words (not by colour alone), and one whose clock
 * stands still while the applicant answers says that instead.
 */
export function DueState({
  t,
  locale,
  application,
  isOverdue,
}: {
  t: Translate;
  locale: Locale;
  application: { dueAt: Date; pausedSince: Date | null; decidedAt: Date | null };
  isOverdue: boolean;
}) {
  const { dueAt, pausedSince, decidedAt } = application;
  if (pausedSince && !decidedAt) {
    return (
      <>
        <Tag tone="warn">{t(m.due.paused)}</Tag>{" "}
        <span>{t(m.due.pausedSince, { date: formatDate(pausedSince, locale, "dateTime") })}</span>
      </>
    );
  }
  return (
    <>
      {isOverdue ? (
        <>
          <Tag tone="error">{t(m.due.overdue)}</Tag>{" "}
        </>
      ) : null}
      <When value={dueAt} locale={locale} />
    </>
  );
}

export function isOverdueAt(
  application: { dueAt: Date; pausedSince: Date | null; decidedAt: Date | null },
  now: Date,
): boolean {
  return (
    application.decidedAt === null && application.pausedSince === null && application.dueAt < now
  );
}

/** A file's size in the reader's language: 1.2 MB, 350 kB. */
export function formatSize(bytes: number, locale: Locale): string {
  const tag = locale === "th" ? "th-TH" : "en-GB";
  const [value, unit] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, "megabyte"]
      : bytes >= 1_000
        ? [bytes / 1_000, "kilobyte"]
        : [bytes, "byte"];
  return new Intl.NumberFormat(tag, {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}

/** A problem that is not one field's (the application's state refused the action). */
export function ProblemBox({ title, children }: { title: string; children: Child }) {
  return (
    <div class="error-summary" role="alert" aria-labelledby="problem-box-title" tabindex={-1}>
      <h2 id="problem-box-title">{title}</h2>
      <p>{children}</p>
    </div>
  );
}
