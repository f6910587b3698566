import type { OpenAPIHono } from "@hono/zod-openapi";

import { defineMessages } from "@/core/i18n";
import { Layout } from "@/core/ui/layout";
import { pageContext } from "@/core/ui/page-context";

import type { AppEnv } from "./context";
import { createRouter } from "./openapi";

const m = defineMessages({
  title: { th: "เอกสาร API", en: "API reference" },
  lead: { th: "คำอธิบาย OpenAPI 3.1 ฉบับเต็ม:", en: "The full OpenAPI 3.1 description:" },
  problems: {
    th: "ข้อผิดพลาดทุกรายการตอบกลับเป็น application/problem+json",
    en: "Every error answers as application/problem+json.",
  },
  method: { th: "วิธี", en: "Method" },
  path: { th: "ที่อยู่", en: "Path" },
  summary: { th: "คำอธิบาย", en: "Summary" },
});

const OPENAPI_PATH = "/api/openapi.json";

/** The OpenAPI document of every route declared with a schema, and a page people can read. */
export function apiDocsRoutes(app: OpenAPIHono<AppEnv>) {
  const router = createRouter();
  const document = () =>
    app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "Pratu API",
        version: "1",
        description:
          "One door to government services: agencies, e-services, documents, data exchange.",
      },
    });

  router.get(OPENAPI_PATH, (c) => c.json(document()));

  router.get("/api/docs", (c) => {
    const page = pageContext(c);
    const { t } = page;
    const operations = Object.entries(document().paths ?? {}).flatMap(([path, item]) =>
      (["get", "post", "put", "patch", "delete"] as const).flatMap((method) => {
        const operation = item?.[method];
        return operation
          ? [
              {
                method: method.toUpperCase(),
                path,
                summary: operation.summary ?? "",
                tag: operation.tags?.[0] ?? "",
              },
            ]
          : [];
      }),
    );
    const tags = [...new Set(operations.map((operation) => operation.tag))];
    return c.html(
      <Layout page={page} title={t(m.title)}>
        <h1>{t(m.title)}</h1>
        <p class="lead">
          {t(m.lead)} <a href={OPENAPI_PATH}>{OPENAPI_PATH}</a>
        </p>
        <p>{t(m.problems)}</p>
        {tags.map((tag) => (
          <section>
            <h2>{tag}</h2>
            {/* Focusable so that keyboard users can scroll a table wider than the screen. */}
            <div class="table-scroll" role="region" aria-label={tag} tabindex={0}>
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">{t(m.method)}</th>
                    <th scope="col">{t(m.path)}</th>
                    <th scope="col">{t(m.summary)}</th>
                  </tr>
                </thead>
                <tbody>
                  {operations
                    .filter((operation) => operation.tag === tag)
                    .map((operation) => (
                      <tr>
                        <td>
                          <code>{operation.method}</code>
                        </td>
                        <td>
                          <code>{operation.path}</code>
                        </td>
                        <td>{operation.summary}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </Layout>,
    );
  });
  return router;
}
