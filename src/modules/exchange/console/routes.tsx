import type { Context } from "hono";
import { z } from "zod";

import { withinAgency } from "@/core/db/tenant";
import { AppError, type FieldProblem, isAppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { type ConsoleEnv, requireConsoleOfficer } from "@/modules/console";
import { formatClientId, MEMBER_CLASS } from "@/modules/exchange/schema";

import { type CatalogueEntry, findCatalogueEntry, selectCatalogue } from "../grants/catalogue-repo";
import { decideGrant } from "../grants/decide-grant";
import { type GrantEvent, grantEvents } from "../grants/grant-notices";
import type { GrantView } from "../grants/grant-views";
import { getGrant, listGrants } from "../grants/list-grants";
import { authorizeGrantChange, canChangeGrants } from "../grants/policy";
import { requestGrant } from "../grants/request-grant";
import { revokeGrant } from "../grants/revoke-grant";
import { withdrawGrantRequest } from "../grants/withdraw-grant-request";
import { selectRecentCalls } from "./calls-repo";
import {
  blankDecisionValues,
  blankRequestValues,
  decisionInputOf,
  decisionValuesOf,
  noteOf,
  requestInputOf,
  requestValuesOf,
} from "./console-forms";
import { EXCHANGE_PATH } from "./console-section";
import { ConsoleCataloguePage } from "./views/catalogue-pages";
import { ExchangePage } from "./views/exchange-page";
import { GrantPage, type GrantPageView } from "./views/grant-page";
import { type RequestFormValues, RequestPage } from "./views/request-page";

/**
 * The exchange in the console: the agency's side as provider and consumer,
 * the catalogue to ask from, and each grant with what the agency may do to
 * it. Members read; administrators ask, decide, revoke and withdraw.
 */
export const exchangeConsoleRoutes = createRouter();

function instanceOf(c: Context<ConsoleEnv>): string {
  return c.get("config").exchange.instance;
}

function noticeOf(value: string | undefined): GrantEvent | null {
  return grantEvents.find((event) => event === value) ?? null;
}

/** A refusal the person can fix (or a race they should see) comes back to the form. */
function formProblems(error: unknown): { problems: FieldProblem[]; status: 400 | 409 } | null {
  if (!isAppError(error) || error.fields.length === 0) return null;
  if (error.code === "validation_failed") return { problems: [...error.fields], status: 400 };
  if (error.code === "conflict") return { problems: [...error.fields], status: 409 };
  return null;
}

exchangeConsoleRoutes.get(EXCHANGE_PATH, requireConsoleOfficer, async (c) => {
  const { actor, agency } = c.get("console");
  const db = c.get("db");
  const instance = instanceOf(c);
  const grants = await listGrants({ db, instance, actor, agencyId: agency.id });
  const asProvider = grants.filter((view) => view.grant.providerAgencyId === agency.id);
  const services = await selectCatalogue(db, { instance, providerAgencyId: agency.id });
  const calls = await withinAgency(db, agency.id, async (scope) => ({
    made: await selectRecentCalls(scope, { side: "consumer" }),
    received: await selectRecentCalls(scope, { side: "provider" }),
  }));
  c.header("Cache-Control", "no-store");
  return c.html(
    <ExchangePage
      page={pageContext(c)}
      context={c.get("console")}
      view={{
        services,
        incoming: asProvider.filter((view) => view.grant.status === "requested"),
        granted: asProvider.filter((view) => view.grant.status !== "requested"),
        own: grants.filter((view) => view.grant.consumerAgencyId === agency.id),
        callsMade: calls.made,
        callsReceived: calls.received,
        notice: noticeOf(c.req.query("done")),
      }}
    />,
  );
});

exchangeConsoleRoutes.get(`${EXCHANGE_PATH}/catalogue`, requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const entries = await selectCatalogue(c.get("db"), { instance: instanceOf(c) });
  return c.html(
    <ConsoleCataloguePage
      page={pageContext(c)}
      context={context}
      entries={entries}
      canRequest={canChangeGrants(context.actor, context.agency.id)}
    />,
  );
});

async function renderRequest(
  c: Context<ConsoleEnv>,
  dataServiceId: string,
  values: (service: CatalogueEntry) => RequestFormValues,
  problems: FieldProblem[] = [],
  status: 200 | 400 | 409 = 200,
) {
  const service = z.uuid().safeParse(dataServiceId).success
    ? await findCatalogueEntry(c.get("db"), { instance: instanceOf(c), dataServiceId })
    : null;
  if (!service) throw new AppError("not_found", "There is no such data service.");
  return c.html(
    <RequestPage
      page={pageContext(c)}
      context={c.get("console")}
      service={service}
      values={values(service)}
      problems={problems}
    />,
    status,
  );
}

exchangeConsoleRoutes.get(`${EXCHANGE_PATH}/requests/new`, requireConsoleOfficer, async (c) => {
  const { actor, agency } = c.get("console");
  authorizeGrantChange(actor, agency.id);
  const serviceId = c.req.query("service");
  if (!serviceId) return c.redirect(`${EXCHANGE_PATH}/catalogue`, 303);
  return renderRequest(c, serviceId, blankRequestValues);
});

