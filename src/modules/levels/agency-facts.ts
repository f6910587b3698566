import type { Queryable } from "@/core/db/database";
import { summariseAnswerTimeliness } from "@/modules/applications";
import { countVerifiedChannels } from "@/modules/channels";
import { countPublishedServices } from "@/modules/services";

import { type AgencyFacts, ANSWER_WINDOW_DAYS, criteriaMet } from "./level-rule";
import { selectLatestAnswers } from "./repo";

const DAY_MS = 24 * 60 * 60 * 1000;
const EMAIL_KINDS = new Set(["email", "email_domain"]);

/**
 * What the level rule needs about each agency (all, or those named), each
 * part asked of the module that owns it in one grouped query: the latest
 * self-assessment, verified e-mail channels, published e-services and
 * answers within deadlines. Agencies missing from a part have none of it.
 */
export async function gatherAgencyFacts({
  db,
  agencyIds,
  now,
}: {
  db: Queryable;
  agencyIds?: readonly string[] | undefined;
  now: Date;
}): Promise<(agencyId: string) => AgencyFacts> {
  // One query after another: on PGlite a transaction runs one statement at a time.
  const answers = await selectLatestAnswers(db, agencyIds);
  const channels = await countVerifiedChannels(db, { agencyIds });
  const services = await countPublishedServices(db, { agencyIds });
  const timeliness = await summariseAnswerTimeliness({
    db,
    since: new Date(now.getTime() - ANSWER_WINDOW_DAYS * DAY_MS),
    now,
    agencyIds,
  });
  const emails = new Map<string, number>();
  for (const row of channels) {
    if (EMAIL_KINDS.has(row.kind))
      emails.set(row.agencyId, (emails.get(row.agencyId) ?? 0) + row.count);
  }
  return (agencyId) => {
    const answered = timeliness.get(agencyId);
    return {
      ...criteriaMet(answers.get(agencyId) ?? null),
      verifiedEmailChannels: emails.get(agencyId) ?? 0,
      publishedServices: services.get(agencyId) ?? 0,
      answeredOnTime: answered?.onTime ?? 0,
      lateOrOverdue: (answered?.late ?? 0) + (answered?.overdue ?? 0),
    };
  };
}
