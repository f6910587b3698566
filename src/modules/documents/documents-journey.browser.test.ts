import {
  BROWSER_TEST_LIMITS,
  expectAccessiblePage,
  launchBrowser,
  newContext,
  PHONE_VIEWPORT,
  type RunningPratu,
  startPratu,
} from "@test/support/browser";
import { detachFile, runPdfTool } from "@test/support/pdf-tools";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { startWorker } from "@/core/jobs";
import { createLogger } from "@/core/log/logger";
import { seedDemoApplications } from "@/demo/applications";

import { changeDocumentStatus } from "./change-document-status";
import { issueOnApprovalJob } from "./issue-on-approval";
import { findIssuedDocument, selectIssuedPdf } from "./repo";
import type { IssuedDocument } from "./schema";

vi.setConfig(BROWSER_TEST_LIMITS);

/**
 * The whole promise, as the demo shows it: an officer approves an
 * application, the worker issues the signed document, anyone verifies it
 * from its QR link on a phone and through the VC-API, and after revocation
 * both say so.
 */
describe("an approved demo application's document, from issue to revocation", () => {
  let browser: Browser;
  let server: RunningPratu;
  let document: IssuedDocument;
  let pdf: Uint8Array;
  let credential: unknown;

  const verifyCredential = async () => {
    const response = await fetch(`${server.url}/credentials/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ verifiableCredential: credential }),
    });
    return { status: response.status, body: (await response.json()) as { verified: boolean } };
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startPratu();
    // The demo's applications go through the real use cases; one is approved.
    await seedDemoApplications({ db: server.db, secrets: server.secrets });
    const worker = startWorker({
      db: server.db,
      logger: createLogger("silent"),
      config: server.config,
      secrets: server.secrets,
      workerId: "journey",
      poll: false,
      handlers: [issueOnApprovalJob],
    });
    while ((await worker.runOnce()) > 0);
    await worker.stop();
    const { rows } = await server.db.query<{ id: string }>(
      "select id from issued_documents where application_id is not null",
    );
    expect(rows).toHaveLength(1);
    document = (await findIssuedDocument(server.db, { id: rows[0]!.id }))!;
    pdf = (await selectIssuedPdf(server.db, document.id))!;
    credential = JSON.parse(new TextDecoder().decode(detachFile(pdf, 1)));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is a PDF that pdfsig calls valid, whose QR link is the short verification link", () => {
    expect(runPdfTool("pdfsig", pdf)).toMatch(/Signature Validation: Signature is Valid/);
    expect(runPdfTool("pdfdetach", pdf, ["-list"])).toMatch(/credential\.json/);
    const subject = (credential as { credentialSubject: { document: { verificationUrl: string } } })
      .credentialSubject;
    expect(subject.document.verificationUrl).toBe(`${server.url}/v/${document.verifyCode}`);
  });

  it("verifies from its link on a phone-sized page, and its credential through the VC-API", async () => {
    const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    await page.goto(`/v/${document.verifyCode}`);
    await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe(
      "valid",
    );
    await expect(page.getByText(document.number).first().isVisible()).resolves.toBe(true);
    await expectAccessiblePage(page);
    await context.close();

    const answer = await verifyCredential();
    expect(answer.status).toBe(200);
    expect(answer.body.verified).toBe(true);
  });

  it("verifies as revoked once an officer revokes it", async () => {
    // The agency's demo officer revokes it.
    const { rows } = await server.db.query<{ officer_id: string }>(
      "select officer_id from officer_memberships where agency_id = $1 and role = 'officer' limit 1",
      [document.agencyId],
    );
    await changeDocumentStatus({
      db: server.db,
      actor: {
        type: "officer",
        officerId: rows[0]!.officer_id,
        agencyId: document.agencyId,
        role: "officer",
      },
      agencyId: document.agencyId,
      documentId: document.id,
      change: "revoke",
      reason: "ผู้รับเงินย้ายที่อยู่ออกนอกเขตเทศบาล",
    });
    const answer = await verifyCredential();
    expect(answer.status).toBe(400);
    expect(answer.body.verified).toBe(false);

    const context = await newContext(browser, server, { viewport: PHONE_VIEWPORT });
    const page = await context.newPage();
    await page.goto(`/v/${document.verifyCode}`);
    await expect(page.locator("[data-verdict]").getAttribute("data-verdict")).resolves.toBe(
      "revoked",
    );
    await expect(page.getByText("ผู้รับเงินย้ายที่อยู่ออกนอกเขตเทศบาล").first().isVisible()).resolves.toBe(
      true,
    );
    await context.close();
  });
});
