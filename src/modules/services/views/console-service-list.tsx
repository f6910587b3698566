import type { FieldProblem } from "@/core/errors";
import { formatDate, isoInstant } from "@/core/i18n";
import {
  Button,
  CsrfField,
  ErrorSummary,
  fieldId,
  Notice,
  Table,
  TextField,
} from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { serviceConsoleMessages as m } from "../console-messages";
import type { ManagedService } from "../console-repo";
import { serviceTemplateIds, serviceTemplateMessages } from "../service-templates";
import { draftName, serviceBasePath, StatusTag } from "./console-service-common";

export function ServiceListPage({
  page,
  context,
  services,
  canEdit,
  notice,
}: {
  page: PageContext;
  context: ConsoleContext;
  services: ManagedService[];
  canEdit: boolean;
  notice: string | null;
}) {
  const { t, locale } = page;
  return (
    <ConsoleLayout page={page} context={context} current="services" title={t(m.list.title)}>
      {notice ? <Notice tone="ok">{notice}</Notice> : null}
      <p class="lead">{t(m.list.lead)}</p>
      {canEdit ? (
        <p>
          <a class="button" href="/console/services/new">
            {t(m.list.newService)}
          </a>
        </p>
      ) : (
        <Notice>{t(m.overview.readOnly)}</Notice>
      )}
      {services.length === 0 ? (
        <p>{t(m.list.none)}</p>
      ) : (
        <Table
          caption={t(m.list.caption)}
          rows={services}
          columns={[
            {
              header: t(m.list.name),
              cell: (service) => (
                <a href={serviceBasePath(service.id)}>{draftName(service.draft, locale, t)}</a>
              ),
            },
            { header: t(m.list.id), cell: (service) => <code>{service.id}</code> },
            { header: t(m.list.status), cell: (service) => <StatusTag t={t} service={service} /> },
            {
              header: t(m.list.lastChange),
              cell: (service) => (
                <time datetime={isoInstant(service.updatedAt)}>
                  {formatDate(service.updatedAt, locale, "dateTime")}
                </time>
              ),
            },
            {
              header: t(m.list.links),
              cell: (service) =>
                service.status === "draft" ? null : (
                  <a
                    href={`/services/${service.id}`}
                    aria-label={t(m.list.publicPageOf, {
                      name: draftName(service.draft, locale, t),
                    })}
                  >
                    {t(m.list.publicPage)}
                  </a>
                ),
            },
          ]}
        />
      )}
    </ConsoleLayout>
  );
}

export interface NewServiceForm {
  template: string;
  serviceId: string;
}

export function NewServicePage({
  page,
  context,
  form,
  problems,
}: {
  page: PageContext;
  context: ConsoleContext;
  form: NewServiceForm;
  problems: readonly FieldProblem[];
}) {
  const { t } = page;
  const templateError = problems.find((problem) => problem.field === "template")?.message;
  const templateId = fieldId("template");
  return (
    <ConsoleLayout page={page} context={context} current="services" title={t(m.newService.title)}>
      <ErrorSummary t={t} problems={problems} />
      <p class="lead">{t(m.newService.lead)}</p>
      <form method="post" action="/console/services/new" novalidate>
        <CsrfField token={page.csrfToken} />
        <div class={templateError ? "field field--error" : "field"}>
          <fieldset
            id={templateId}
            aria-describedby={templateError ? `${templateId}-error` : undefined}
          >
            <legend>{t(m.newService.template)}</legend>
            {templateError ? (
              <span class="error-message" id={`${templateId}-error`}>
                {templateError}
              </span>
            ) : null}
            {serviceTemplateIds.map((template) => {
              const id = `template-${template}`;
              return (
                <div>
                  <input
                    type="radio"
                    id={id}
                    name="template"
                    value={template}
                    checked={form.template === template}
                    aria-describedby={`${id}-lead`}
                  />{" "}
                  <label for={id}>{t(serviceTemplateMessages[template].name)}</label>
                  <span class="hint" id={`${id}-lead`}>
                    {" "}
                    {t(serviceTemplateMessages[template].lead)}
                  </span>
                </div>
              );
            })}
          </fieldset>
        </div>
        <TextField
          name="id"
          label={t(m.newService.serviceId)}
          hint={t(m.newService.serviceIdHint)}
          value={form.serviceId}
          error={problems.find((problem) => problem.field === "id")?.message}
          isRequired
        />
        <Button>{t(m.newService.create)}</Button>
      </form>
      <p>
        <a href="/console/services">{t(m.overview.backToList)}</a>
      </p>
    </ConsoleLayout>
  );
}
