import { z } from "zod";

import { apiKeyScopes } from "@/core/auth/api-key-scopes";
import { listAgencyMembers, listMemberships } from "@/core/auth/officers";
import { authorize } from "@/core/auth/policy";
import { setSessionAgency } from "@/core/auth/session-agency";
import { withinAgency } from "@/core/db/tenant";
import { AppError, type FieldProblem } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { safeNextPath } from "@/core/http/sign-in-redirect";
import { pageContext } from "@/core/ui/page-context";

import { requireConsoleOfficer, requireSignedInOfficer } from "./console-access";
import {
  createAgencyApiKey,
  getAgencyApiKey,
  listAgencyApiKeys,
  revokeAgencyApiKey,
} from "./manage-api-keys";
import { consoleMessages as m } from "./messages";
import { ApiKeyNameSchema, ChooseAgencyFormSchema, CreateApiKeyFormSchema } from "./schema";
import { ApiKeysPage } from "./views/api-key-pages";
import { ChooseAgencyPage, OverviewPage } from "./views/console-pages";

export const consolePageRoutes = createRouter();

consolePageRoutes.get("/console", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  authorize(context.actor, "agency.view", { agencyId: context.agency.id });
  const members = await withinAgency(c.get("db"), context.agency.id, listAgencyMembers);
  return c.html(<OverviewPage page={pageContext(c)} context={context} members={members} />);
});

consolePageRoutes.get("/console/agency", requireSignedInOfficer, async (c) => {
  const memberships = await listMemberships(c.get("db"), c.get("officer").officerId);
  return c.html(
    <ChooseAgencyPage
      page={pageContext(c)}
      memberships={memberships}
      next={safeNextPath(c.req.query("next"))}
      problems={[]}
    />,
  );
});

consolePageRoutes.post("/console/agency", requireSignedInOfficer, async (c) => {
  const session = c.get("session");
  if (!session) throw new AppError("unauthenticated");
  const db = c.get("db");
  const form = ChooseAgencyFormSchema.parse(await c.req.parseBody());
  const next = safeNextPath(form.next);
  const memberships = await listMemberships(db, c.get("officer").officerId);
  const chosen = memberships.find((membership) => membership.agencyId === form.agencyId);
  if (!chosen) {
    const problems = [{ field: "agencyId", message: c.get("t")(m.chooseAgency.required) }];
    return c.html(
      <ChooseAgencyPage
        page={pageContext(c)}
        memberships={memberships}
        next={next}
        problems={problems}
      />,
      400,
    );
  }
  await setSessionAgency(db, { tokenHash: session.tokenHash, agencyId: chosen.agencyId });
  return c.redirect(next ?? "/console", 303);
});

consolePageRoutes.get("/console/api-keys", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  authorize(context.actor, "api_key.list", { agencyId: context.agency.id });
  const apiKeys = await listAgencyApiKeys({ db: c.get("db"), agencyId: context.agency.id });
  return c.html(
    <ApiKeysPage
      page={pageContext(c)}
      context={context}
      apiKeys={apiKeys}
      form={{ name: "", scopes: [] }}
      problems={[]}
      created={null}
      isRevoked={c.req.query("done") === "revoked"}
    />,
  );
});

consolePageRoutes.post("/console/api-keys", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const agencyId = context.agency.id;
  authorize(context.actor, "api_key.create", { agencyId });
  const t = c.get("t");
  const db = c.get("db");
  const form = CreateApiKeyFormSchema.parse(await c.req.parseBody({ all: true }));
  const name = ApiKeyNameSchema.safeParse(form.name);
  const scopes = z
    .array(z.enum(apiKeyScopes))
    .min(1)
    .safeParse([...new Set(form.scopes)]);
  const problems: FieldProblem[] = [];
  if (!name.success) {
    const isEmpty = form.name.trim() === "";
    problems.push({
      field: "name",
      message: t(isEmpty ? m.apiKeys.nameRequired : m.apiKeys.nameTooLong),
    });
  }
  if (!scopes.success) problems.push({ field: "scopes", message: t(m.apiKeys.scopesRequired) });

  let created: { name: string; key: string } | null = null;
  if (name.success && scopes.success) {
    const result = await createAgencyApiKey({
      db,
      actor: context.actor,
      agencyId,
      name: name.data,
      scopes: scopes.data,
      requestId: c.get("requestId"),
    });
    created = { name: result.apiKey.name, key: result.key };
    // The page carries the only copy of the key: no cache may keep it.
    c.header("Cache-Control", "no-store");
  }
  const apiKeys = await listAgencyApiKeys({ db, agencyId });
  return c.html(
    <ApiKeysPage
      page={pageContext(c)}
      context={context}
      apiKeys={apiKeys}
      form={created ? { name: "", scopes: [] } : form}
      problems={problems}
      created={created}
      isRevoked={false}
    />,
    created ? 201 : 400,
  );
});

consolePageRoutes.post("/console/api-keys/:id/revoke", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const db = c.get("db");
  const keyId = z.uuid().safeParse(c.req.param("id"));
  if (!keyId.success) throw new AppError("not_found");
  // The key is looked up in the officer's own agency before anything else,
  // so for a key of another agency the answer is 404 whatever the role.
  const apiKey = await getAgencyApiKey({ db, agencyId: context.agency.id, keyId: keyId.data });
  authorize(context.actor, "api_key.revoke", apiKey);
  await revokeAgencyApiKey({
    db,
    actor: context.actor,
    agencyId: apiKey.agencyId,
    keyId: apiKey.id,
    requestId: c.get("requestId"),
  });
  return c.redirect("/console/api-keys?done=revoked", 303);
});
