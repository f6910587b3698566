import type { Context } from "hono";
import { z } from "zod";

import { AppError } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { formatDate } from "@/core/i18n";
import { pageContext } from "@/core/ui/page-context";
import { toDataSource } from "@/modules/exchange/once-only";
import {
  type AnswerProblem,
  answersFromFormBody,
  filesFromFormBody,
  formSteps,
  getPublishedService,
  validateAnswers,
} from "@/modules/services";

import { amendApplication } from "./applicant-actions";
import { citizenMessages as m } from "./citizen-messages";
import { prepareDraftSources, sourcedFormOf, withVerifiedAnswers } from "./draft-data-sources";
import { selectDraftsOfCitizen } from "./draft-repo";
import {
  discardDraft,
  getOwnDraft,
  type OwnDraft,
  saveDraftAnswers,
  startAmendment,
  startDraft,
  uploadToDraft,
} from "./drafts";
import {
  findApplicationOfDraft,
  requireCitizen,
  serviceOpenForApplications,
  submitApplication,
} from "./submit-application";
import { ApplicationAnswers } from "./views/answers";
import { ReviewPage, StartPage, StepPage } from "./views/apply-pages";
import { stepSourceView } from "./views/source-notices";

export const applyPageRoutes = createRouter();

const IdSchema = z.uuid();

function signInFirst(path: string) {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}

export const draftPath = (serviceId: string, draftId: string) =>
  `/services/${serviceId}/apply/${draftId}`;

/** Refusals a person can act on are told on the page itself, not as an error page. */
function refusalMessage(c: Context<AppEnv>, error: unknown): string | null {
  if (!(error instanceof AppError)) return null;
  const t = c.get("t");
  if (error.code === "forbidden") return t(m.apply.assuranceTooLow);
  if (error.code === "conflict") return t(m.apply.notOnline);
  return null;
}

applyPageRoutes.get("/services/:serviceId/apply", async (c) => {
  const actor = c.get("actor");
  if (actor.type === "anonymous") return c.redirect(signInFirst(c.req.path), 303);
  const citizen = requireCitizen(actor);
  const db = c.get("db");
  const service = await getPublishedService({ db, serviceId: c.req.param("serviceId") });
  const drafts = (await selectDraftsOfCitizen(db, citizen.citizenId)).filter(
    (draft) => draft.serviceId === service.id,
  );
  let refusal: string | null = null;
  try {
    if (!service.definition.form) throw new AppError("conflict", "Not online.");
    await serviceOpenForApplications({ db, serviceId: service.id, actor: citizen });
  } catch (error) {
    refusal = refusalMessage(c, error);
    if (refusal === null) throw error;
  }
  return c.html(
    <StartPage page={pageContext(c)} service={service} drafts={drafts} refusal={refusal} />,
    refusal ? 403 : 200,
  );
});

applyPageRoutes.post("/services/:serviceId/apply", async (c) => {
  const own = await startDraft({
    db: c.get("db"),
    actor: c.get("actor"),
    serviceId: c.req.param("serviceId"),
  });
  return c.redirect(draftPath(own.service.id, own.draft.id), 303);
});

export async function ownDraftOf(c: Context<AppEnv>): Promise<OwnDraft> {
  const draftId = IdSchema.safeParse(c.req.param("draftId"));
  if (!draftId.success) throw new AppError("not_found", "There is no such draft.");
  return getOwnDraft({
    db: c.get("db"),
    actor: c.get("actor"),
    serviceId: c.req.param("serviceId") ?? "",
    draftId: draftId.data,
  });
}

function uploadsById(own: OwnDraft) {
  return new Map(own.uploads.map((upload) => [upload.id, upload]));
}

function renderStep(
  c: Context<AppEnv>,
  own: OwnDraft,
  options: {
    stepId?: string | undefined;
    answers?: Record<string, unknown>;
    problems?: AnswerProblem[];
    notice?: string | null;
  },
  status: 200 | 400 = 200,
) {
  const answers = options.answers ?? own.draft.answers;
  const sourced = sourcedFormOf(own.service, own.draft.dataSources);
  const steps = formSteps(sourced.form, answers);
  const index = Math.max(
    0,
    steps.findIndex((step) => step.id === (options.stepId ?? own.draft.currentPage)),
  );
  const step = steps[index] ?? steps[0]!;
  const sources = stepSourceView(sourced, step, c.get("locale"));
  return c.html(
    <StepPage
      page={pageContext(c)}
      service={own.service}
      form={sourced.form}
      locked={sources.locked}
      sourceNotices={sources.notices}
      draft={own.draft}
      stepId={step.id}
      stepNumber={index + 1}
      stepCount={steps.length}
      answers={answers}
      problems={options.problems ?? []}
      notice={options.notice ?? (own.hasMovedVersion ? c.get("t")(m.apply.versionChanged) : null)}
      uploads={uploadsById(own)}
    />,
    status,
  );
}

