import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import type { Actor } from "@/core/http/context";
import type { PublishedService } from "@/modules/services";

import { applicationPolicy } from "./policy";
import { applicationColumns, type ApplicationRecord, toApplicationRecord } from "./repo";
import { type ApplicationStatus, openStatuses } from "./schema";
import { serviceVersionCache } from "./track";

export interface InboxFilter {
  status?: ApplicationStatus | "open" | "all" | undefined;
  serviceId?: string | undefined;
  /** `me`: claimed by the officer asking; `unclaimed`: by nobody. */
  assignee?: "me" | "unclaimed" | "all" | undefined;
  isOverdueOnly?: boolean | undefined;
  /** Received at or after, for agency systems exporting new work. */
  submittedSince?: Date | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface InboxItem {
  application: ApplicationRecord;
  service: PublishedService;
  claimedByName: string | null;
  isOverdue: boolean;
}

/** The agency's queue, most urgent first: due soonest at the top. */
export async function listInbox(options: {
  db: Database;
  actor: Actor;
  agencyId: string;
  filter: InboxFilter;
  now?: Date;
}): Promise<{ items: InboxItem[]; total: number }> {
  const { actor, agencyId, filter } = options;
  applicationPolicy.authorize(actor, "application.list", { agencyId });
  const now = options.now ?? new Date();
  return withinAgency(options.db, agencyId, async (scope) => {
    const conditions = ["a.agency_id = $1"];
    const params: unknown[] = [scope.agencyId];
    const status = filter.status ?? "open";
    if (status !== "all") {
      params.push(status === "open" ? openStatuses : [status]);
      conditions.push(`a.status = any ($${params.length}::text[])`);
    }
    if (filter.serviceId) {
      params.push(filter.serviceId);
      conditions.push(`a.service_id = $${params.length}`);
    }
    if (filter.assignee === "me" && actor.type === "officer") {
      params.push(actor.officerId);
      conditions.push(`a.claimed_by = $${params.length}`);
    } else if (filter.assignee === "unclaimed") {
      conditions.push("a.claimed_by is null");
    }
    if (filter.isOverdueOnly) {
      params.push(now);
      conditions.push(
        `a.decided_at is null and a.paused_since is null and a.due_at < $${params.length}`,
      );
    }
    if (filter.submittedSince) {
      params.push(filter.submittedSince);
      conditions.push(`a.submitted_at >= $${params.length}`);
    }
    const where = conditions.join(" and ");
    const limit = Math.min(filter.limit ?? 50, 500);
    const offset = filter.offset ?? 0;
    const { rows } = await scope.tx.query<
      Parameters<typeof toApplicationRecord>[0] & { claimed_by_name: string | null }
    >(
      `select ${applicationColumns
        .split(",")
        .map((column) => `a.${column.trim()}`)
        .join(", ")}, o.name_th as claimed_by_name
           from applications a left join officers o on o.id = a.claimed_by
          where ${where}
          order by a.due_at, a.submitted_at limit ${limit} offset ${offset}`,
      params,
    );
    const count = await scope.tx.query<{ total: string }>(
      `select count(*)::text as total from applications a where ${where}`,
      params,
    );
    const serviceOf = serviceVersionCache(scope.tx);
    const items: InboxItem[] = [];
    for (const row of rows) {
      const application = toApplicationRecord(row);
      items.push({
        application,
        service: await serviceOf(application.serviceId, application.serviceVersion),
        claimedByName: row.claimed_by_name,
        isOverdue:
          application.decidedAt === null &&
          application.pausedSince === null &&
          application.dueAt < now,
      });
    }
    return { items, total: Number(count.rows[0]?.total ?? 0) };
  });
}
