import type { Context } from "hono";
import { z } from "zod";

import { withinAgency } from "@/core/db/tenant";
import { AppError, isAppError } from "@/core/errors";
import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { type ConsoleEnv, requireConsoleOfficer } from "@/modules/console";

import { listChannelEvents } from "../repo";
import {
  type ChannelPageNotice,
  channelPageNotices,
  ConsoleChannelPage,
} from "../views/console-channel-page";
import { ConsoleChannelsPage } from "../views/console-channels-page";
import { findVerifiedHolder, listChannelStates, selectChannelState } from "./channel-state-repo";
import { checkDomainVerification } from "./check-domain-verification";
import { lifecycleMessages as m } from "./lifecycle-messages";
import { channelPolicy } from "./policy";
import { type ChannelForm, registerChannel } from "./register-channel";
import { retireChannel } from "./retire-channel";
import { startVerification } from "./start-verification";
import { submitForReview } from "./submit-for-review";
import { selectLatestVerification } from "./verification-repo";

/** The agency's channels in the officer console: list, add, prove, retire. */
export const channelConsoleRoutes = createRouter();

const formText = z.preprocess((value) => (typeof value === "string" ? value : ""), z.string());
const ChannelFormSchema = z.object({ kind: formText, value: formText, owner: formText });
const ReasonSchema = z.object({ reason: formText.transform((value) => value.trim()) });
const EvidenceSchema = z.object({ evidence: formText.transform((value) => value.trim()) });

const DAY_MS = 24 * 60 * 60 * 1000;

channelConsoleRoutes.get("/console/channels", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  channelPolicy.authorize(context.actor, "channel.list", { agencyId: context.agency.id });
  const channels = await withinAgency(c.get("db"), context.agency.id, listChannelStates);
  return c.html(
    <ConsoleChannelsPage
      page={pageContext(c)}
      context={context}
      channels={channels}
      canManage={channelPolicy.can(context.actor, "channel.manage", {
        agencyId: context.agency.id,
      })}
      form={{ kind: "", value: "", owner: "" }}
      problems={[]}
    />,
  );
});

channelConsoleRoutes.post("/console/channels", requireConsoleOfficer, async (c) => {
  const context = c.get("console");
  const agencyId = context.agency.id;
  channelPolicy.authorize(context.actor, "channel.manage", { agencyId });
  const form: ChannelForm = ChannelFormSchema.parse(await c.req.parseBody());
  try {
    const { channelId } = await registerChannel({
      db: c.get("db"),
      actor: context.actor,
      agencyId,
      form,
      t: c.get("t"),
      requestId: c.get("requestId"),
    });
    return c.redirect(`/console/channels/${channelId}?done=added`, 303);
  } catch (error) {
    if (!isAppError(error) || error.fields.length === 0) throw error;
    const channels = await withinAgency(c.get("db"), agencyId, listChannelStates);
    return c.html(
      <ConsoleChannelsPage
        page={pageContext(c)}
        context={context}
        channels={channels}
        canManage
        form={form}
        problems={error.fields}
      />,
      error.status === 409 ? 409 : 400,
    );
  }
});

/**
 * The channel named in the path, looked up in the officer's own agency
 * before anything else: one of another agency is 404, whatever the role.
 */
async function channelInPath(c: Context<ConsoleEnv>) {
  const id = z.uuid().safeParse(c.req.param("id"));
  if (!id.success) throw new AppError("not_found");
  const agencyId = c.get("console").agency.id;
  const channel = await withinAgency(c.get("db"), agencyId, (scope) =>
    selectChannelState(scope, id.data),
  );
  if (!channel) throw new AppError("not_found", "There is no such channel.");
  return channel;
}

