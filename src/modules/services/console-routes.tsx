import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { requireConsoleOfficer } from "@/modules/console";

import { listAgencyServices } from "./agency-services";
import {
  type ConsoleContextOf,
  doneNotice,
  loadService,
  translateProblems,
} from "./console-helpers";
import { serviceConsoleMessages as m } from "./console-messages";
import { createServiceFromTemplate } from "./create-service-from-template";
import { changedParts } from "./definition-diff";
import { validateDefinition } from "./definition-problems";
import { serviceEditorRoutes } from "./editor-routes";
import { getPublishedService } from "./get-published-service";
import { publishService } from "./publish-service";
import { RetirementReasonSchema, retireService } from "./retire-service";
import { servicePolicy } from "./service-policy";
import { PublishServicePage, RetireServicePage } from "./views/console-publish-retire";
import { NewServicePage, ServiceListPage } from "./views/console-service-list";
import { ServiceOverviewPage } from "./views/console-service-overview";

/** The console's service pages: list, new from a template, overview, publish and retire. */
export const serviceConsoleRoutes = createRouter();

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

serviceConsoleRoutes.get("/console/services", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const scope = { agencyId: context.agency.id };
  servicePolicy.authorize(context.actor, "service.view", scope);
  const services = await listAgencyServices({ db: c.get("db"), agencyId: context.agency.id });
  return c.html(
    <ServiceListPage
      page={pageContext(c)}
      context={context}
      services={services}
      canEdit={servicePolicy.can(context.actor, "service.edit", scope)}
      notice={doneNotice(c)}
    />,
  );
});

serviceConsoleRoutes.get("/console/services/new", requireConsoleOfficer, (c) => {
  const context = c.get("console");
  servicePolicy.authorize(context.actor, "service.edit", { agencyId: context.agency.id });
  return c.html(
    <NewServicePage
      page={pageContext(c)}
      context={context}
      form={{ template: "", serviceId: "" }}
      problems={[]}
    />,
  );
});

serviceConsoleRoutes.post("/console/services/new", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  servicePolicy.authorize(context.actor, "service.edit", { agencyId: context.agency.id });
  const body = await c.req.parseBody();
  const form = { template: text(body.template), serviceId: text(body.id).trim() };
  try {
    const created = await createServiceFromTemplate({
      db: c.get("db"),
      author: context.actor,
      agency: context.agency,
      templateId: form.template,
      serviceId: form.serviceId,
      requestId: c.get("requestId"),
    });
    return c.redirect(`/console/services/${created.serviceId}/edit?done=created`, 303);
  } catch (error) {
    if (!(error instanceof AppError) || !["validation_failed", "conflict"].includes(error.code)) {
      throw error;
    }
    return c.html(
      <NewServicePage
        page={pageContext(c)}
        context={context}
        form={form}
        problems={translateProblems(c.get("t"), error.fields)}
      />,
      error.status,
    );
  }
});

serviceConsoleRoutes.route("/", serviceEditorRoutes);

serviceConsoleRoutes.get("/console/services/:serviceId", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const service = await loadService(c);
  servicePolicy.authorize(context.actor, "service.view", service);
  const validation = validateDefinition(service.draft);
  return c.html(
    <ServiceOverviewPage
      page={pageContext(c)}
      context={context}
      service={service}
      versions={service.versions}
      problems={validation.ok ? [] : validation.problems}
      canEdit={servicePolicy.can(context.actor, "service.edit", service)}
      notice={doneNotice(c)}
    />,
  );
});

async function renderPublishPage(
  c: ConsoleContextOf,
  notice: string | null,
  status: 200 | 400 | 409,
) {
  const context = c.get("console");
  const service = await loadService(c);
  servicePolicy.authorize(context.actor, "service.publish", service);
  const validation = validateDefinition(service.draft);
  const published =
    service.publishedVersion === null
      ? null
      : await getPublishedService({
          db: c.get("db"),
          serviceId: service.id,
          version: service.publishedVersion,
        });
  return c.html(
    <PublishServicePage
      page={pageContext(c)}
      context={context}
      service={service}
      problems={validation.ok ? [] : validation.problems}
      changedParts={
        published
          ? changedParts(
              published.definition,
              validation.ok ? validation.definition : service.draft,
            )
          : null
      }
      notice={notice}
    />,
    status,
  );
}

serviceConsoleRoutes.get("/console/services/:serviceId/publish", requireConsoleOfficer, (c) =>
  renderPublishPage(c, null, 200),
);

serviceConsoleRoutes.post(
  "/console/services/:serviceId/publish",
  requireConsoleOfficer,
  async (c) => {
    const context = c.get("console");
    const service = await loadService(c);
    servicePolicy.authorize(context.actor, "service.publish", service);
    const body = await c.req.parseBody();
    // The page confirmed one version number; if another was published since, confirm again.
    if (Number(text(body.version)) !== (service.publishedVersion ?? 0) + 1) {
      return renderPublishPage(c, c.get("t")(m.publish.moved), 409);
    }
    try {
      const published = await publishService({
        db: c.get("db"),
        author: context.actor,
        agencyCode: context.agency.code,
        serviceId: service.id,
        requestId: c.get("requestId"),
      });
      return c.redirect(
        `/console/services/${service.id}?done=published&version=${published.version}`,
        303,
      );
    } catch (error) {
      if (error instanceof AppError && error.code === "validation_failed") {
        return renderPublishPage(c, null, 400);
      }
      throw error;
    }
  },
);

serviceConsoleRoutes.get(
  "/console/services/:serviceId/retire",
  requireConsoleOfficer,
  async (c) => {
    const context = c.get("console");
    const service = await loadService(c);
    servicePolicy.authorize(context.actor, "service.retire", service);
    return c.html(
      <RetireServicePage
        page={pageContext(c)}
        context={context}
        service={service}
        form={{ th: "", en: "" }}
        problems={[]}
      />,
    );
  },
);

serviceConsoleRoutes.post(
  "/console/services/:serviceId/retire",
  requireConsoleOfficer,
  async (c) => {
    const context = c.get("console");
    const t = c.get("t");
    const service = await loadService(c);
    servicePolicy.authorize(context.actor, "service.retire", service);
    const body = await c.req.parseBody();
    const form = { th: text(body["reason.th"]), en: text(body["reason.en"]) };
    const reason = RetirementReasonSchema.safeParse(form);
    if (!reason.success) {
      const problems = (["th", "en"] as const)
        .filter((language) => reason.error.issues.some((issue) => issue.path[0] === language))
        .map((language) => ({
          field: `reason.${language}`,
          message: t(m.retire.reasonRequired, {
            language: t(language === "th" ? m.editor.thai : m.editor.english),
          }),
        }));
      return c.html(
        <RetireServicePage
          page={pageContext(c)}
          context={context}
          service={service}
          form={form}
          problems={problems}
        />,
        400,
      );
    }
    await retireService({
      db: c.get("db"),
      author: context.actor,
      agencyCode: context.agency.code,
      serviceId: service.id,
      reason: reason.data,
      requestId: c.get("requestId"),
    });
    return c.redirect(`/console/services/${service.id}?done=retired`, 303);
  },
);
