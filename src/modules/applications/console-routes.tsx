import type { Context } from "hono";

import { AppError, type FieldProblem } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { formatDate, type Locale, translate } from "@/core/i18n";
import { coreMessages } from "@/core/i18n/core-messages";
import { pageContext } from "@/core/ui/page-context";
import { type ConsoleEnv, requireConsoleOfficer } from "@/modules/console";
import { listPublishedServices, type PublishedService } from "@/modules/services";

import {
  actionFormValues,
  checkAssignForm,
  checkDecisionForm,
  checkNoteForm,
  checkRequestForm,
  IdParamSchema,
  InboxQuerySchema,
} from "./console-forms";
import { applicationConsoleMessages as m } from "./console-messages";
import {
  type ActionTarget,
  findApplicationForAction,
  getApplicationForConsole,
  readAttachmentForStaff,
} from "./console-reads";
import { draftSourcesOfApplication, type SourcedForm, sourcedFormOf } from "./draft-data-sources";
import { listInbox } from "./inbox";
import {
  addInternalNote,
  claimApplication,
  decideApplication,
  requestInformation,
} from "./officer-actions";
import { type ApplicationAction, applicationPolicy } from "./policy";
import type { ApplicationRecord } from "./repo";
import { getApplicationForStaff } from "./track";
import { attachmentResponse } from "./views/answers";
import {
  type ActionFormValues,
  emptyActionForm,
  type ReasonTemplate,
} from "./views/console-action-forms";
import { ApplicationPage } from "./views/console-application-page";
import { InboxPage } from "./views/console-inbox-page";
import { consolePaths } from "./views/console-parts";
import { ReceiptPage } from "./views/console-receipt-page";

/** The officer's pages for the agency's applications: the inbox, one application, its actions. */
export const applicationConsoleRoutes = createRouter();

const PAGE_SIZE = 25;

type ConsoleRequest = Context<ConsoleEnv>;

/** An id in the path that is not even well formed names nothing: not found, like any other. */
function idParam(c: ConsoleRequest, name: string): string {
  const parsed = IdParamSchema.safeParse(c.req.param(name));
  if (!parsed.success) throw new AppError("not_found", "There is no such record.");
  return parsed.data;
}

function staffOf(c: ConsoleRequest) {
  const { actor, agency } = c.get("console");
  return { db: c.get("db"), actor, agencyId: agency.id, requestId: c.get("requestId") };
}

applicationConsoleRoutes.get("/console/inbox", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const query = InboxQuerySchema.parse(c.req.query());
  const [result, services] = await Promise.all([
    listInbox({
      db: c.get("db"),
      actor: context.actor,
      agencyId: context.agency.id,
      filter: {
        status: query.status,
        serviceId: query.service || undefined,
        assignee: query.assignee,
        isOverdueOnly: query.isOverdueOnly,
        limit: PAGE_SIZE,
        offset: (query.page - 1) * PAGE_SIZE,
      },
    }),
    listPublishedServices({ db: c.get("db"), agencyCode: context.agency.code }),
  ]);
  const locale = c.get("locale");
  return c.html(
    <InboxPage
      page={pageContext(c)}
      context={context}
      query={query}
      services={services.map((service) => ({ id: service.id, name: service.name[locale] }))}
      items={result.items}
      total={result.total}
      pageSize={PAGE_SIZE}
    />,
  );
});

type Done = keyof typeof m.done;

function isDone(value: string | undefined): value is Done {
  return value !== undefined && Object.hasOwn(m.done, value);
}

/**
 * The questions an applicant may be asked to answer again; a declaration is
 * made anew anyway. Shown with the application's sources, neither an answer
 * a registry verified nor the copy it made needless is offered.
 */
function questionsOf(
  service: PublishedService,
  locale: Locale,
  sourced?: SourcedForm,
): { id: string; label: string }[] {
  const form = sourced?.form ?? service.definition.form;
  return (form?.pages ?? []).flatMap((formPage) =>
    formPage.fields
      .filter((field) => field.type !== "declaration" && !sourced?.locked.has(field.id))
      .map((field) => ({ id: field.id, label: field.label[locale] })),
  );
}

/** The reasons the service offers for a decision, each named with the outcome it is for. */
function reasonTemplatesOf(
  target: Pick<ActionTarget, "service">,
  locale: Locale,
): ReasonTemplate[] {
  return (target.service.definition.reasonTemplates ?? []).map((template) => ({
    id: template.id,
    label: `${translate(locale, template.outcome === "approved" ? m.actions.approve : m.actions.reject)} — ${template.label[locale]}`,
    text: template.text[locale],
  }));
}

/** Why the application's state refused the action, as it stands now. */
function conflictMessage(
  c: ConsoleRequest,
  application: ApplicationRecord,
  action: ApplicationAction,
): string {
  const t = c.get("t");
  if (application.decision) return t(m.actions.alreadyDecided);
  if (action === "application.request_info" && application.infoRequestedAt) {
    const date = formatDate(application.infoRequestedAt, c.get("locale"), "dateTime");
    return t(m.actions.alreadyRequested, { date });
  }
  if (action === "application.decide" && application.status === "info_requested") {
    return t(m.actions.awaitingApplicant);
  }
  return t(coreMessages.errors.conflict);
}

