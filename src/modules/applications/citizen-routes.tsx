import type { Context } from "hono";
import { z } from "zod";

import { ensureSession } from "@/core/auth/sessions";
import { AppError, type FieldProblem } from "@/core/errors";
import type { AppEnv } from "@/core/http/context";
import { createRouter } from "@/core/http/openapi";
import { rateLimit, rateLimitKey } from "@/core/http/rate-limit";
import { pageContext } from "@/core/ui/page-context";
import { selectAgencyByCode } from "@/modules/agencies";

import { rateApplication, withOwnApplication } from "./applicant-actions";
import { citizenMessages as m } from "./citizen-messages";
import { selectAttachmentContent, selectDraftsOfCitizen } from "./draft-repo";
import { verifyReceipt } from "./receipts";
import { ReferenceSchema, StatusCodeSchema } from "./schema";
import { formatStatusCode } from "./status-codes";
import { decodeReceiptPayload, requireCitizen } from "./submit-application";
import { getOwnApplication, listOwnApplications, lookUpStatus, serviceVersionCache } from "./track";
import { ApplicationAnswers, attachmentResponse } from "./views/answers";
import { ApplicationPage, MyApplicationsPage } from "./views/citizen-pages";
import { TrackPage, VerifyReceiptPage } from "./views/public-pages";
import { ReceiptPage } from "./views/receipt-page";

export const citizenPageRoutes = createRouter();

const ApplicationIdSchema = z.uuid();

function applicationIdOf(value: string | undefined): string {
  const parsed = ApplicationIdSchema.safeParse(value);
  if (!parsed.success) throw new AppError("not_found", "There is no such application.");
  return parsed.data;
}

/** A citizen's pages: anyone else is sent to sign in, with the way back kept. */
function signInFirst(path: string) {
  return `/sign-in?next=${encodeURIComponent(path)}`;
}

citizenPageRoutes.get("/me/applications", async (c) => {
  const actor = c.get("actor");
  if (actor.type === "anonymous") return c.redirect(signInFirst("/me/applications"), 303);
  const citizen = requireCitizen(actor);
  const db = c.get("db");
  const [applications, drafts] = await Promise.all([
    listOwnApplications({ db, citizenId: citizen.citizenId }),
    selectDraftsOfCitizen(db, citizen.citizenId),
  ]);
  const serviceOf = serviceVersionCache(db);
  const named = await Promise.all(
    drafts.map(async (draft) => ({
      ...draft,
      serviceName: (await serviceOf(draft.serviceId, draft.serviceVersion)).definition.name,
    })),
  );
  return c.html(
    <MyApplicationsPage page={pageContext(c)} applications={applications} drafts={named} />,
  );
});

citizenPageRoutes.get("/me/applications/:id", async (c) => {
  const actor = c.get("actor");
  if (actor.type === "anonymous") return c.redirect(signInFirst(c.req.path), 303);
  const own = await getOwnApplication({
    db: c.get("db"),
    actor,
    applicationId: applicationIdOf(c.req.param("id")),
  });
  const page = pageContext(c);
  const done = c.req.query("done");
  const notice =
    done === "amended" ? page.t(m.amend.done) : done === "rated" ? page.t(m.rating.thanks) : null;
  return c.html(
    <ApplicationPage
      page={page}
      own={own}
      notice={notice}
      answers={
        <ApplicationAnswers
          page={page}
          service={own.service}
          answers={own.view.answers}
          dataSources={own.view.dataSources}
          attachments={own.view.attachments}
          downloadHref={(attachmentId) =>
            `/me/applications/${own.view.id}/attachments/${attachmentId}`
          }
        />
      }
    />,
  );
});

async function ownReceipt(c: Context<AppEnv>) {
  const actor = c.get("actor");
  const own = await getOwnApplication({
    db: c.get("db"),
    actor,
    applicationId: applicationIdOf(c.req.param("id")),
  });
  const sequence = Number(c.req.query("sequence") ?? own.receipts.length);
  const receipt = own.receipts.find((each) => each.sequence === sequence);
  if (!receipt) throw new AppError("not_found", "There is no such receipt.");
  return { own, receipt };
}

citizenPageRoutes.get("/me/applications/:id/receipt", async (c) => {
  if (c.get("actor").type === "anonymous") return c.redirect(signInFirst(c.req.path), 303);
  const { own, receipt } = await ownReceipt(c);
  const payload = decodeReceiptPayload(receipt.jws);
  const page = pageContext(c);
  const { rows } = await c
    .get("db")
    .query<{ email: string | null }>("select email from citizens where id = $1", [
      own.record.citizenId,
    ]);
  return c.html(
    <ReceiptPage
      page={page}
      applicationId={own.view.id}
      payload={payload}
      jws={receipt.jws}
      statusCode={formatStatusCode(c.get("secrets").open(own.record.statusCodeSealed))}
      isEmailSent={Boolean(rows[0]?.email)}
      answers={
        <ApplicationAnswers
          page={page}
          service={own.service}
          answers={payload.answers}
          dataSources={payload.dataSources ?? []}
          attachments={[]}
          downloadHref={null}
        />
      }
    />,
  );
});

