import { recordAudit } from "@/core/audit/record-audit";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { AppError, type FieldProblem } from "@/core/errors";
import type { Actor } from "@/core/http/context";
import type { Translate } from "@/core/i18n";

import { channelMessages } from "../messages";
import { normaliseChannel } from "../normalise-channel";
import { recordChannelEvent, upsertChannel } from "../repo";
import { type ChannelKind, channelKinds } from "../schema";
import { selectChannelByValue, updateChannelState } from "./channel-state-repo";
import { lifecycleMessages as m } from "./lifecycle-messages";
import { eventActorOf } from "./policy";

export const MAX_CHANNEL_INPUT = 500;
export const MAX_OWNER = 200;

export interface ChannelForm {
  kind: string;
  value: string;
  owner: string;
}

/**
 * Checks a new channel as typed, in the officer's language, one problem
 * beside each field; the value comes back normalised as the register keeps it.
 */
export function checkChannelForm(
  form: ChannelForm,
  t: Translate,
): { problems: FieldProblem[]; kind?: ChannelKind; value?: string; displayValue?: string } {
  const problems: FieldProblem[] = [];
  const kind = channelKinds.find((candidate) => candidate === form.kind);
  if (!kind) problems.push({ field: "kind", message: t(m.problems.kindRequired) });
  const raw = form.value.trim();
  let normalised: { value: string; displayValue: string } | undefined;
  if (raw === "") problems.push({ field: "value", message: t(m.problems.valueRequired) });
  else if (raw.length > MAX_CHANNEL_INPUT) {
    problems.push({ field: "value", message: t(m.problems.valueTooLong) });
  } else if (kind) {
    try {
      normalised = normaliseChannel(kind, raw);
    } catch {
      problems.push({
        field: "value",
        message: t(m.problems.valueInvalid, { kind: t(channelMessages.kinds[kind]) }),
      });
    }
  }
  if (form.owner.trim().length > MAX_OWNER) {
    problems.push({ field: "owner", message: t(m.problems.ownerTooLong) });
  }
  return { problems, ...(kind ? { kind } : {}), ...normalised };
}

/**
 * Adds a channel to the agency as pending: it enters the public register
 * only once the agency proves control. A channel the agency retired comes
 * back as pending; one it already has is refused beside the field.
 */
export async function registerChannel({
  db,
  actor,
  agencyId,
  form,
  t,
  requestId,
}: {
  db: Database;
  actor: Actor;
  agencyId: string;
  form: ChannelForm;
  t: Translate;
  requestId?: string | undefined;
}): Promise<{ channelId: string }> {
  const checked = checkChannelForm(form, t);
  if (!checked.kind || !checked.value || !checked.displayValue || checked.problems.length > 0) {
    throw new AppError("validation_failed", "The channel is not valid.", {
      fields: checked.problems,
    });
  }
  const { kind, value, displayValue } = checked;
  const owner = form.owner.trim() || null;
  const eventActor = eventActorOf(actor);
  return withinAgency(db, agencyId, async (scope) => {
    const existing = await selectChannelByValue(scope, kind, value);
    if (existing && existing.status !== "retired") {
      throw new AppError(
        "conflict",
        "หน่วยงานลงทะเบียนช่องทางนี้ไว้แล้ว / The agency has already registered this channel.",
        {
          fields: [{ field: "value", message: t(m.problems.duplicate), code: "duplicate" }],
        },
      );
    }
    let channelId: string;
    if (existing) {
      channelId = existing.id;
      await updateChannelState(scope, channelId, {
        status: "pending",
        proofMethod: null,
        lastVerifiedAt: null,
        flaggedAt: null,
      });
      await recordChannelEvent(scope, {
        channelId,
        event: "registered",
        status: "pending",
        actor: eventActor,
        details: { again: true },
      });
    } else {
      const outcome = await upsertChannel(
        scope,
        { id: newId(), kind, value, displayValue, status: "pending", lastVerifiedAt: null, owner },
        { actor: eventActor, event: "registered" },
      );
      channelId = outcome.id;
    }
    await recordAudit(scope.tx, {
      action: "channel.registered",
      actor,
      agencyId,
      target: { type: "agency_channel", id: channelId },
      requestId,
      details: { kind, value },
    });
    return { channelId };
  });
}
