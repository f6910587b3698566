import { AppError, type FieldProblem } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import type { Translate } from "@/core/i18n";
import { fieldId } from "@/core/ui/components";
import { pageContext } from "@/core/ui/page-context";
import { requireConsoleOfficer } from "@/modules/console";

import { type ConsoleContextOf, doneNotice, loadService } from "./console-helpers";
import { serviceConsoleMessages as m } from "./console-messages";
import type { ManagedService } from "./console-repo";
import { validateDefinition } from "./definition-problems";
import { applyRowAction, draftFromEditorForm, parseEditorAction } from "./editor-form";
import { saveServiceDraft } from "./save-service-draft";
import { servicePolicy } from "./service-policy";
import { exportService } from "./services-command";
import { ServiceEditorPage } from "./views/console-service-editor";
import { ServiceJsonPage } from "./views/console-service-json";
import { ServicePreview } from "./views/service-preview";

/** The console's draft pages: the structured editor, its live preview, JSON, import and export. */
export const serviceEditorRoutes = createRouter();

const MAX_IMPORT_BYTES = 1024 * 1024;

function storedDraft(service: ManagedService): Record<string, unknown> {
  const draft = service.draft;
  return draft !== null && typeof draft === "object" && !Array.isArray(draft)
    ? (draft as Record<string, unknown>)
    : {};
}

/** The agency's service, once the officer is known to be allowed to change it. */
async function loadForEditing(c: ConsoleContextOf) {
  const service = await loadService(c);
  servicePolicy.authorize(c.get("console").actor, "service.edit", service);
  return service;
}

function saveDraft(c: ConsoleContextOf, definition: Record<string, unknown>) {
  return saveServiceDraft({
    db: c.get("db"),
    author: c.get("console").actor,
    definition,
    requestId: c.get("requestId"),
  });
}

serviceEditorRoutes.get("/console/services/:serviceId/edit", requireConsoleOfficer, async (c) => {
  const service = await loadForEditing(c);
  const draft = storedDraft(service);
  const validation = validateDefinition(draft);
  return c.html(
    <ServiceEditorPage
      page={pageContext(c)}
      context={c.get("console")}
      serviceId={service.id}
      draft={draft}
      problems={validation.ok ? [] : validation.problems}
      notice={doneNotice(c)}
    />,
  );
});

/**
 * Saves what the form holds, always: a draft may be incomplete. A row added
 * or removed is saved the same way, and the page comes back at that row.
 */
serviceEditorRoutes.post("/console/services/:serviceId/edit", requireConsoleOfficer, async (c) => {
  const service = await loadForEditing(c);
  const { agency } = c.get("console");
  const body = await c.req.parseBody({ all: true });
  const edited = draftFromEditorForm(body, storedDraft(service));
  const { draft, focus } = applyRowAction(
    { ...edited, id: service.id, agencyCode: agency.code },
    parseEditorAction(body._action),
  );
  await saveDraft(c, draft);
  const anchor = focus === null ? "" : `#${fieldId(focus)}`;
  return c.redirect(`/console/services/${service.id}/edit?done=saved${anchor}`, 303);
});

/** The preview of what the form holds now, as an HTML fragment; nothing is saved. */
serviceEditorRoutes.post(
  "/console/services/:serviceId/preview",
  requireConsoleOfficer,
  async (c) => {
    const service = await loadForEditing(c);
    const body = await c.req.parseBody({ all: true });
    const draft = draftFromEditorForm(body, storedDraft(service));
    c.header("Cache-Control", "no-store");
    return c.html(
      <ServicePreview
        t={c.get("t")}
        locale={c.get("locale")}
        draft={draft}
        agency={c.get("console").agency}
      />,
    );
  },
);

