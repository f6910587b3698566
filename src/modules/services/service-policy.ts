import { definePolicy } from "@/core/auth/policy";
import type { Actor } from "@/core/http/context";

/** Only an agency's administrators shape, publish and retire its services; every member may look. */
export const servicePolicy = definePolicy({
  "service.view": { ability: "read" },
  "service.edit": { ability: "manage" },
  "service.publish": { ability: "manage" },
  "service.retire": { ability: "manage" },
});

/** Who changes a service: a person or program of the agency, or the platform (imports, demo data). */
export type ServiceAuthor = Actor | { type: "system"; id: string };

export function authorizeServiceChange(
  author: ServiceAuthor,
  action: "service.edit" | "service.publish" | "service.retire",
  agencyId: string,
): void {
  if (author.type === "system") return;
  servicePolicy.authorize(author, action, { agencyId });
}

export function authorOfficerId(author: ServiceAuthor): string | null {
  return author.type === "officer" ? author.officerId : null;
}
