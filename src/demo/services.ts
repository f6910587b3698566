import type { Transaction } from "@/core/db/database";
import {
  getPublishedService,
  publishService,
  saveServiceDraft,
  type ServiceDefinition,
} from "@/modules/services";

import { buildingPermitService } from "./service-definitions/building-permit";
import { elderlyAllowanceService } from "./service-definitions/elderly-allowance";
import { residenceNotificationService } from "./service-definitions/tm30-residence-notification";

/** Three real services of different agencies, as their citizen's manuals describe them. */
export const demoServices: ServiceDefinition[] = [
  elderlyAllowanceService,
  buildingPermitService,
  residenceNotificationService,
];

/** Publishes each demo service once; a second seed leaves published services as they are. */
export async function seedDemoServices(tx: Transaction): Promise<number> {
  const author = { type: "system", id: "demo-seed" } as const;
  for (const definition of demoServices) {
    const isPublished = await getPublishedService({ db: tx, serviceId: definition.id }).then(
      () => true,
      () => false,
    );
    if (isPublished) continue;
    await saveServiceDraft({ db: tx, author, definition });
    await publishService({
      db: tx,
      author,
      agencyCode: definition.agencyCode,
      serviceId: definition.id,
    });
  }
  return demoServices.length;
}
