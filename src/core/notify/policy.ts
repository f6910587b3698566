import { definePolicy } from "@/core/auth/policy";

/** Who may see an agency's notices: any member; an agency system with applications:read. */
export const notificationPolicy = definePolicy({
  "notification.list": { ability: "read", apiKeyScope: "applications:read" },
});
