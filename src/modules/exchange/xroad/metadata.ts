import type { Queryable } from "@/core/db/database";

import type { BilingualText } from "../schema";
import { MEMBER_CLASS } from "../schema";

/**
 * X-Road's metadata services, answered from Pratu's own tables: every
 * agency is a member of class GOV; its registries are its provider
 * subsystems and their data services the services; the subsystems that
 * grants name are consumer subsystems. The shapes are X-Road's JSON ones
 * (snake_case identifiers), with English names beside the Thai ones.
 */

export interface XroadIdentifier {
  object_type: "MEMBER" | "SUBSYSTEM" | "SERVICE";
  xroad_instance: string;
  member_class: string;
  member_code: string;
  subsystem_code?: string;
  service_code?: string;
}

export interface ClientListEntry {
  id: XroadIdentifier;
  name: string;
  name_en: string;
  subsystem_name?: string;
  subsystem_name_en?: string;
}

export interface RestServiceEntry extends XroadIdentifier {
  object_type: "SERVICE";
  subsystem_code: string;
  service_code: string;
  service_type: "REST";
  endpoint_list: { method: "GET"; path: string }[];
}

/** Every member and subsystem of the instance, for `listClients`. */
export async function listClients({
  db,
  instance,
}: {
  db: Queryable;
  instance: string;
}): Promise<{ member: ClientListEntry[] }> {
  const { rows } = await db.query<{
    code: string;
    name_th: string;
    name_en: string;
    subsystem_code: string | null;
    subsystem_name: BilingualText | null;
  }>(
    `select a.code, a.name_th, a.name_en, s.subsystem_code, s.subsystem_name
       from agencies a
       left join (
         select r.agency_id, r.code as subsystem_code, r.name as subsystem_name
           from registries r
         union
         select g.consumer_agency_id, g.consumer_subsystem, null
           from exchange_grants g
          where g.consumer_subsystem is not null and g.status = 'approved'
       ) s on s.agency_id = a.id
      order by a.code, s.subsystem_code nulls first, s.subsystem_name is null`,
  );
  const member: ClientListEntry[] = [];
  let lastMember: string | null = null;
  for (const row of rows) {
    const memberId = {
      xroad_instance: instance,
      member_class: MEMBER_CLASS,
      member_code: row.code,
    };
    if (row.code !== lastMember) {
      member.push({
        id: { object_type: "MEMBER", ...memberId },
        name: row.name_th,
        name_en: row.name_en,
      });
      lastMember = row.code;
    }
    if (row.subsystem_code === null) continue;
    const previous = member.at(-1)!;
    // A registry and a grant may name the same subsystem: list it once, with the registry's name.
    if (previous.id.subsystem_code === row.subsystem_code) continue;
    member.push({
      id: { object_type: "SUBSYSTEM", ...memberId, subsystem_code: row.subsystem_code },
      name: row.name_th,
      name_en: row.name_en,
      subsystem_name: row.subsystem_name?.th ?? row.subsystem_code,
      subsystem_name_en: row.subsystem_name?.en ?? row.subsystem_code,
    });
  }
  return { member };
}

export interface ProviderSubsystem {
  agencyId: string;
  registryId: string;
}

/** A provider subsystem (a registry) by member and subsystem code; null when there is none. */
export async function findProviderSubsystem({
  db,
  memberCode,
  subsystemCode,
}: {
  db: Queryable;
  memberCode: string;
  subsystemCode: string;
}): Promise<ProviderSubsystem | null> {
  const { rows } = await db.query<{ agency_id: string; registry_id: string }>(
    `select a.id as agency_id, r.id as registry_id
       from agencies a join registries r on r.agency_id = a.id and r.code = $2
      where a.code = $1`,
    [memberCode, subsystemCode],
  );
  const row = rows[0];
  return row ? { agencyId: row.agency_id, registryId: row.registry_id } : null;
}

/**
 * The data services of a provider subsystem, for `listMethods`; with a
 * consumer, only those it holds an approved, unexpired grant for (any
 * purpose), for `allowedMethods`. A grant for the whole consumer agency
 * covers each of its subsystems; one naming a subsystem covers that one.
 */
export async function listRestServices({
  db,
  instance,
  memberCode,
  provider,
  allowedFor,
  at = new Date(),
}: {
  db: Queryable;
  instance: string;
  memberCode: string;
  provider: ProviderSubsystem;
  allowedFor?: { agencyId: string; subsystem: string | null } | undefined;
  at?: Date;
}): Promise<{ service: RestServiceEntry[] }> {
  const { rows } = await db.query<{ registry_code: string; service_code: string }>(
    `select r.code as registry_code, d.code as service_code
       from data_services d join registries r on r.id = d.registry_id
      where d.registry_id = $1 and d.retired_at is null
        and ($2::uuid is null or exists (
          select 1 from exchange_grants g
           where g.data_service_id = d.id and g.consumer_agency_id = $2::uuid
             and g.status = 'approved' and (g.expires_at is null or g.expires_at > $4)
             and (g.consumer_subsystem is null or g.consumer_subsystem = $3)))
      order by d.code`,
    [provider.registryId, allowedFor?.agencyId ?? null, allowedFor?.subsystem ?? null, at],
  );
  return {
    service: rows.map((row) => ({
      object_type: "SERVICE",
      xroad_instance: instance,
      member_class: MEMBER_CLASS,
      member_code: memberCode,
      subsystem_code: row.registry_code,
      service_code: row.service_code,
      service_type: "REST",
      endpoint_list: [{ method: "GET", path: "/{subjectId}" }],
    })),
  };
}
