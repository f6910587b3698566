import { z } from "zod";

import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { readConsentDecision } from "@/modules/exchange/once-only";

import { draftPath, ownDraftOf } from "./apply-routes";
import { answerConsentRequest, prepareDraftSources } from "./draft-data-sources";
import { ConsentPage } from "./views/consent-page";

/**
 * Consent inside the form flow: before a registry requirement that rests on
 * consent is fetched, its own page asks for it. Yes: the consent and its
 * receipt are recorded and the data fetched. No: the form asks for a copy.
 */
export const applySourceRoutes = createRouter();

const IndexSchema = z.coerce.number().int().min(0).max(1000);
const sourcesPath = "/services/:serviceId/apply/:draftId/sources/:index";

applySourceRoutes.on(["GET", "POST"], sourcesPath, async (c) => {
  if (c.get("actor").type === "anonymous") {
    return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
  }
  const index = IndexSchema.safeParse(c.req.param("index"));
  if (!index.success) throw new AppError("not_found", "The service asks for no such document.");
  const options = {
    db: c.get("db"),
    secrets: c.get("secrets"),
    config: c.get("config"),
    actor: c.get("actor"),
  };
  let own = await ownDraftOf(c);
  const form = draftPath(own.service.id, own.draft.id);
  let hasProblem = false;
  if (c.req.method === "POST") {
    const decision = readConsentDecision(await c.req.parseBody());
    if (decision) {
      own = await answerConsentRequest({
        ...options,
        own,
        index: index.data,
        isGiven: decision === "give",
        requestId: c.get("requestId"),
      });
      // The form asks the next consent, if any, before it shows the data.
      return c.redirect(form, 303);
    }
    hasProblem = true;
  }
  const prepared = await prepareDraftSources({ ...options, own, askConsent: true });
  const ask = prepared.ask;
  if (!ask) return c.redirect(form, 303);
  if (ask.index !== index.data) return c.redirect(`${form}/sources/${ask.index}`, 303);
  const page = pageContext(c);
  return c.html(
    <ConsentPage
      page={page}
      service={own.service}
      documentName={own.service.definition.documents[ask.index]?.name[page.locale] ?? null}
      details={ask.details}
      action={`${form}/sources/${ask.index}`}
      hasProblem={hasProblem}
    />,
    hasProblem ? 400 : 200,
  );
});
