import { definePolicy } from "@/core/auth/policy";

/** Every member sees the agency's level; only its administrators assess it. */
export const levelPolicy = definePolicy({
  "level.view": { ability: "read" },
  "level.assess": { ability: "manage" },
});
