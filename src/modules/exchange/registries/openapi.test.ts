import { describe, expect, it } from "vitest";

import { populationRegistry } from "@/demo/registries/definitions";

import type { DataService, Registry } from "../lookups";
import { dataServiceOpenApi } from "./openapi";

const registry: Registry = {
  id: "r",
  agencyId: "a",
  code: "population",
  name: populationRegistry.definition.name,
  description: populationRegistry.definition.description,
  kind: "hosted",
  subjectKind: "citizen_id",
  recordSchema: populationRegistry.definition.recordSchema,
  schemaVersion: 1,
  externalUrl: null,
  externalTimeoutMs: null,
  externalSecretSealed: null,
  keepContent: false,
};

const dataService: DataService = {
  id: "d",
  agencyId: "a",
  registryId: "r",
  code: "person.address",
  name: { th: "ที่อยู่ตามทะเบียนบ้าน", en: "Registered address" },
  description: null,
  fields: ["address", "birthDate"],
  classification: "confidential",
  consentRequired: true,
  version: 3,
  retiredAt: null,
};

describe("dataServiceOpenApi", () => {
  const document = dataServiceOpenApi({
    provider: {
      id: "a",
      code: "DOPA",
      nameTh: "กรมการปกครอง",
      nameEn: "Department of Provincial Administration",
    },
    registry,
    dataService,
    instance: "TH",
    publicUrl: "https://pratu.example",
  }) as {
    openapi: string;
    info: { version: string };
    servers: { url: string }[];
    paths: Record<
      string,
      {
        get: {
          parameters: { name: string; in: string; required: boolean }[];
          responses: Record<
            string,
            {
              content: Record<
                string,
                {
                  schema: {
                    properties: {
                      data: {
                        required: string[];
                        properties: Record<string, { oneOf: Record<string, unknown>[] }>;
                      };
                    };
                  };
                }
              >;
            }
          >;
        };
      }
    >;
    "x-consent-required": boolean;
  };

  it("describes the one GET of the service at its X-Road path, with the headers it needs", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.version).toBe("3");
    expect(document.servers).toEqual([{ url: "https://pratu.example" }]);
    expect(Object.keys(document.paths)).toEqual([
      "/r1/TH/GOV/DOPA/population/person.address/{subjectId}",
    ]);
    const parameters = Object.values(document.paths)[0]!.get.parameters;
    expect(parameters.filter((each) => each.required).map((each) => each.name)).toEqual([
      "subjectId",
      "X-Road-Client",
      "X-Road-Purpose",
    ]);
    expect(document["x-consent-required"]).toBe(true);
  });

  it("builds the response schema from the service's fields only, each of its type or null", () => {
    const data = Object.values(document.paths)[0]!.get.responses["200"]!.content[
      "application/json"
    ]!.schema.properties.data;
    expect(data.required).toEqual(["address", "birthDate"]);
    expect(Object.keys(data.properties)).toEqual(["address", "birthDate"]);
    expect(data.properties.birthDate!.oneOf).toEqual([
      expect.objectContaining({ type: "string", format: "date", title: "Date of birth" }),
      { type: "null" },
    ]);
    expect(data.properties.address!.oneOf[0]).toMatchObject({
      type: "object",
      required: ["line", "provinceCode", "districtCode", "subdistrictCode", "postcode"],
    });
  });
});
