import { describe, expect, it } from "vitest";

import type { Actor } from "@/core/http/context";

import { authorize, can, definePolicy } from "./policy";

const agencyA = "0190a7b2-0000-7000-8000-00000000000a";
const agencyB = "0190a7b2-0000-7000-8000-00000000000b";
const officerOf = (agencyId: string, role: "admin" | "officer" | "viewer"): Actor => ({
  type: "officer",
  officerId: "0190a7b2-0000-7000-8000-000000000001",
  agencyId,
  role,
});

function verdict(run: () => void): string {
  try {
    run();
    return "allowed";
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe("policies", () => {
  const casePolicy = definePolicy({
    "case.read": { ability: "read", apiKeyScope: "applications:read" },
    "case.decide": { ability: "act", apiKeyScope: "applications:write" },
    "case.reassign": { ability: "manage" },
  });

  it("lets viewers read, officers act and administrators manage", () => {
    const table = (["viewer", "officer", "admin"] as const).map((role) =>
      (["case.read", "case.decide", "case.reassign"] as const).map((action) =>
        verdict(() =>
          casePolicy.authorize(officerOf(agencyA, role), action, { agencyId: agencyA }),
        ),
      ),
    );
    expect(table).toEqual([
      ["allowed", "forbidden", "forbidden"],
      ["allowed", "allowed", "forbidden"],
      ["allowed", "allowed", "allowed"],
    ]);
  });

  it("tells anyone outside the record's agency that it does not exist, whatever their role", () => {
    const outsiders: Actor[] = [
      officerOf(agencyB, "admin"),
      { type: "officer", officerId: "x", agencyId: null, role: null },
      { type: "api_key", agencyId: agencyB, keyId: "k", scopes: ["applications:read"] },
      { type: "citizen", citizenId: "c", assurance: null },
    ];
    for (const actor of outsiders) {
      expect(verdict(() => authorize(actor, "api_key.list", { agencyId: agencyA }))).toBe(
        "not_found",
      );
    }
    expect(
      verdict(() => authorize({ type: "anonymous" }, "agency.view", { agencyId: agencyA })),
    ).toBe("unauthenticated");
  });

  it("lets an agency's API key read and act within its scopes, and never manage", () => {
    const key: Actor = {
      type: "api_key",
      agencyId: agencyA,
      keyId: "k",
      scopes: ["applications:read"],
    };
    expect(casePolicy.can(key, "case.read", { agencyId: agencyA })).toBe(true);
    expect(verdict(() => casePolicy.authorize(key, "case.decide", { agencyId: agencyA }))).toBe(
      "forbidden",
    );
    expect(verdict(() => authorize(key, "api_key.create", { agencyId: agencyA }))).toBe(
      "forbidden",
    );
    expect(can(officerOf(agencyA, "admin"), "api_key.create", { agencyId: agencyA })).toBe(true);
  });
});
