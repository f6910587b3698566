import { describe, expect, it } from "vitest";

import { elderlyAllowanceService } from "@/demo/service-definitions/elderly-allowance";

import { validateDefinition } from "./definition-problems";
import { draftFromEditorForm } from "./editor-form";
import { formForRequirements } from "./registry-form";
import { type RegistryRequirement, registryRequirementsOf } from "./registry-requirement";
import { type ServiceDefinition, serviceDefinitionJsonSchema } from "./schema";

const addressRequirement: RegistryRequirement = {
  provider: "DOPA",
  registry: "population",
  dataService: "person.address",
  purpose: "elderly-allowance-eligibility",
  fill: { registeredAddress: "address" },
  fallbackField: "houseRegistrationCopy",
};

/** The demo allowance with its house-registration document fetched as given. */
function withAddressRequirement(requirement: unknown): unknown {
  return {
    ...elderlyAllowanceService,
    documents: elderlyAllowanceService.documents.map((document, index) =>
      index === 1 ? { ...document, registry: requirement } : document,
    ),
  };
}

function problemsOf(definition: unknown): { field: string; th: string; en: string }[] {
  const result = validateDefinition(definition);
  return result.ok
    ? []
    : result.problems.map((problem) => ({
        field: problem.field,
        th: problem.messages.th,
        en: problem.messages.en,
      }));
}

describe("a registry requirement in a service definition", () => {
  it("accepts the demo allowance, whose name, ID, birth date and address are fetched", () => {
    expect(problemsOf(elderlyAllowanceService)).toEqual([]);
    const requirements = registryRequirementsOf(elderlyAllowanceService);
    expect(requirements.map(({ index, requirement }) => [index, requirement.dataService])).toEqual([
      [0, "person.basic"],
      [1, "person.address"],
    ]);
  });

  it("names each question that cannot take the fetched value, in Thai and English", () => {
    const problems = problemsOf(
      withAddressRequirement({
        ...addressRequirement,
        fill: {
          registeredAddress: "address",
          nowhere: "address",
          passbook: "address",
          maritalStatus: "{givenNameTh} {familyNameTh}",
          phone: "@subject",
        },
        fallbackField: "receivesStatePension",
      }),
    );
    const at = (field: string) => problems.find((problem) => problem.field === field);
    expect(at("documents.1.registry.fill.nowhere")?.en).toContain("has no question with this id");
    expect(at("documents.1.registry.fill.nowhere")?.th).toContain("เอกสารรายการที่ 2");
    expect(at("documents.1.registry.fill.passbook")?.en).toContain("cannot take a fetched value");
    expect(at("documents.1.registry.fill.maritalStatus")?.en).toContain("only a text question");
    expect(at("documents.1.registry.fill.phone")?.en).toContain("only an ID or text question");
    expect(at("documents.1.registry.fallbackField")?.en).toContain("must be a file question");
    expect(problems).toHaveLength(5);
  });

  it("refuses a question filled by two registries, and a registry on an attached document", () => {
    const definition = withAddressRequirement({
      ...addressRequirement,
      fill: { registeredAddress: "address", birthDate: "birthDate" },
    }) as ServiceDefinition;
    expect(problemsOf(definition).map((problem) => problem.field)).toEqual([
      "documents.1.registry.fill.birthDate",
    ]);
    const attached = {
      ...definition,
      documents: [{ ...definition.documents[1]!, source: "attach" }],
    };
    expect(problemsOf(attached).map((problem) => problem.field)).toContain("documents.0.source");
  });

  it("refuses a malformed requirement by its shape", () => {
    const problems = problemsOf(
      withAddressRequirement({ ...addressRequirement, fill: { registeredAddress: "a.b" } }),
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      "documents.1.registry.fill.registeredAddress",
    ]);
    expect(problemsOf(withAddressRequirement({ ...addressRequirement, fill: {} }))).toHaveLength(1);
  });

  it("is described in the published JSON Schema", () => {
    const text = JSON.stringify(serviceDefinitionJsonSchema());
    expect(text).toContain("fallbackField");
    expect(text).toContain("@subject");
  });
});

describe("the form as an applicant meets it", () => {
  const form = elderlyAllowanceService.form!;
  const requirements = registryRequirementsOf(elderlyAllowanceService);
  const copyField = (state: "verified" | "copy" | "pending") =>
    formForRequirements(form, requirements, () => state)
      .pages.flatMap((page) => page.fields)
      .find((field) => field.id === "houseRegistrationCopy");

  it("asks no copy once verified, requires it when not, and leaves it as defined before any fetch", () => {
    expect(copyField("verified")).toBeUndefined();
    expect(copyField("copy")?.required).toBe(true);
    expect(copyField("pending")?.required).toBeUndefined();
  });
});

describe("the structured editor", () => {
  it("keeps a document's registry requirement, written in JSON, while the row still says registry", () => {
    const stored = structuredClone(elderlyAllowanceService) as unknown as Record<string, unknown>;
    const row = (index: number, source: string) => ({
      [`documents.${index}.name.th`]: "ทะเบียนบ้าน",
      [`documents.${index}.name.en`]: "House registration",
      [`documents.${index}.count`]: "1",
      [`documents.${index}.source`]: source,
    });
    const draft = draftFromEditorForm({ ...row(0, "registry"), ...row(1, "attach") }, stored);
    const documents = draft.documents as { registry?: RegistryRequirement }[];
    expect(documents[0]!.registry?.dataService).toBe("person.basic");
    expect(documents[1]!.registry).toBeUndefined();
  });
});
