import { z } from "zod";

/** A name people read in their language: a service's name in Thai and English. */
const localizedText = z.object({
  th: z.string().trim().min(1).max(500),
  en: z.string().trim().min(1).max(500),
});

/** An instant, as a Date or ISO text; stored as ISO text in the delivery. */
const instant = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((value) => new Date(value).toISOString());

/** Where the notice sends the person: a path on this site (joined to PUBLIC_URL) or a full https address. */
const link = z
  .string()
  .max(2000)
  .refine(
    (value) => /^\/(?!\/)/.test(value) || /^https?:\/\//.test(value),
    "must be a path starting with / or an http(s) address",
  );

const referenceNumber = z.string().trim().min(1).max(100);
const officerText = z.string().trim().min(1).max(2000);

/**
 * The data each notice template needs. Callers pass the input type (dates
 * as Date or ISO text); `enqueueNotification` checks it in the caller's
 * transaction, so a notice that could not be rendered is never queued.
 */
export const notificationTemplateData = {
  "application.received": z.object({
    referenceNumber,
    serviceName: localizedText,
    receivedAt: instant,
    receiptLink: link,
    /** The secret code that, with the reference number, shows the status without signing in. */
    statusCode: z.string().trim().min(1).max(100),
    /** The public status lookup page, if the notice should link to it. */
    statusLookupLink: link.optional(),
  }),
  "application.info_requested": z.object({
    referenceNumber,
    serviceName: localizedText,
    /** What the officer asks for, in the officer's words. */
    requestedInformation: officerText,
    respondBy: instant.optional(),
    applicationLink: link,
  }),
  "application.progress": z.object({
    referenceNumber,
    serviceName: localizedText,
    submittedAt: instant,
    currentStep: localizedText.optional(),
    expectedBy: instant.optional(),
    applicationLink: link,
  }),
  "application.decided": z.object({
    referenceNumber,
    serviceName: localizedText,
    outcome: z.enum(["approved", "rejected"]),
    /** Required in practice for a rejection; the law asks for the reason to be given. */
    reason: officerText.optional(),
    decidedAt: instant,
    applicationLink: link,
  }),
  "draft.expiring": z.object({
    serviceName: localizedText,
    deletesAt: instant,
    draftLink: link,
  }),
  "document.issued": z.object({
    documentNumber: referenceNumber,
    title: localizedText,
    documentLink: link,
  }),
  "document.status_changed": z.object({
    documentNumber: referenceNumber,
    title: localizedText,
    status: z.enum(["active", "suspended", "revoked"]),
    reason: officerText,
    documentLink: link,
  }),
  "exchange.data_used": z.object({
    /** What was used, where it came from and why: the data service, its provider, the grant's purpose. */
    dataService: localizedText,
    provider: localizedText,
    purpose: localizedText,
    /** The consumer's e-service the call was made for, when it is one of Pratu's. */
    consumerService: localizedText.optional(),
    usedAt: instant,
    dataUseLink: link,
  }),
} as const;

export type NotificationTemplateName = keyof typeof notificationTemplateData;

export const notificationTemplateNames = Object.keys(
  notificationTemplateData,
) as NotificationTemplateName[];

/** What a caller passes for a template. */
export type NotificationTemplateInput<Name extends NotificationTemplateName> = z.input<
  (typeof notificationTemplateData)[Name]
>;

/** What a template reads, once checked (instants as ISO text). */
export type NotificationTemplateValues<Name extends NotificationTemplateName> = z.output<
  (typeof notificationTemplateData)[Name]
>;

export type ApplicationReceivedData = NotificationTemplateInput<"application.received">;
export type ApplicationInfoRequestedData = NotificationTemplateInput<"application.info_requested">;
export type ApplicationProgressData = NotificationTemplateInput<"application.progress">;
export type ApplicationDecidedData = NotificationTemplateInput<"application.decided">;
export type DraftExpiringData = NotificationTemplateInput<"draft.expiring">;

export function isNotificationTemplateName(value: string): value is NotificationTemplateName {
  return Object.hasOwn(notificationTemplateData, value);
}
