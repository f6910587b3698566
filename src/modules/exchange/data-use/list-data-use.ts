import type { Queryable } from "@/core/db/database";
import { isAppError } from "@/core/errors";
import { getPublishedService } from "@/modules/services";

import { selectCitizenSubjectHash } from "../consent/repo";
import type { BilingualText } from "../schema";
import {
  countDataUse,
  type DataUseEntry,
  type NamedAgency,
  selectDataUse,
  selectDataUseFacets,
} from "./repo";

export const DATA_USE_PAGE_SIZE = 20;
/** Deep pages cost an ever larger offset; a person narrows the filter instead. */
export const DATA_USE_MAX_PAGE = 500;

export interface DataUseQuery {
  /** The consumer agency's code. */
  agency?: string | undefined;
  dataServiceId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  page?: number | undefined;
}

export interface DataUseEntryView extends DataUseEntry {
  /** The consumer's e-service, when its subsystem is one of Pratu's published services. */
  consumerServiceName: BilingualText | null;
}

export interface DataUsePage {
  entries: DataUseEntryView[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  /** The agencies and data services the person's entries name: what the filter offers. */
  facets: {
    agencies: NamedAgency[];
    dataServices: { id: string; code: string; name: BilingualText }[];
  };
  /** False when the person's account holds no national ID: nothing can be about them. */
  isIdentified: boolean;
}

/**
 * The exchange log as it concerns the signed-in person: every call about
 * them, allowed or denied, newest first, filtered and a page at a time.
 */
export async function listDataUse(options: {
  db: Queryable;
  citizenId: string;
  query?: DataUseQuery;
}): Promise<DataUsePage> {
  const { db } = options;
  const query = options.query ?? {};
  const page = Math.min(Math.max(1, Math.trunc(query.page ?? 1)), DATA_USE_MAX_PAGE);
  const subjectHash = await selectCitizenSubjectHash(db, options.citizenId);
  if (!subjectHash) {
    return {
      entries: [],
      total: 0,
      page: 1,
      pages: 1,
      pageSize: DATA_USE_PAGE_SIZE,
      facets: { agencies: [], dataServices: [] },
      isIdentified: false,
    };
  }
  const filter = {
    subjectHash,
    consumerAgencyCode: query.agency,
    dataServiceId: query.dataServiceId,
    from: query.from,
    to: query.to,
  };
  const total = await countDataUse(db, filter);
  const entries = await selectDataUse(db, filter, {
    limit: DATA_USE_PAGE_SIZE,
    offset: (page - 1) * DATA_USE_PAGE_SIZE,
  });
  const facets = await selectDataUseFacets(db, subjectHash);
  const serviceNames = await consumerServiceNames(db, entries);
  return {
    entries: entries.map((entry) => ({
      ...entry,
      consumerServiceName: serviceNames.get(serviceKey(entry)) ?? null,
    })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / DATA_USE_PAGE_SIZE)),
    pageSize: DATA_USE_PAGE_SIZE,
    facets,
    isIdentified: true,
  };
}

function serviceKey(entry: DataUseEntry): string {
  return `${entry.consumerAgency?.code ?? ""}/${entry.consumerSubsystem ?? ""}`;
}

async function consumerServiceNames(
  db: Queryable,
  entries: DataUseEntry[],
): Promise<Map<string, BilingualText>> {
  const names = new Map<string, BilingualText>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = serviceKey(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    const name = await consumerServiceNameOf(db, entry);
    if (name) names.set(key, name);
  }
  return names;
}

/**
 * Pratu's own e-services call with their service id as the subsystem: such
 * a call is shown with the service's name. A subsystem that is not one of
 * the consumer agency's published services is shown as its code.
 */
export async function consumerServiceNameOf(
  db: Queryable,
  entry: Pick<DataUseEntry, "consumerAgency" | "consumerSubsystem">,
): Promise<BilingualText | null> {
  if (!entry.consumerSubsystem || !entry.consumerAgency) return null;
  try {
    const service = await getPublishedService({ db, serviceId: entry.consumerSubsystem });
    return service.agency.code === entry.consumerAgency.code ? service.definition.name : null;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
}