async function renderChannelPage(
  c: Context<ConsoleEnv>,
  options: {
    notice?: ChannelPageNotice | null;
    reason?: string;
    reasonError?: string;
    evidence?: string;
    evidenceError?: string;
  } = {},
  status: 200 | 400 = 200,
) {
  const context = c.get("console");
  const channel = await channelInPath(c);
  channelPolicy.authorize(context.actor, "channel.view", channel);
  const db = c.get("db");
  const { events, verification } = await withinAgency(db, channel.agencyId, async (scope) => ({
    events: await listChannelEvents(scope, channel.id),
    verification: await selectLatestVerification(scope, channel.id),
  }));
  const canManage = channelPolicy.can(context.actor, "channel.manage", channel);
  const showsToken =
    canManage &&
    verification?.tokenSealed &&
    (verification.status === "pending" || verification.method === "domain");
  const holder = await findVerifiedHolder(db, {
    kind: channel.kind,
    value: channel.value,
    exceptAgencyId: channel.agencyId,
  });
  const graceDays = c.get("config").channels.flagGraceDays;
  // Opened tokens and codes are on this page only: no cache may keep it.
  c.header("Cache-Control", "no-store");
  return c.html(
    <ConsoleChannelPage
      page={pageContext(c)}
      context={context}
      view={{
        channel,
        verification,
        token: showsToken ? c.get("secrets").open(verification.tokenSealed!) : null,
        events,
        evidence: options.evidence ?? "",
        evidenceError: options.evidenceError,
      }}
      canManage={canManage}
      holderCode={holder?.code ?? null}
      graceEnds={
        channel.flaggedAt ? new Date(channel.flaggedAt.getTime() + graceDays * DAY_MS) : null
      }
      notice={options.notice ?? null}
      reason={options.reason ?? ""}
      reasonError={options.reasonError}
    />,
    status,
  );
}

channelConsoleRoutes.get("/console/channels/:id", requireConsoleOfficer, (c) => {
  const done = c.req.query("done");
  const notice = channelPageNotices.find((candidate) => candidate === done) ?? null;
  return renderChannelPage(c, { notice });
});

/** Looks up the channel and asks that the officer may manage it, in that order. */
async function manageableChannel(c: Context<ConsoleEnv>) {
  const channel = await channelInPath(c);
  channelPolicy.authorize(c.get("console").actor, "channel.manage", channel);
  return channel;
}

channelConsoleRoutes.post(
  "/console/channels/:id/verification",
  requireConsoleOfficer,
  async (c) => {
    const channel = await manageableChannel(c);
    const { method } = await startVerification({
      db: c.get("db"),
      secrets: c.get("secrets"),
      settings: c.get("config").channels,
      actor: c.get("console").actor,
      agencyId: channel.agencyId,
      channelId: channel.id,
      locale: c.get("locale"),
      requestId: c.get("requestId"),
    });
    const done = method === "email_link" ? "sent" : "started";
    return c.redirect(`/console/channels/${channel.id}?done=${done}#proof-heading`, 303);
  },
);

channelConsoleRoutes.post("/console/channels/:id/check", requireConsoleOfficer, async (c) => {
  const channel = await manageableChannel(c);
  const result = await checkDomainVerification({
    db: c.get("db"),
    settings: c.get("config").channels,
    actor: c.get("console").actor,
    agencyId: channel.agencyId,
    channelId: channel.id,
    requestId: c.get("requestId"),
  });
  return c.redirect(`/console/channels/${channel.id}?done=${result.outcome}`, 303);
});

channelConsoleRoutes.post("/console/channels/:id/review", requireConsoleOfficer, async (c) => {
  const channel = await manageableChannel(c);
  const { evidence } = EvidenceSchema.parse(await c.req.parseBody());
  const t = c.get("t");
  const evidenceError =
    evidence === ""
      ? t(m.problems.evidenceRequired)
      : evidence.length > 2000
        ? t(m.problems.evidenceTooLong)
        : undefined;
  if (evidenceError) return renderChannelPage(c, { evidence, evidenceError }, 400);
  const outcome = await submitForReview({
    db: c.get("db"),
    actor: c.get("console").actor,
    agencyId: channel.agencyId,
    channelId: channel.id,
    evidence,
    requestId: c.get("requestId"),
  });
  return c.redirect(`/console/channels/${channel.id}?done=${outcome}`, 303);
});

channelConsoleRoutes.post("/console/channels/:id/retire", requireConsoleOfficer, async (c) => {
  const channel = await manageableChannel(c);
  const { reason } = ReasonSchema.parse(await c.req.parseBody());
  const t = c.get("t");
  const reasonError =
    reason === ""
      ? t(m.problems.reasonRequired)
      : reason.length > 1000
        ? t(m.problems.reasonTooLong)
        : undefined;
  if (reasonError) return renderChannelPage(c, { reason, reasonError }, 400);
  await retireChannel({
    db: c.get("db"),
    actor: c.get("console").actor,
    agencyId: channel.agencyId,
    channelId: channel.id,
    reason,
    requestId: c.get("requestId"),
  });
  return c.redirect(`/console/channels/${channel.id}?done=retired`, 303);
});