applyPageRoutes.get("/services/:serviceId/apply/:draftId", async (c) => {
  if (c.get("actor").type === "anonymous") return c.redirect(signInFirst(c.req.path), 303);
  // The registries are asked before the form is shown, consent first where it is needed.
  const prepared = await prepareDraftSources({
    db: c.get("db"),
    secrets: c.get("secrets"),
    config: c.get("config"),
    actor: c.get("actor"),
    own: await ownDraftOf(c),
    askConsent: true,
  });
  const own = prepared.own;
  if (prepared.ask) {
    return c.redirect(
      `${draftPath(own.service.id, own.draft.id)}/sources/${prepared.ask.index}`,
      303,
    );
  }
  const saved = c.req.query("saved") === "1";
  return renderStep(c, own, {
    stepId: c.req.query("step"),
    notice: saved
      ? c.get("t")(m.apply.saved, { date: formatDate(own.draft.expiresAt, c.get("locale")) })
      : null,
  });
});

/**
 * One step posted: its answers are saved into the draft whatever their
 * state, so nothing typed is lost; files are checked and kept; then the
 * person goes on, goes back, stays for a row or an address level, or leaves.
 */
applyPageRoutes.post("/services/:serviceId/apply/:draftId", async (c) => {
  const own = await ownDraftOf(c);
  const sourced = sourcedFormOf(own.service, own.draft.dataSources);
  const form = sourced.form;
  const body = await c.req.parseBody({ all: true });
  const textBody = Object.fromEntries(
    Object.entries(body).filter(
      (entry): entry is [string, string | string[]] =>
        typeof entry[1] === "string" ||
        (Array.isArray(entry[1]) && entry[1].every((v) => typeof v === "string")),
    ),
  );
  const steps = formSteps(form, own.draft.answers);
  const stepId = c.req.query("step") ?? steps[0]?.id ?? "";
  const posted = answersFromFormBody(form, stepId, textBody);
  const uploadProblems: AnswerProblem[] = [];
  const uploads = [...own.uploads];
  for (const { field, files } of filesFromFormBody(form, stepId, body)) {
    const kept = Array.isArray(posted.answers[field.id])
      ? [...(posted.answers[field.id] as string[])]
      : [];
    for (const file of files) {
      const result = await uploadToDraft({
        db: c.get("db"),
        draft: own.draft,
        service: own.service,
        fieldId: field.id,
        filename: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      if (result.ok) {
        kept.push(result.attachment.id);
        uploads.push(result.attachment);
      } else {
        uploadProblems.push({ field: field.id, code: "upload_refused", message: result.message });
      }
    }
    posted.answers[field.id] = kept;
  }
  const merged = { ...own.draft.answers };
  for (const [key, value] of Object.entries(posted.answers)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  // A verified answer is the registry's: whatever the form posted for it is ignored.
  const answers = withVerifiedAnswers(merged, sourced.locked);
  const go = typeof body._go === "string" ? body._go : "next";
  const draft = await saveDraftAnswers({
    db: c.get("db"),
    draft: own.draft,
    answers,
    currentPage: stepId,
  });
  const current = { ...own, draft, uploads };
  const path = draftPath(own.service.id, draft.id);
  if (posted.action) {
    return renderStep(c, current, { stepId, problems: uploadProblems });
  }
  const nextSteps = formSteps(form, answers);
  const index = nextSteps.findIndex((step) => step.id === stepId);
  if (go === "save") return c.redirect(`${path}?step=${encodeURIComponent(stepId)}&saved=1`, 303);
  if (go === "back") {
    const previous = nextSteps[Math.max(0, index - 1)];
    return c.redirect(`${path}?step=${encodeURIComponent(previous?.id ?? stepId)}`, 303);
  }
  const byId = uploadsById(current);
  const checked = validateAnswers({
    form,
    answers,
    attachments: (id) => byId.get(id),
    mode: "submit",
    stepId,
  });
  const problems = [...uploadProblems, ...(checked.ok ? [] : checked.problems)];
  if (problems.length > 0) {
    return renderStep(c, current, { stepId, answers, problems }, 400);
  }
  const next = nextSteps[index + 1];
  return c.redirect(next ? `${path}?step=${encodeURIComponent(next.id)}` : `${path}/review`, 303);
});

async function renderReview(c: Context<AppEnv>, own: OwnDraft, problemsOnly = false) {
  const sourced = sourcedFormOf(own.service, own.draft.dataSources);
  const form = sourced.form;
  const byId = uploadsById(own);
  const checked = validateAnswers({
    form,
    answers: own.draft.answers,
    attachments: (id) => byId.get(id),
    mode: "submit",
  });
  const page = pageContext(c);
  const steps = formSteps(form, own.draft.answers);
  const path = draftPath(own.service.id, own.draft.id);
  const problems = checked.ok
    ? []
    : checked.problems.map((problem) => {
        const root = problem.field.split(".")[0]!;
        const step = steps.find((each) => each.fields.some((field) => field.id === root));
        return {
          field: problem.field,
          message: `${step ? `${step.page.title[page.locale]}: ` : ""}${problem.message[page.locale]}`,
        };
      });
  return c.html(
    <ReviewPage
      page={page}
      service={own.service}
      draft={own.draft}
      problems={problems}
      answers={
        <ApplicationAnswers
          page={page}
          service={own.service}
          form={form}
          dataSources={[...sourced.sources.values()].map(toDataSource)}
          answers={checked.answers}
          attachments={own.uploads}
          downloadHref={null}
          changeHref={(stepId) => `${path}?step=${encodeURIComponent(stepId)}`}
        />
      }
    />,
    problemsOnly || problems.length > 0 ? 400 : 200,
  );
}

applyPageRoutes.get("/services/:serviceId/apply/:draftId/review", async (c) => {
  if (c.get("actor").type === "anonymous") return c.redirect(signInFirst(c.req.path), 303);
  const own = await ownDraftOf(c);
  const response = await renderReview(c, own);
  // Problems on the review page are a state to fix, not a failed request.
  return new Response(response.body, { status: 200, headers: response.headers });
});

applyPageRoutes.post("/services/:serviceId/apply/:draftId/submit", async (c) => {
  const draftId = IdSchema.safeParse(c.req.param("draftId"));
  if (!draftId.success) throw new AppError("not_found", "There is no such draft.");
  const db = c.get("db");
  const actor = c.get("actor");
  let own: OwnDraft;
  try {
    own = await ownDraftOf(c);
  } catch (error) {
    // Pressed twice: the first press already made the application.
    const made = await findApplicationOfDraft({ db, actor, draftId: draftId.data });
    if (made) return c.redirect(`/me/applications/${made}/receipt`, 303);
    throw error;
  }
  try {
    if (own.draft.amendsApplicationId) {
      const amended = await amendApplication({
        db,
        secrets: c.get("secrets"),
        actor,
        applicationId: own.draft.amendsApplicationId,
        answers: own.draft.answers,
        draftId: own.draft.id,
        locale: c.get("locale"),
        requestId: c.get("requestId"),
      });
      return c.redirect(`/me/applications/${amended.application.id}?done=amended`, 303);
    }
    const submission = await submitApplication({
      db,
      secrets: c.get("secrets"),
      actor,
      serviceId: own.service.id,
      serviceVersion: own.draft.serviceVersion,
      answers: own.draft.answers,
      draftId: own.draft.id,
      idempotencyKey: `draft:${own.draft.id}`,
      locale: c.get("locale"),
      requestId: c.get("requestId"),
    });
    return c.redirect(`/me/applications/${submission.application.id}/receipt`, 303);
  } catch (error) {
    if (error instanceof AppError && error.code === "validation_failed") {
      return renderReview(c, own, true);
    }
    throw error;
  }
});

applyPageRoutes.post("/services/:serviceId/apply/:draftId/discard", async (c) => {
  const own = await ownDraftOf(c);
  await discardDraft({ db: c.get("db"), draft: own.draft });
  return c.redirect(
    own.draft.amendsApplicationId
      ? `/me/applications/${own.draft.amendsApplicationId}`
      : "/me/applications",
    303,
  );
});

applyPageRoutes.post("/me/applications/:id/amend", async (c) => {
  const applicationId = IdSchema.safeParse(c.req.param("id"));
  if (!applicationId.success) throw new AppError("not_found", "There is no such application.");
  const started = await startAmendment({
    db: c.get("db"),
    actor: c.get("actor"),
    applicationId: applicationId.data,
  });
  return c.redirect(draftPath(started.serviceId, started.draftId), 303);
});
