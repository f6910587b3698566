import { createRoute, z } from "@hono/zod-openapi";

import { createRouter } from "@/core/http/openapi";
import { pageContext } from "@/core/ui/page-context";
import { classifications, subjectKinds } from "@/modules/exchange/schema";

import { type CatalogueEntry, selectCatalogue } from "../grants/catalogue-repo";
import { PublicCataloguePage } from "./views/catalogue-pages";

/**
 * The public catalogue of data services: which agency offers what, with
 * which fields, how sensitive it is and whether consent is needed. It holds
 * no one's data, so anyone may read it, as a page or as JSON.
 */
export const catalogueRoutes = createRouter();

const Bilingual = z.object({ th: z.string(), en: z.string() });

const CatalogueEntrySchema = z
  .object({
    id: z.string().openapi({ example: "TH/GOV/DOPA/population/person.address" }),
    code: z.string().openapi({ example: "person.address" }),
    name: Bilingual,
    description: Bilingual.nullable(),
    provider: z.object({ code: z.string(), name: Bilingual }),
    registry: z.object({
      code: z.string(),
      name: Bilingual,
      kind: z.enum(["hosted", "external"]),
      subjectKind: z.enum(subjectKinds),
    }),
    fields: z.array(z.object({ key: z.string(), label: Bilingual })),
    classification: z.enum(classifications),
    consentRequired: z.boolean(),
    version: z.number().int(),
  })
  .openapi("DataServiceCatalogueEntry");

function presentEntry(entry: CatalogueEntry): z.infer<typeof CatalogueEntrySchema> {
  return {
    id: entry.serviceId,
    code: entry.code,
    name: entry.name,
    description: entry.description,
    provider: {
      code: entry.provider.code,
      name: { th: entry.provider.nameTh, en: entry.provider.nameEn },
    },
    registry: {
      code: entry.registry.code,
      name: entry.registry.name,
      kind: entry.registry.kind,
      subjectKind: entry.registry.subjectKind,
    },
    fields: entry.fields,
    classification: entry.classification,
    consentRequired: entry.consentRequired,
    version: entry.version,
  };
}

catalogueRoutes.get("/exchange", async (c) => {
  const entries = await selectCatalogue(c.get("db"), {
    instance: c.get("config").exchange.instance,
  });
  return c.html(<PublicCataloguePage page={pageContext(c)} entries={entries} />);
});

catalogueRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api/v1/exchange/services",
    tags: ["Data exchange"],
    summary: "Every data service agencies offer (the public catalogue; no data)",
    responses: {
      200: {
        description: "Active data services, by provider, registry and code",
        content: {
          "application/json": { schema: z.object({ items: z.array(CatalogueEntrySchema) }) },
        },
      },
    },
  }),
  async (c) => {
    const entries = await selectCatalogue(c.get("db"), {
      instance: c.get("config").exchange.instance,
    });
    return c.json({ items: entries.map(presentEntry) }, 200);
  },
);
