import { createTestApp, type TestApp } from "@test/support/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

describe("the demo services' forms, published", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
  });
  afterAll(() => t.close());

  it("publishes each demo service with its form, served by the API", async () => {
    for (const [serviceId, firstQuestion] of [
      ["elderly-allowance", "fullName"],
      ["building-permit", "applicantType"],
      ["tm30-residence-notification", "notifierRole"],
    ] as const) {
      const response = await t.app.request(`/api/v1/services/${serviceId}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        definition: { form?: { pages: { fields: { id: string }[] }[] } };
      };
      expect(body.definition.form?.pages[0]?.fields[0]?.id).toBe(firstQuestion);
    }
  });

  it("still renders the citizen's manual of a service with a form", async () => {
    const response = await t.app.request("/services/elderly-allowance");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("เบี้ยยังชีพผู้สูงอายุ");
  });

  it("publishes a definition JSON Schema that describes forms and their conditions", async () => {
    const response = await t.app.request("/api/v1/services/schema.json");
    expect(response.status).toBe(200);
    const schema = (await response.json()) as {
      properties: Record<string, unknown>;
      $defs: Record<string, unknown>;
    };
    expect(schema.properties.form).toBeDefined();
    expect(Object.keys(schema.$defs)).toContain("FormCondition");
  });

  it("keeps the OpenAPI document whole, with the form's schemas named", async () => {
    const response = await t.app.request("/api/openapi.json");
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(["FormDefinition", "FormField", "FormCondition"]),
    );
  });
});
