import type { PageContext } from "@/core/ui/page-context";
import { type DataSource, DataSourceList } from "@/modules/exchange/once-only";
import { AnswersSummary, type FormDefinition, type PublishedService } from "@/modules/services";

import { citizenMessages as m } from "../citizen-messages";
import { draftSourcesOfApplication, sourcedFormOf } from "../draft-data-sources";
import type { AttachmentRecord } from "../draft-repo";
import type { AttachmentSummary } from "../schema";

/** The answers of an application, labelled by its form, with its files linked when allowed. */
export function ApplicationAnswers({
  page,
  service,
  answers,
  attachments,
  downloadHref,
  changeHref,
  form: sourcedForm,
  dataSources = [],
}: {
  page: PageContext;
  service: PublishedService;
  /** The form as the applicant met it (copies asked or not), when not the service's own. */
  form?: FormDefinition | undefined;
  /** Where the registry documents came from. */
  dataSources?: readonly DataSource[];
  answers: Record<string, unknown>;
  attachments: readonly AttachmentSummary[];
  downloadHref: ((attachmentId: string) => string) | null;
  changeHref?: ((stepId: string) => string) | undefined;
}) {
  if (!service.definition.form) return null;
  const form =
    sourcedForm ?? sourcedFormOf(service, draftSourcesOfApplication(dataSources, answers)).form;
  const byId = new Map(attachments.map((attachment) => [attachment.id, attachment]));
  return (
    <>
      <AnswersSummary
        form={form}
        answers={answers}
        locale={page.locale}
        headingLevel={3}
        attachmentOf={(id) => byId.get(id)}
        changeHref={changeHref}
        changeLabel={page.t(m.apply.change)}
      />
      <DataSourceList
        locale={page.locale}
        sources={dataSources}
        headingLevel={3}
        documentName={(index) => service.definition.documents[index]?.name[page.locale]}
        questionLabel={(fieldId) => questionLabel(form, fieldId, page.locale)}
      />
      {downloadHref && attachments.length > 0 ? (
        <ul class="link-list">
          {attachments.map((attachment) => (
            <li>
              <a href={downloadHref(attachment.id)}>{attachment.filename}</a>{" "}
              <span class="caption">
                {attachment.mediaType}, SHA-256 <code class="hash">{attachment.sha256}</code>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function questionLabel(form: FormDefinition, fieldId: string, locale: "th" | "en"): string {
  for (const formPage of form.pages) {
    const field = formPage.fields.find((each) => each.id === fieldId);
    if (field) return field.label[locale];
  }
  return fieldId;
}

/** RFC 6266 with RFC 5987: an ASCII name for old clients, the exact UTF-8 name for the rest. */
function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, "_").trim() || "attachment";
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * A stored upload as a download: its own name, its checked type, and a
 * sandbox, so that a file opened in the browser runs and reaches nothing.
 */
export function attachmentResponse(
  file: Pick<AttachmentRecord, "filename" | "mediaType"> & { content: Uint8Array },
): Response {
  return new Response(new Uint8Array(file.content), {
    status: 200,
    headers: {
      "content-type": file.mediaType,
      "content-disposition": attachmentDisposition(file.filename),
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
      // Personal data: no shared cache may keep a copy.
      "cache-control": "private, no-store",
    },
  });
}