async function renderApplication(
  c: ConsoleRequest,
  applicationId: string,
  options: {
    status?: 200 | 400 | 409;
    notice?: string | null;
    conflictFor?: ApplicationAction;
    values?: ActionFormValues;
    problems?: readonly FieldProblem[];
  } = {},
) {
  const context = c.get("console");
  const locale = c.get("locale");
  const found = await getApplicationForConsole({ ...staffOf(c), applicationId });
  const { record, service } = found;
  return c.html(
    <ApplicationPage
      page={pageContext(c)}
      context={context}
      found={found}
      canAct={applicationPolicy.can(context.actor, "application.claim", record)}
      actions={{
        assignees: found.members
          .filter((member) => member.role !== "viewer")
          .map((member) => ({
            id: member.officerId,
            name: locale === "th" ? member.nameTh : member.nameEn,
          })),
        questions: questionsOf(
          service,
          locale,
          service.definition.form
            ? sourcedFormOf(
                service,
                draftSourcesOfApplication(found.view.dataSources, record.answers),
              )
            : undefined,
        ),
        reasonTemplates: reasonTemplatesOf(found, locale),
        values: options.values ?? emptyActionForm,
        problems: options.problems ?? [],
      }}
      notice={options.notice ?? null}
      conflict={options.conflictFor ? conflictMessage(c, found.record, options.conflictFor) : null}
      problems={options.problems ?? []}
      now={new Date()}
    />,
    options.status ?? 200,
  );
}

applicationConsoleRoutes.get("/console/applications/:id", requireConsoleOfficer, async (c) => {
  const done = c.req.query("done");
  return renderApplication(c, idParam(c, "id"), {
    notice: isDone(done) ? c.get("t")(m.done[done]) : null,
  });
});

/**
 * The steps every action takes, in the order that keeps other agencies'
 * records invisible: find the application in the officer's agency (404),
 * check the role may act (403), then the form (400, shown beside its
 * fields), then the change itself, which the application's state may
 * refuse (409, explained on the page). Success goes back to the page.
 */
function defineAction<Input>(
  path: string,
  action: ApplicationAction,
  check: (
    c: ConsoleRequest,
    values: ActionFormValues,
    target: ActionTarget,
  ) => { ok: true; value: Input } | { ok: false; problems: FieldProblem[] },
  perform: (c: ConsoleRequest, target: ActionTarget, input: Input) => Promise<unknown>,
  done: Done,
) {
  applicationConsoleRoutes.post(
    `/console/applications/:id/${path}`,
    requireConsoleOfficer,
    async (c) => {
      const applicationId = idParam(c, "id");
      const target = await findApplicationForAction({ ...staffOf(c), applicationId, action });
      const values = actionFormValues(await c.req.parseBody({ all: true }));
      const checked = check(c, values, target);
      if (!checked.ok) {
        return renderApplication(c, applicationId, {
          status: 400,
          values,
          problems: checked.problems,
        });
      }
      try {
        await perform(c, target, checked.value);
      } catch (error) {
        if (error instanceof AppError && error.code === "conflict") {
          return renderApplication(c, applicationId, { status: 409, conflictFor: action, values });
        }
        throw error;
      }
      return c.redirect(`${consolePaths.application(applicationId)}?done=${done}`, 303);
    },
  );
}

defineAction(
  "claim",
  "application.claim",
  () => ({ ok: true, value: null }),
  (c, target) => claimApplication({ ...staffOf(c), applicationId: target.application.id }),
  "claimed",
);

defineAction(
  "assign",
  "application.assign",
  (c, values, target) =>
    checkAssignForm(
      c.get("t"),
      values,
      target.members.filter((member) => member.role !== "viewer").map((member) => member.officerId),
    ),
  (c, target, input) =>
    claimApplication({
      ...staffOf(c),
      applicationId: target.application.id,
      assignTo: input.assignTo,
    }),
  "assigned",
);

defineAction(
  "request-info",
  "application.request_info",
  (c, values, target) =>
    checkRequestForm(
      c.get("t"),
      values,
      questionsOf(target.service, c.get("locale")).map((question) => question.id),
    ),
  (c, target, input) =>
    requestInformation({ ...staffOf(c), applicationId: target.application.id, ...input }),
  "info_requested",
);

defineAction(
  "decision",
  "application.decide",
  (c, values, target) =>
    checkDecisionForm(c.get("t"), values, reasonTemplatesOf(target, c.get("locale"))),
  (c, target, input) =>
    decideApplication({ ...staffOf(c), applicationId: target.application.id, ...input }),
  "decided",
);

defineAction(
  "notes",
  "application.note",
  (c, values) => checkNoteForm(c.get("t"), values),
  (c, target, input) =>
    addInternalNote({ ...staffOf(c), applicationId: target.application.id, body: input.body }),
  "noted",
);

applicationConsoleRoutes.get(
  "/console/applications/:id/attachments/:attachmentId",
  requireConsoleOfficer,
  async (c) => {
    const file = await readAttachmentForStaff({
      ...staffOf(c),
      applicationId: idParam(c, "id"),
      attachmentId: idParam(c, "attachmentId"),
    });
    return attachmentResponse(file);
  },
);

applicationConsoleRoutes.get(
  "/console/applications/:id/receipts/:sequence",
  requireConsoleOfficer,
  async (c) => {
    const applicationId = idParam(c, "id");
    const sequence = Number(c.req.param("sequence"));
    const found = await getApplicationForStaff({ ...staffOf(c), applicationId });
    const receipt = found.receipts.find((candidate) => candidate.sequence === sequence);
    if (!receipt) throw new AppError("not_found", "The application has no such receipt.");
    return c.html(
      <ReceiptPage
        page={pageContext(c)}
        context={c.get("console")}
        applicationId={applicationId}
        reference={found.record.reference}
        receipt={receipt}
      />,
    );
  },
);
