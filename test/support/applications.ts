import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { startDraft, submitApplication, uploadToDraft } from "@/modules/applications";

import type { TestCitizen } from "./citizens";
import { validTestAnswers } from "./services";

/** The smallest file that file-type takes for a PDF. */
export const TEST_PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

/**
 * An application to a service made by `publishTestService`, as its citizen
 * would send it: the valid test answers, with files uploaded to a draft
 * first and attached to the plan question when given.
 */
export async function submitTestApplication(options: {
  db: Database;
  secrets: SecretBox;
  citizen: TestCitizen;
  serviceId?: string;
  files?: { filename: string; bytes: Uint8Array }[];
}): Promise<Awaited<ReturnType<typeof submitApplication>>["application"]> {
  const { db, citizen } = options;
  const serviceId = options.serviceId ?? "test-permit";
  let draftId: string | undefined;
  const plan: string[] = [];
  if (options.files) {
    const { draft, service } = await startDraft({ db, actor: citizen.actor, serviceId });
    draftId = draft.id;
    for (const file of options.files) {
      const uploaded = await uploadToDraft({ db, draft, service, fieldId: "plan", ...file });
      if (!uploaded.ok) throw new Error(uploaded.message.en);
      plan.push(uploaded.attachment.id);
    }
  }
  const submission = await submitApplication({
    db,
    secrets: options.secrets,
    actor: citizen.actor,
    serviceId,
    answers: plan.length > 0 ? { ...validTestAnswers, plan } : validTestAnswers,
    draftId,
    idempotencyKey: newId(),
    locale: "th",
  });
  return submission.application;
}

/** An application's page in the officer console. */
export const consoleApplicationPath = (id: string) => `/console/applications/${id}`;

/** The references an inbox page lists, in its order. */
export function listedReferences(html: string): string[] {
  return [...html.matchAll(/href="\/console\/applications\/[0-9a-f-]{36}">([A-Z0-9-]+)<\/a>/g)].map(
    (match) => match[1]!,
  );
}
