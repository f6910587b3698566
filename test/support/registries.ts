import { createApiKey } from "@/core/auth/credentials";
import { withinAgency } from "@/core/db/tenant";
import type { RegistryDefinition } from "@/modules/exchange/registries";

import type { TestApp } from "./app";
import { agencyIdOf, createTestOfficer, officerBearerToken } from "./officers";

/** A small hosted registry of people, for tests of the registry API. */
export const testRegistryDefinition: RegistryDefinition = {
  name: { th: "ทะเบียนทดสอบ", en: "Test register" },
  description: null,
  kind: "hosted",
  subjectKind: "citizen_id",
  recordSchema: [
    { key: "givenNameTh", label: { th: "ชื่อ", en: "Given name" }, type: "text" },
    { key: "birthDate", label: { th: "วันเกิด", en: "Date of birth" }, type: "date" },
    { key: "children", label: { th: "จำนวนบุตร", en: "Children" }, type: "number" },
    { key: "address", label: { th: "ที่อยู่", en: "Address" }, type: "address" },
  ],
  keepContent: false,
};

export const chiangMaiAddress = {
  line: "99/1 ถนนเจริญราษฎร์",
  provinceCode: "50",
  districtCode: "5001",
  subdistrictCode: "500104",
  postcode: "50300",
};

/** Valid citizen IDs that belong to no demo person. */
export const testCitizenIds = ["1101700000010", "3100500000038", "1500600000013"] as const;

export interface RegistryCallers {
  admin: (path: string, init?: RequestInit) => Promise<Response>;
  officer: (path: string, init?: RequestInit) => Promise<Response>;
  outsider: (path: string, init?: RequestInit) => Promise<Response>;
  systemKey: (path: string, init?: RequestInit) => Promise<Response>;
  readOnlyKey: (path: string, init?: RequestInit) => Promise<Response>;
}

/**
 * Who calls the provider API in these tests: an administrator and an officer
 * of the provider, an administrator of another agency, and two API keys of
 * the provider, with and without exchange:manage.
 */
export async function registryCallers(t: TestApp, providerCode: string): Promise<RegistryCallers> {
  const bearer =
    (token: string) =>
    (path: string, init: RequestInit = {}) =>
      Promise.resolve(
        t.app.request(path, {
          ...init,
          headers: {
            authorization: `Bearer ${token}`,
            ...(init.headers as Record<string, string>),
          },
        }),
      );
  const officerToken = async (agencyCode: string, role: "admin" | "officer") => {
    const { officer } = await createTestOfficer({
      db: t.db,
      secrets: t.secrets,
      memberships: [{ agencyCode, role }],
    });
    return officerBearerToken(t.db, officer.id);
  };
  const providerId = await agencyIdOf(t.db, providerCode);
  const key = (scopes: string[]) =>
    withinAgency(t.db, providerId, (scope) =>
      createApiKey(scope, { name: `registry ${scopes.join(" ")}`, scopes, createdBy: null }),
    );
  return {
    admin: bearer(await officerToken(providerCode, "admin")),
    officer: bearer(await officerToken(providerCode, "officer")),
    outsider: bearer(await officerToken("DBD", "admin")),
    systemKey: bearer((await key(["exchange:manage"])).key),
    readOnlyKey: bearer((await key(["exchange:query"])).key),
  };
}

export function json(method: string, body: unknown): RequestInit {
  return { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}
