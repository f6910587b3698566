import type { Translate } from "@/core/i18n";
import { Tag } from "@/core/ui/components";

import { statusMessages } from "../messages";
import type { ApplicationStatus } from "../schema";

const tones: Record<ApplicationStatus, "ok" | "warn" | "error" | undefined> = {
  submitted: undefined,
  in_review: undefined,
  info_requested: "warn",
  approved: "ok",
  rejected: "error",
};

export function StatusTag({ t, status }: { t: Translate; status: ApplicationStatus }) {
  return <Tag tone={tones[status]}>{t(statusMessages[status])}</Tag>;
}
