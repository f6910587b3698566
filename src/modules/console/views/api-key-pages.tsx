import { apiKeyScopeMessages, apiKeyScopes } from "@/core/auth/api-key-scopes";
import type { FieldProblem } from "@/core/errors";
import { formatDate, isoInstant } from "@/core/i18n";
import {
  Button,
  CsrfField,
  ErrorSummary,
  fieldId,
  Notice,
  Table,
  Tag,
  TextField,
} from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";

import type { ConsoleContext } from "../console-access";
import { consoleMessages as m } from "../messages";
import type { ApiKey } from "../schema";
import { ConsoleLayout } from "./console-layout";

export interface ApiKeyForm {
  name: string;
  scopes: string[];
}

function When({ page, value }: { page: PageContext; value: string }) {
  return <time datetime={isoInstant(value)}>{formatDate(value, page.locale, "dateTime")}</time>;
}

export function ApiKeysPage({
  page,
  context,
  apiKeys,
  form,
  problems,
  created,
  isRevoked,
}: {
  page: PageContext;
  context: ConsoleContext;
  apiKeys: ApiKey[];
  form: ApiKeyForm;
  problems: readonly FieldProblem[];
  created: { name: string; key: string } | null;
  isRevoked: boolean;
}) {
  const { t } = page;
  const nameError = problems.find((problem) => problem.field === "name")?.message;
  const scopesError = problems.find((problem) => problem.field === "scopes")?.message;
  return (
    <ConsoleLayout page={page} context={context} current="api-keys" title={t(m.apiKeys.title)}>
      <ErrorSummary t={t} problems={problems} />
      <p class="lead">{t(m.apiKeys.lead)}</p>
      {created ? (
        <Notice tone="ok">
          <p>{t(m.apiKeys.created, { name: created.name })}</p>
          <p>
            {t(m.apiKeys.keyLabel)}: <code id="created-api-key">{created.key}</code>
          </p>
        </Notice>
      ) : null}
      {isRevoked ? <Notice tone="ok">{t(m.apiKeys.revokedNotice)}</Notice> : null}

      {apiKeys.length === 0 ? (
        <p>{t(m.apiKeys.none)}</p>
      ) : (
        <Table
          caption={t(m.apiKeys.listCaption)}
          rows={apiKeys}
          columns={[
            { header: t(m.apiKeys.name), cell: (key) => key.name },
            { header: t(m.apiKeys.prefix), cell: (key) => <code>{key.prefix}</code> },
            { header: t(m.apiKeys.scopes), cell: (key) => key.scopes.join(", ") },
            {
              header: t(m.apiKeys.createdAt),
              cell: (key) => <When page={page} value={key.createdAt} />,
            },
            {
              header: t(m.apiKeys.lastUsedAt),
              cell: (key) =>
                key.lastUsedAt ? <When page={page} value={key.lastUsedAt} /> : t(m.apiKeys.never),
            },
            {
              header: t(m.apiKeys.status),
              cell: (key) =>
                key.revokedAt ? (
                  <>
                    <Tag tone="error">{t(m.apiKeys.revoked)}</Tag>{" "}
                    <When page={page} value={key.revokedAt} />
                  </>
                ) : (
                  <Tag tone="ok">{t(m.apiKeys.active)}</Tag>
                ),
            },
            {
              header: t(m.apiKeys.actions),
              cell: (key) =>
                key.revokedAt ? null : (
                  <form method="post" action={`/console/api-keys/${key.id}/revoke`}>
                    <CsrfField token={page.csrfToken} />
                    <button
                      class="button button--warning"
                      type="submit"
                      aria-label={t(m.apiKeys.revokeLabel, { name: key.name })}
                    >
                      {t(m.apiKeys.revoke)}
                    </button>
                  </form>
                ),
            },
          ]}
        />
      )}

      <h2>{t(m.apiKeys.createHeading)}</h2>
      <form method="post" action="/console/api-keys" novalidate>
        <CsrfField token={page.csrfToken} />
        <TextField
          name="name"
          label={t(m.apiKeys.name)}
          hint={t(m.apiKeys.nameHint)}
          value={form.name}
          error={nameError}
          isRequired
        />
        <div class={scopesError ? "field field--error" : "field"}>
          <fieldset
            id={fieldId("scopes")}
            aria-describedby={[
              `${fieldId("scopes")}-hint`,
              scopesError ? `${fieldId("scopes")}-error` : "",
            ]
              .filter(Boolean)
              .join(" ")}
          >
            <legend>{t(m.apiKeys.scopes)}</legend>
            <span class="hint" id={`${fieldId("scopes")}-hint`}>
              {t(m.apiKeys.scopesHint)}
            </span>
            {scopesError ? (
              <span class="error-message" id={`${fieldId("scopes")}-error`}>
                {scopesError}
              </span>
            ) : null}
            {apiKeyScopes.map((scope) => {
              const id = `scope-${scope.replace(/[^a-z]/g, "-")}`;
              return (
                <div>
                  <input
                    type="checkbox"
                    id={id}
                    name="scopes"
                    value={scope}
                    checked={form.scopes.includes(scope)}
                  />{" "}
                  <label for={id}>
                    {t(apiKeyScopeMessages[scope])} (<code>{scope}</code>)
                  </label>
                </div>
              );
            })}
          </fieldset>
        </div>
        <Button>{t(m.apiKeys.create)}</Button>
      </form>
    </ConsoleLayout>
  );
}
