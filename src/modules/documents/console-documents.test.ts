import { createTestApp, type TestApp } from "@test/support/app";
import { issueTestDocument } from "@test/support/documents";
import { signInOfficersByRole } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

import { findIssuedDocument } from "./repo";
import type { IssuedDocument } from "./schema";

type Cast = Awaited<ReturnType<typeof signInOfficersByRole<"officer" | "viewer" | "outsider">>>;

describe("issued documents in the agency console", () => {
  let t: TestApp;
  let cast: Cast;
  let document: IssuedDocument;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
    cast = await signInOfficersByRole(t, {
      officer: { agencyCode: "DOPA", role: "officer" },
      viewer: { agencyCode: "DOPA", role: "viewer" },
      outsider: { agencyCode: "DBD", role: "admin" },
    });
    ({ document } = await issueTestDocument(t, { holder: { name: "นายสมหมาย ใจงาม" } }));
  });
  afterAll(() => t.close());

  it("lists and finds the agency's documents for every member", async () => {
    const list = await cast.browsers.viewer.get("/console/documents");
    expect(list.status).toBe(200);
    expect(list.html).toContain(`href="/console/documents/${document.id}"`);
    const found = await cast.browsers.viewer.get(
      `/console/documents?q=${encodeURIComponent("สมหมาย")}`,
    );
    expect(found.html).toContain(document.number);
    const none = await cast.browsers.viewer.get("/console/documents?status=revoked");
    expect(none.html).not.toContain(document.number);
    const page = await cast.browsers.viewer.get(`/console/documents/${document.id}`);
    expect(page.html).toContain("ร้านก๋วยเตี๋ยวป้าสมศรี");
    // A viewer reads; only officers change a document's status.
    expect(page.html).not.toContain(`action="/console/documents/${document.id}/status"`);
    const tried = await cast.browsers.viewer.post(`/console/documents/${document.id}/status`, {
      change: "revoke",
      reason: "ลอง",
    });
    expect(tried.status).toBe(403);
  });

  it("is not there for another agency's officers", async () => {
    expect((await cast.browsers.outsider.get("/console/documents")).html).not.toContain(
      document.number,
    );
    expect((await cast.browsers.outsider.get(`/console/documents/${document.id}`)).status).toBe(
      404,
    );
    const tried = await cast.browsers.outsider.post(`/console/documents/${document.id}/status`, {
      change: "revoke",
      reason: "ข้ามหน่วยงาน",
    });
    expect(tried.status).toBe(404);
    expect((await findIssuedDocument(t.db, { id: document.id }))?.status).toBe("active");
  });

  it("asks for a reason, then suspends and revokes without JavaScript", async () => {
    const officer = cast.browsers.officer;
    const page = await officer.get(`/console/documents/${document.id}`);
    expect(page.html).toContain(`action="/console/documents/${document.id}/status"`);
    const noReason = await officer.post(`/console/documents/${document.id}/status`, {
      change: "suspend",
      reason: "  ",
    });
    expect(noReason.status).toBe(400);
    expect(noReason.html).toContain("กรุณาระบุเหตุผล");

    const suspended = await officer.follow(
      await officer.post(`/console/documents/${document.id}/status`, {
        change: "suspend",
        reason: "รอตรวจสอบสถานที่",
      }),
    );
    expect(suspended.html).toContain("ระงับเอกสารแล้ว");
    const revoked = await officer.follow(
      await officer.post(`/console/documents/${document.id}/status`, {
        change: "revoke",
        reason: "ร้านปิดกิจการแล้ว",
      }),
    );
    expect(revoked.html).toContain("เพิกถอนเอกสารแล้ว");
    expect(revoked.html).toContain("ร้านปิดกิจการแล้ว");
    const stored = await findIssuedDocument(t.db, { id: document.id });
    expect(stored).toMatchObject({ status: "revoked", statusReason: "ร้านปิดกิจการแล้ว" });
  });

  it("downloads the signed PDF for the agency's members", async () => {
    const response = await cast.browsers.viewer.request(
      `/console/documents/${document.id}/document.pdf`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
  });
});
