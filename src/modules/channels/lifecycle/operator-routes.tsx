import type { Context } from "hono";
import { z } from "zod";

import type { Queryable } from "@/core/db/database";
import type { FieldProblem } from "@/core/errors";
import { AppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { type ConsoleEnv, requireConsoleOfficer, requireOperator } from "@/modules/console";

import {
  ConsoleOperatorPage,
  type OperatorNotice,
  operatorNotices,
} from "../views/console-operator-page";
import { findChannelAgency, listFlaggedChannels } from "./channel-state-repo";
import { decideReview } from "./decide-review";
import { lifecycleMessages as m } from "./lifecycle-messages";
import { suspendChannel } from "./suspend-channel";
import { findVerificationAgency, listReviewQueue } from "./verification-repo";

/**
 * The central operator's queue of channel reviews. To officers of any other
 * agency these pages do not exist (404).
 */
export const channelOperatorRoutes = createRouter();

const QUEUE = "/console/operator/channels";

async function renderQueue(
  c: Context<ConsoleEnv>,
  {
    notice = null,
    problems = [],
    reasons = new Map(),
  }: {
    notice?: OperatorNotice | null;
    problems?: FieldProblem[];
    reasons?: Map<string, string>;
  } = {},
  status: 200 | 400 = 200,
) {
  const db = c.get("db");
  const reviews = await listReviewQueue(db);
  const flagged = await listFlaggedChannels(db);
  const secrets = c.get("secrets");
  const codes = new Map<string, string>();
  for (const { verification } of reviews) {
    if (verification.method === "posted_code" && verification.tokenSealed) {
      codes.set(verification.id, secrets.open(verification.tokenSealed));
    }
  }
  c.header("Cache-Control", "no-store");
  return c.html(
    <ConsoleOperatorPage
      page={pageContext(c)}
      context={c.get("console")}
      reviews={reviews}
      codes={codes}
      flagged={flagged}
      notice={notice}
      problems={problems}
      reasons={reasons}
    />,
    status,
  );
}

channelOperatorRoutes.get(QUEUE, requireConsoleOfficer, requireOperator(), (c) => {
  const done = c.req.query("done");
  return renderQueue(c, { notice: operatorNotices.find((notice) => notice === done) ?? null });
});

/** The record named in the path, which must exist before its form is read: else 404. */
async function idInPath(
  c: Context<ConsoleEnv>,
  findAgency: (db: Queryable, id: string) => Promise<string | null>,
): Promise<string> {
  const id = z.uuid().safeParse(c.req.param("id"));
  if (!id.success || !(await findAgency(c.get("db"), id.data))) throw new AppError("not_found");
  return id.data;
}

/** The reason typed into the form of one item, or its problem in the officer's language. */
async function reasonFor(c: Context<ConsoleEnv>, id: string) {
  const body = await c.req.parseBody();
  const raw = body[`reason-${id}`];
  const reason = typeof raw === "string" ? raw.trim() : "";
  const t = c.get("t");
  const problem =
    reason === ""
      ? t(m.problems.reasonRequired)
      : reason.length > 1000
        ? t(m.problems.reasonTooLong)
        : null;
  return { reason, body, problem };
}

channelOperatorRoutes.post(
  `${QUEUE}/reviews/:id`,
  requireConsoleOfficer,
  requireOperator(),
  async (c) => {
    const id = await idInPath(c, findVerificationAgency);
    const { reason, body, problem } = await reasonFor(c, id);
    const decision =
      body.decision === "approve" || body.decision === "reject" ? body.decision : null;
    if (!decision)
      throw new AppError("bad_request", "โปรดเลือกอนุมัติหรือไม่อนุมัติ / Choose to approve or to reject.");
    if (problem) {
      return renderQueue(
        c,
        {
          problems: [{ field: `reason-${id}`, message: problem }],
          reasons: new Map([[id, reason]]),
        },
        400,
      );
    }
    const { outcome } = await decideReview({
      db: c.get("db"),
      actor: c.get("console").actor,
      verificationId: id,
      decision,
      reason,
      requestId: c.get("requestId"),
    });
    return c.redirect(`${QUEUE}?done=${outcome}`, 303);
  },
);

channelOperatorRoutes.post(
  `${QUEUE}/:id/suspend`,
  requireConsoleOfficer,
  requireOperator(),
  async (c) => {
    const id = await idInPath(c, findChannelAgency);
    const { reason, problem } = await reasonFor(c, id);
    if (problem) {
      return renderQueue(
        c,
        {
          problems: [{ field: `reason-${id}`, message: problem }],
          reasons: new Map([[id, reason]]),
        },
        400,
      );
    }
    await suspendChannel({
      db: c.get("db"),
      actor: c.get("console").actor,
      channelId: id,
      reason,
      requestId: c.get("requestId"),
    });
    return c.redirect(`${QUEUE}?done=suspended`, 303);
  },
);
