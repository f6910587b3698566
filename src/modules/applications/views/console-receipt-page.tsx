import type { PageContext } from "@/core/ui/page-context";
import { type ConsoleContext, ConsoleLayout } from "@/modules/console";

import { applicationConsoleMessages as m } from "../console-messages";
import type { ReceiptRecord } from "../repo";
import { decodeReceiptPayload } from "../submit-application";
import { consolePaths, When } from "./console-parts";

/**
 * One signed receipt as the agency issued it: the compact JWS to copy into
 * any checker, and what it says, laid out to read. Read-only text areas
 * keep long lines inside the page on a phone.
 */
export function ReceiptPage({
  page,
  context,
  applicationId,
  reference,
  receipt,
}: {
  page: PageContext;
  context: ConsoleContext;
  applicationId: string;
  reference: string;
  receipt: ReceiptRecord;
}) {
  const { t, locale } = page;
  const title = t(m.receipt.title, { reference, sequence: receipt.sequence });
  const payload = JSON.stringify(decodeReceiptPayload(receipt.jws), null, 2);
  return (
    <ConsoleLayout page={page} context={context} current="applications" title={title}>
      <p>
        <a href={consolePaths.application(applicationId)}>{t(m.receipt.backToApplication)}</a>
      </p>
      <p class="lead">{t(m.receipt.lead)}</p>
      <dl class="summary-list">
        <dt>{t(m.application.receiptIssued)}</dt>
        <dd>
          <When value={receipt.issuedAt} locale={locale} />
        </dd>
      </dl>
      <div class="field">
        <label for="receipt-jws">{t(m.receipt.jws)}</label>
        <textarea class="input code-input" id="receipt-jws" rows={8} readonly>
          {receipt.jws}
        </textarea>
      </div>
      <div class="field">
        <label for="receipt-payload">{t(m.receipt.payload)}</label>
        <textarea class="input code-input" id="receipt-payload" rows={24} readonly>
          {payload}
        </textarea>
      </div>
    </ConsoleLayout>
  );
}
