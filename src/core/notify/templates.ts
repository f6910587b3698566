import { formatDate, type Locale, type Message, type Params, translate } from "@/core/i18n";

import {
  type NoticeDocument,
  type RenderedNotification,
  renderNoticeDocument,
} from "./notice-document";
import {
  notificationTemplateData,
  type NotificationTemplateName,
  type NotificationTemplateValues,
} from "./template-data";
import { templateMessages as m } from "./template-messages";

interface LocalizedText {
  th: string;
  en: string;
}

interface TemplateContext {
  locale: Locale;
  t: (message: Message, params?: Params) => string;
  agency: string;
  /** The link as the person follows it: paths are joined to PUBLIC_URL. */
  url: (link: string) => string;
  name: (text: LocalizedText) => string;
  date: (instant: string) => string;
  dateTime: (instant: string) => string;
}

type Template<Name extends NotificationTemplateName> = (
  data: NotificationTemplateValues<Name>,
  context: TemplateContext,
) => Omit<NoticeDocument, "footer">;

/** Each notice Pratu sends, as a plain function of its data. */
const templates: { [Name in NotificationTemplateName]: Template<Name> } = {
  "application.received": (data, { t, agency, url, name, dateTime }) => {
    const reference = data.referenceNumber;
    return {
      subject: t(m.received.subject, { reference }),
      paragraphs: [
        t(m.received.intro, {
          agency,
          service: name(data.serviceName),
          time: dateTime(data.receivedAt),
        }),
      ],
      facts: [
        { label: t(m.common.referenceNumber), value: reference },
        { label: t(m.common.service), value: name(data.serviceName) },
        { label: t(m.received.receivedAt), value: dateTime(data.receivedAt) },
        { label: t(m.received.statusCode), value: data.statusCode },
      ],
      closing: [t(m.received.keep)],
      actions: [
        { label: t(m.received.action), url: url(data.receiptLink) },
        ...(data.statusLookupLink
          ? [{ label: t(m.received.lookup), url: url(data.statusLookupLink) }]
          : []),
      ],
      short: t(m.received.short, { agency, reference, code: data.statusCode }),
    };
  },
  "application.info_requested": (data, { t, url, name, date }) => ({
    subject: t(m.infoRequested.subject, { reference: data.referenceNumber }),
    paragraphs: [t(m.infoRequested.intro, { service: name(data.serviceName) })],
    quote: data.requestedInformation,
    facts: [{ label: t(m.common.referenceNumber), value: data.referenceNumber }],
    closing: [
      ...(data.respondBy ? [t(m.infoRequested.respondBy, { date: date(data.respondBy) })] : []),
      t(m.infoRequested.paused),
    ],
    actions: [{ label: t(m.infoRequested.action), url: url(data.applicationLink) }],
    short: t(m.infoRequested.short, { reference: data.referenceNumber }),
  }),
  "application.progress": (data, { t, url, name, date }) => ({
    subject: t(m.progress.subject, { reference: data.referenceNumber }),
    paragraphs: [
      t(m.progress.intro, { service: name(data.serviceName), date: date(data.submittedAt) }),
    ],
    facts: [
      { label: t(m.common.referenceNumber), value: data.referenceNumber },
      ...(data.currentStep
        ? [{ label: t(m.progress.currentStep), value: name(data.currentStep) }]
        : []),
      ...(data.expectedBy
        ? [{ label: t(m.progress.expectedBy), value: date(data.expectedBy) }]
        : []),
    ],
    closing: [t(m.progress.law)],
    actions: [{ label: t(m.progress.action), url: url(data.applicationLink) }],
    short: t(m.progress.short, { reference: data.referenceNumber }),
  }),
  "application.decided": (data, { t, agency, url, name, date }) => {
    const isApproved = data.outcome === "approved";
    const params = { agency, service: name(data.serviceName), date: date(data.decidedAt) };
    return {
      subject: t(isApproved ? m.decided.subjectApproved : m.decided.subjectRejected, {
        reference: data.referenceNumber,
      }),
      paragraphs: [t(isApproved ? m.decided.introApproved : m.decided.introRejected, params)],
      facts: [
        { label: t(m.common.referenceNumber), value: data.referenceNumber },
        ...(data.reason ? [{ label: t(m.decided.reason), value: data.reason }] : []),
      ],
      closing: isApproved ? [] : [t(m.decided.appeal)],
      actions: [{ label: t(m.decided.action), url: url(data.applicationLink) }],
      short: t(isApproved ? m.decided.shortApproved : m.decided.shortRejected, {
        reference: data.referenceNumber,
      }),
    };
  },
  "document.issued": (data, { t, agency, url, name }) => {
    const params = { agency, title: name(data.title), number: data.documentNumber };
    return {
      subject: t(m.documentIssued.subject, params),
      paragraphs: [t(m.documentIssued.intro, params)],
      facts: [{ label: t(m.documentNumber), value: data.documentNumber }],
      closing: [],
      actions: [{ label: t(m.documentIssued.action), url: url(data.documentLink) }],
      short: t(m.documentIssued.short, params),
    };
  },
  "document.status_changed": (data, { t, agency, url, name }) => {
    const params = { agency, title: name(data.title), number: data.documentNumber };
    const byStatus = {
      revoked: [m.documentStatusChanged.subjectRevoked, m.documentStatusChanged.introRevoked],
      suspended: [m.documentStatusChanged.subjectSuspended, m.documentStatusChanged.introSuspended],
      active: [m.documentStatusChanged.subjectActive, m.documentStatusChanged.introActive],
    } as const;
    const [subject, intro] = byStatus[data.status];
    return {
      subject: t(subject, params),
      paragraphs: [t(intro, params)],
      facts: [
        { label: t(m.documentNumber), value: data.documentNumber },
        { label: t(m.documentStatusChanged.reason), value: data.reason },
      ],
      closing: [t(m.documentStatusChanged.contact)],
      actions: [{ label: t(m.documentStatusChanged.action), url: url(data.documentLink) }],
      short: t(m.documentStatusChanged.short, params),
    };
  },
  "draft.expiring": (data, { t, url, name, date }) => {
    const params = { service: name(data.serviceName), date: date(data.deletesAt) };
    return {
      subject: t(m.draftExpiring.subject, params),
      paragraphs: [t(m.draftExpiring.intro, params)],
      facts: [],
      closing: [t(m.draftExpiring.finish)],
      actions: [{ label: t(m.draftExpiring.action), url: url(data.draftLink) }],
      short: t(m.draftExpiring.short, params),
    };
  },
  "exchange.data_used": (data, { t, agency, url, name, dateTime }) => {
    const params = {
      agency,
      dataService: name(data.dataService),
      provider: name(data.provider),
      purpose: name(data.purpose),
      time: dateTime(data.usedAt),
    };
    return {
      subject: t(m.dataUsed.subject, params),
      paragraphs: [t(m.dataUsed.intro, params)],
      facts: [
        { label: t(m.dataUsed.agency), value: agency },
        ...(data.consumerService
          ? [{ label: t(m.dataUsed.service), value: name(data.consumerService) }]
          : []),
        { label: t(m.dataUsed.data), value: params.dataService },
        { label: t(m.dataUsed.provider), value: params.provider },
        { label: t(m.dataUsed.purpose), value: params.purpose },
        { label: t(m.dataUsed.time), value: params.time },
      ],
      closing: [t(m.dataUsed.why)],
      actions: [{ label: t(m.dataUsed.action), url: url(data.dataUseLink) }],
      short: t(m.dataUsed.short, params),
    };
  },
};

/**
 * Renders a notice in the person's language. The data is checked again,
 * since it comes back from storage; a notice that no longer fits its
 * template throws.
 */
export function renderNotification<Name extends NotificationTemplateName>({
  template,
  locale,
  data,
  agencyName,
  publicUrl,
}: {
  template: Name;
  locale: Locale;
  data: unknown;
  agencyName: LocalizedText;
  publicUrl: string;
}): RenderedNotification {
  const values = notificationTemplateData[template].parse(data) as NotificationTemplateValues<Name>;
  const t = (message: Message, params?: Params) => translate(locale, message, params);
  const context: TemplateContext = {
    locale,
    t,
    agency: agencyName[locale],
    url: (link) => (link.startsWith("/") ? `${publicUrl.replace(/\/$/, "")}${link}` : link),
    name: (text) => text[locale],
    date: (instant) => formatDate(instant, locale, "date"),
    dateTime: (instant) => formatDate(instant, locale, "dateTime"),
  };
  const document = templates[template](values, context);
  return renderNoticeDocument(
    { ...document, footer: t(m.common.footer, { agency: context.agency }) },
    locale,
  );
}