citizenPageRoutes.get("/me/applications/:id/receipt.jws", async (c) => {
  const { own, receipt } = await ownReceipt(c);
  return c.body(receipt.jws, 200, {
    "content-type": "application/jose; charset=us-ascii",
    "content-disposition": `attachment; filename="${own.view.reference}-${receipt.sequence}.jws"`,
  });
});

citizenPageRoutes.get("/me/applications/:id/attachments/:attachmentId", async (c) => {
  const attachmentId = ApplicationIdSchema.safeParse(c.req.param("attachmentId"));
  if (!attachmentId.success) throw new AppError("not_found", "There is no such file.");
  const file = await withOwnApplication(
    { db: c.get("db"), actor: c.get("actor"), applicationId: applicationIdOf(c.req.param("id")) },
    async (scope, application) => {
      const found = await selectAttachmentContent(scope, attachmentId.data);
      return found?.applicationId === application.id ? found : null;
    },
  );
  if (!file) throw new AppError("not_found", "There is no such file.");
  return attachmentResponse(file);
});

citizenPageRoutes.post("/me/applications/:id/rating", async (c) => {
  const applicationId = applicationIdOf(c.req.param("id"));
  const body = await c.req.parseBody();
  const score = z.coerce.number().int().min(1).max(5).safeParse(body.score);
  if (!score.success) {
    throw new AppError("validation_failed", "Choose a score from 1 to 5.", {
      fields: [{ field: "score", message: c.get("t")(m.rating.scoreRequired) }],
    });
  }
  const comment = typeof body.comment === "string" ? body.comment.trim().slice(0, 2000) : "";
  await rateApplication({
    db: c.get("db"),
    actor: c.get("actor"),
    applicationId,
    score: score.data,
    comment: comment === "" ? null : comment,
    requestId: c.get("requestId"),
  });
  return c.redirect(`/me/applications/${applicationId}?done=rated`, 303);
});

const trackLimit = rateLimit({
  name: "status-lookup",
  limit: (c) => c.get("config").security.signInRateLimitPerMinute,
  key: rateLimitKey,
});

citizenPageRoutes.get("/track", async (c) => {
  // The form posts back with a CSRF token, so even a visitor gets a session.
  await ensureSession(c);
  return c.html(
    <TrackPage
      page={pageContext(c)}
      form={{ reference: "", statusCode: "" }}
      problems={[]}
      status={null}
    />,
  );
});

citizenPageRoutes.post("/track", trackLimit, async (c) => {
  const t = c.get("t");
  const body = await c.req.parseBody();
  const form = {
    reference: typeof body.reference === "string" ? body.reference.slice(0, 100) : "",
    statusCode: typeof body.statusCode === "string" ? body.statusCode.slice(0, 20) : "",
  };
  const reference = ReferenceSchema.safeParse(form.reference);
  const statusCode = StatusCodeSchema.safeParse(form.statusCode);
  const problems: FieldProblem[] = [];
  if (!reference.success)
    problems.push({ field: "reference", message: t(m.track.referenceInvalid) });
  if (!statusCode.success) problems.push({ field: "statusCode", message: t(m.track.codeInvalid) });
  const page = pageContext(c);
  if (!reference.success || !statusCode.success) {
    return c.html(<TrackPage page={page} form={form} problems={problems} status={null} />, 400);
  }
  try {
    const status = await lookUpStatus({
      db: c.get("db"),
      secrets: c.get("secrets"),
      reference: reference.data,
      statusCode: statusCode.data,
    });
    return c.html(<TrackPage page={page} form={form} problems={[]} status={status} />);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "not_found") throw error;
    return c.html(
      <TrackPage
        page={page}
        form={form}
        problems={[{ field: "reference", message: t(m.track.notFound) }]}
        status={null}
      />,
      404,
    );
  }
});

citizenPageRoutes.get("/verify/receipt", async (c) => {
  await ensureSession(c);
  return c.html(<VerifyReceiptPage page={pageContext(c)} receipt="" problems={[]} result={null} />);
});

citizenPageRoutes.post("/verify/receipt", async (c) => {
  const body = await c.req.parseBody();
  const receipt = typeof body.receipt === "string" ? body.receipt.trim().slice(0, 1_000_000) : "";
  const page = pageContext(c);
  if (receipt === "") {
    return c.html(
      <VerifyReceiptPage
        page={page}
        receipt=""
        problems={[{ field: "receipt", message: page.t(m.verify.required) }]}
        result={null}
      />,
      400,
    );
  }
  const db = c.get("db");
  const result = await verifyReceipt({
    db,
    jws: receipt,
    agencyIdOfCode: async (code) => (await selectAgencyByCode(db, code))?.id ?? null,
  });
  return c.html(<VerifyReceiptPage page={page} receipt={receipt} problems={[]} result={result} />);
});