exchangeConsoleRoutes.post(`${EXCHANGE_PATH}/requests`, requireConsoleOfficer, async (c) => {
  const { actor, agency } = c.get("console");
  authorizeGrantChange(actor, agency.id);
  const body = await c.req.parseBody({ all: true });
  const service = typeof body.service === "string" ? body.service : "";
  const values = requestValuesOf(body);
  const db = c.get("db");
  const instance = instanceOf(c);
  try {
    const view = await requestGrant({
      db,
      instance,
      actor,
      consumerAgencyId: agency.id,
      input: requestInputOf(service, values),
      requestId: c.get("requestId"),
    });
    return c.redirect(`${EXCHANGE_PATH}/grants/${view.grant.id}?done=requested`, 303);
  } catch (error) {
    const refused = formProblems(error);
    if (!refused) throw error;
    const entry = (await selectCatalogue(db, { instance })).find(
      (each) => each.serviceId === service,
    );
    // The service itself is gone: nothing on the form can fix that.
    if (!entry) throw error;
    return renderRequest(c, entry.dataServiceId, () => values, refused.problems, refused.status);
  }
});

function grantPageState(
  c: Context<ConsoleEnv>,
  view: GrantView,
  form: Partial<Pick<GrantPageView, "decision" | "revokeNote" | "problems">> = {},
): GrantPageView {
  const { actor, agency } = c.get("console");
  const canChange = canChangeGrants(actor, agency.id);
  const isProvider = view.grant.providerAgencyId === agency.id;
  const isConsumer = view.grant.consumerAgencyId === agency.id;
  return {
    view,
    client: formatClientId({
      instance: instanceOf(c),
      memberClass: MEMBER_CLASS,
      memberCode: view.consumer.code,
      subsystemCode: view.grant.consumerSubsystem,
    }),
    canDecide: canChange && isProvider && view.grant.status === "requested",
    canRevoke: canChange && isProvider && view.grant.status === "approved",
    canWithdraw: canChange && isConsumer && view.grant.status === "requested",
    decision: form.decision ?? blankDecisionValues(view),
    revokeNote: form.revokeNote ?? "",
    problems: form.problems ?? [],
    notice: noticeOf(c.req.query("done")),
  };
}

async function currentGrant(c: Context<ConsoleEnv>): Promise<GrantView> {
  const { actor, agency } = c.get("console");
  return getGrant({
    db: c.get("db"),
    instance: instanceOf(c),
    actor,
    agencyId: agency.id,
    grantId: c.req.param("id") ?? "",
  });
}

exchangeConsoleRoutes.get(`${EXCHANGE_PATH}/grants/:id`, requireConsoleOfficer, async (c) => {
  const view = await currentGrant(c);
  c.header("Cache-Control", "no-store");
  return c.html(
    <GrantPage page={pageContext(c)} context={c.get("console")} state={grantPageState(c, view)} />,
  );
});

exchangeConsoleRoutes.post(
  `${EXCHANGE_PATH}/grants/:id/decision`,
  requireConsoleOfficer,
  async (c) => {
    const { actor, agency } = c.get("console");
    const view = await currentGrant(c);
    const values = decisionValuesOf(await c.req.parseBody({ all: true }));
    try {
      const decided = await decideGrant({
        db: c.get("db"),
        instance: instanceOf(c),
        actor,
        providerAgencyId: agency.id,
        grantId: view.grant.id,
        input: decisionInputOf(values),
        requestId: c.get("requestId"),
      });
      return c.redirect(
        `${EXCHANGE_PATH}/grants/${view.grant.id}?done=${decided.grant.status}`,
        303,
      );
    } catch (error) {
      const refused = formProblems(error);
      if (!refused) throw error;
      const state = grantPageState(c, await currentGrant(c), {
        decision: values,
        problems: refused.problems,
      });
      return c.html(
        <GrantPage page={pageContext(c)} context={c.get("console")} state={state} />,
        refused.status,
      );
    }
  },
);

exchangeConsoleRoutes.post(
  `${EXCHANGE_PATH}/grants/:id/revoke`,
  requireConsoleOfficer,
  async (c) => {
    const { actor, agency } = c.get("console");
    const view = await currentGrant(c);
    const note = noteOf(await c.req.parseBody());
    try {
      await revokeGrant({
        db: c.get("db"),
        instance: instanceOf(c),
        actor,
        providerAgencyId: agency.id,
        grantId: view.grant.id,
        input: { note },
        requestId: c.get("requestId"),
      });
      return c.redirect(`${EXCHANGE_PATH}/grants/${view.grant.id}?done=revoked`, 303);
    } catch (error) {
      const refused = formProblems(error);
      if (!refused) throw error;
      const state = grantPageState(c, await currentGrant(c), {
        revokeNote: note,
        problems: refused.problems,
      });
      return c.html(
        <GrantPage page={pageContext(c)} context={c.get("console")} state={state} />,
        refused.status,
      );
    }
  },
);

exchangeConsoleRoutes.post(
  `${EXCHANGE_PATH}/grants/:id/withdraw`,
  requireConsoleOfficer,
  async (c) => {
    const { actor, agency } = c.get("console");
    const view = await currentGrant(c);
    await withdrawGrantRequest({
      db: c.get("db"),
      instance: instanceOf(c),
      actor,
      consumerAgencyId: agency.id,
      grantId: view.grant.id,
      requestId: c.get("requestId"),
    });
    return c.redirect(`${EXCHANGE_PATH}?done=withdrawn`, 303);
  },
);