/** A definition file or text, checked before it may replace the draft; refusals name `field`. */
function readDefinition(
  t: Translate,
  source: string,
  service: ManagedService,
  agencyCode: string,
  field: string,
): { definition: Record<string, unknown> } | { refusals: FieldProblem[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    return {
      refusals: [{ field, message: t(m.json.invalidJson, { detail: (error as Error).message }) }],
    };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { refusals: [{ field, message: t(m.json.notObject) }] };
  }
  const definition = parsed as Record<string, unknown>;
  const refusals: FieldProblem[] = [];
  if (definition.id !== service.id) {
    refusals.push({ field, message: t(m.json.idMismatch, { id: service.id }) });
  }
  if (definition.agencyCode !== agencyCode) {
    refusals.push({ field, message: t(m.json.agencyMismatch, { code: agencyCode }) });
  }
  return refusals.length > 0 ? { refusals } : { definition };
}

function renderJsonPage(
  c: ConsoleContextOf,
  service: ManagedService,
  { text, refusals }: { text?: string; refusals: FieldProblem[] },
) {
  const draft = storedDraft(service);
  const validation = validateDefinition(draft);
  return c.html(
    <ServiceJsonPage
      page={pageContext(c)}
      context={c.get("console")}
      serviceId={service.id}
      draft={draft}
      text={text ?? JSON.stringify(draft, null, 2)}
      problems={validation.ok ? [] : validation.problems}
      refusals={refusals}
      publishedVersion={service.publishedVersion}
      notice={doneNotice(c)}
    />,
    refusals.length > 0 ? 400 : 200,
  );
}

serviceEditorRoutes.get("/console/services/:serviceId/json", requireConsoleOfficer, async (c) =>
  renderJsonPage(c, await loadForEditing(c), { refusals: [] }),
);

serviceEditorRoutes.post("/console/services/:serviceId/json", requireConsoleOfficer, async (c) => {
  const service = await loadForEditing(c);
  const body = await c.req.parseBody();
  const text = typeof body.definition === "string" ? body.definition : "";
  const read = readDefinition(
    c.get("t"),
    text,
    service,
    c.get("console").agency.code,
    "definition",
  );
  if ("refusals" in read) return renderJsonPage(c, service, { text, refusals: read.refusals });
  await saveDraft(c, read.definition);
  return c.redirect(`/console/services/${service.id}/json?done=saved`, 303);
});

serviceEditorRoutes.post(
  "/console/services/:serviceId/import",
  requireConsoleOfficer,
  async (c) => {
    const service = await loadForEditing(c);
    const t = c.get("t");
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) {
      return renderJsonPage(c, service, {
        refusals: [{ field: "file", message: t(m.json.fileRequired) }],
      });
    }
    if (file.size > MAX_IMPORT_BYTES) {
      return renderJsonPage(c, service, {
        refusals: [{ field: "file", message: t(m.json.fileTooLarge) }],
      });
    }
    const read = readDefinition(
      t,
      await file.text(),
      service,
      c.get("console").agency.code,
      "file",
    );
    if ("refusals" in read) return renderJsonPage(c, service, { refusals: read.refusals });
    await saveDraft(c, read.definition);
    return c.redirect(`/console/services/${service.id}/json?done=imported`, 303);
  },
);

/** The draft, or the version published now, as a definition file to download. */
serviceEditorRoutes.get("/console/services/:serviceId/export", requireConsoleOfficer, async (c) => {
  const service = await loadService(c);
  const { actor, agency } = c.get("console");
  servicePolicy.authorize(actor, "service.view", service);
  const isPublished = c.req.query("of") === "published";
  if (isPublished && service.publishedVersion === null) {
    throw new AppError("not_found", "The service has no published version.");
  }
  const definition = isPublished
    ? await exportService({
        db: c.get("db"),
        agencyCode: agency.code,
        serviceId: service.id,
        version: service.publishedVersion ?? undefined,
      })
    : storedDraft(service);
  const name = isPublished ? `${service.id}-v${service.publishedVersion}` : `${service.id}-draft`;
  return c.body(`${JSON.stringify(definition, null, 2)}\n`, 200, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Disposition": `attachment; filename="${name}.json"`,
    "Cache-Control": "no-store",
  });
});
