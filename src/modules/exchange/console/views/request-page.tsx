import type { FieldProblem } from "@/core/errors";
import {
  Button,
  CsrfField,
  ErrorSummary,
  fieldId,
  TextAreaField,
  TextField,
} from "@/core/ui/components";
import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";
import { grantBases } from "@/modules/exchange/schema";

import type { CatalogueEntry } from "../../grants/catalogue-repo";
import { grantMessages } from "../../grants/messages";
import { EXCHANGE_PATH } from "../console-section";
import { exchangeConsoleMessages as m } from "../messages";
import { agencyName, local } from "./exchange-parts";
import { ChoiceSelect, DateInput, errorFor, FieldChoices, localProblems } from "./form-fields";

/** What the request form holds, as typed: its names are the API's field paths. */
export interface RequestFormValues {
  subsystem: string;
  purpose: string;
  "purposeText.th": string;
  "purposeText.en": string;
  basis: string;
  "legalBasis.th": string;
  "legalBasis.en": string;
  fields: string[];
  expiresAt: string;
  rateLimitPerMinute: string;
}

export function RequestPage({
  page,
  context,
  service,
  values,
  problems,
}: {
  page: PageContext;
  context: ConsoleContext;
  service: CatalogueEntry;
  values: RequestFormValues;
  problems: readonly FieldProblem[];
}) {
  const { t } = page;
  const shown = localProblems(page, problems);
  const error = (name: string) => errorFor(shown, name);
  return (
    <ConsoleLayout page={page} context={context} current="exchange" title={t(m.request.title)}>
      <p>
        <a href={`${EXCHANGE_PATH}/catalogue`}>{t(m.catalogue.consoleTitle)}</a>
      </p>
      <ErrorSummary t={t} problems={shown} />
      <p class="lead">{t(m.request.lead)}</p>
      <dl class="summary-list" id={fieldId("service")}>
        <dt>{t(m.column.service)}</dt>
        <dd>
          {local(page, service.name)} <code>{service.serviceId}</code>
        </dd>
        <dt>{t(m.column.provider)}</dt>
        <dd>{agencyName(page, service.provider)}</dd>
        <dt>{t(m.column.classification)}</dt>
        <dd>{t(grantMessages.classification[service.classification])}</dd>
      </dl>
      {service.consentRequired ? <p>{t(m.request.consentNeeded)}</p> : null}
      <form method="post" action={`${EXCHANGE_PATH}/requests`} novalidate>
        <CsrfField token={page.csrfToken} />
        <input type="hidden" name="service" value={service.serviceId} />
        <TextField
          name="subsystem"
          label={t(m.request.subsystem)}
          hint={t(m.request.subsystemHint)}
          value={values.subsystem}
          error={error("subsystem")}
        />
        <TextField
          name="purpose"
          label={t(m.request.purpose)}
          hint={t(m.request.purposeHint)}
          value={values.purpose}
          error={error("purpose")}
        />
        <TextAreaField
          name="purposeText.th"
          label={t(m.request.purposeTh)}
          hint={t(m.request.purposeTextHint)}
          value={values["purposeText.th"]}
          error={error("purposeText.th")}
          rows={3}
          maxLength={500}
        />
        <TextAreaField
          name="purposeText.en"
          label={t(m.request.purposeEn)}
          value={values["purposeText.en"]}
          error={error("purposeText.en")}
          rows={3}
          maxLength={500}
        />
        <ChoiceSelect
          name="basis"
          label={t(m.request.basis)}
          value={values.basis}
          placeholder="—"
          options={grantBases.map((basis) => ({
            value: basis,
            label: t(grantMessages.basis[basis]),
          }))}
          error={error("basis")}
        />
        <TextField
          name="legalBasis.th"
          label={t(m.request.legalBasisTh)}
          hint={t(m.request.legalBasisHint)}
          value={values["legalBasis.th"]}
          error={error("legalBasis.th")}
        />
        <TextField
          name="legalBasis.en"
          label={t(m.request.legalBasisEn)}
          value={values["legalBasis.en"]}
          error={error("legalBasis.en")}
        />
        <FieldChoices
          page={page}
          legend={t(m.request.fields)}
          service={service}
          offered={service.fields.map((field) => field.key)}
          checked={values.fields}
          error={error("fields")}
        />
        <DateInput
          name="expiresAt"
          label={t(m.request.expiresAt)}
          hint={t(m.request.expiresAtHint)}
          value={values.expiresAt}
          error={error("expiresAt")}
        />
        <TextField
          name="rateLimitPerMinute"
          label={t(m.request.rateLimit)}
          type="number"
          inputmode="numeric"
          isShort
          value={values.rateLimitPerMinute}
          error={error("rateLimitPerMinute")}
        />
        <Button>{t(m.request.submit)}</Button>
      </form>
    </ConsoleLayout>
  );
}
