import { createTestApp, type TestApp } from "@test/support/app";
import { createTestCitizen, type TestCitizen } from "@test/support/citizens";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";
import { demoServices } from "@/demo/services";

/**
 * Whatever a client sends as answers, the API answers 201 or a 400 that
 * names fields of the form: never a 5xx, never a problem about nothing.
 */
describe("submissions fuzzed against the demo services' forms", () => {
  let t: TestApp;
  let citizen: TestCitizen;
  let attempt = 0;

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { rateLimitPerMinute: 1_000_000 } } });
    await seedDemo({ db: t.db });
    citizen = await createTestCitizen({ db: t.db, secrets: t.secrets });
  });
  afterAll(async () => t.close());

  for (const service of demoServices) {
    const form = service.form!;
    const fieldIds = form.pages.flatMap((page) => page.fields.map((field) => field.id));

    it(`never fails on answers to ${service.id}`, async () => {
      const answers = fc.dictionary(
        fc.oneof(fc.constantFrom(...fieldIds), fc.string({ maxLength: 12 })),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.string(),
          fc.constantFrom(
            "3100500141782",
            "๓๑๐๐๕๐๐๑๔๑๗๘๒",
            "0812345678",
            "2500-01-01",
            true,
            [],
            {},
          ),
        ),
        { maxKeys: fieldIds.length + 2 },
      );
      await fc.assert(
        fc.asyncProperty(answers, async (candidate) => {
          attempt += 1;
          const response = await t.app.request(`/api/v1/services/${service.id}/applications`, {
            method: "POST",
            headers: {
              authorization: `Bearer ${citizen.token}`,
              "content-type": "application/json",
              "idempotency-key": `fuzz-${attempt}`,
            },
            body: JSON.stringify({ answers: candidate }),
          });
          expect([201, 400]).toContain(response.status);
          if (response.status === 400) {
            const problem = (await response.json()) as { errors?: { field: string }[] };
            expect(problem.errors?.length ?? 0).toBeGreaterThan(0);
            for (const error of problem.errors!) {
              expect(fieldIds).toContain(error.field.split(".")[0]);
            }
          }
        }),
        { numRuns: 40, seed: 2569 },
      );
    });
  }
});
