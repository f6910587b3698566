import { TEST_PDF } from "@test/support/applications";
import { citizenBrowser } from "@test/support/citizens";
import { testPeople } from "@test/support/exchange";
import { signInOfficersByRole } from "@test/support/officers";
import {
  answerConsent,
  createOnceOnlyWorld,
  DOWN_SERVICE,
  type OnceOnlyWorld,
  pathOf,
  startDraft,
} from "@test/support/once-only";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { decodeReceiptPayload } from "./submit-application";

describe("where an application's registry documents came from", () => {
  let world: OnceOnlyWorld;

  beforeAll(async () => {
    world = await createOnceOnlyWorld();
  });
  afterAll(async () => {
    expect(world.t.logLines.filter((line) => (line.level as number) >= 50)).toEqual([]);
    await world.close();
  });

  it("keeps the provenance with the application and its receipt, and shows it to the officer", async () => {
    const browser = await citizenBrowser(world.t, world.consenting);
    const draftPath = await startDraft(browser);
    const applicant = await answerConsent(browser, draftPath, "give");
    await browser.submit(applicant, `${draftPath}?step=applicant`, {
      phone: "0812345678",
      _go: "next",
    });
    const address = await browser.get(`${draftPath}?step=address`);
    await browser.submit(address, `${draftPath}?step=address`, { _go: "next" });
    const declaration = await browser.get(`${draftPath}?step=declaration`);
    const done = await browser.submit(declaration, `${draftPath}?step=declaration`, {
      truth: "yes",
      _go: "next",
    });
    expect(pathOf(done.location)).toBe(`${draftPath}/review`);
    const review = await browser.get(`${draftPath}/review`);
    expect(review.html).toContain("ที่มาของข้อมูล");
    const submitted = await browser.submit(review, `${draftPath}/submit`);
    const receiptPath = pathOf(submitted.location);
    expect(receiptPath).toMatch(/^\/me\/applications\/[0-9a-f-]{36}\/receipt$/);
    const applicationId = receiptPath.split("/")[3]!;

    const { rows } = await world.t.db.query<{
      requirement_index: number;
      status: string;
      log_id: string;
    }>(
      `select requirement_index, status, log_id from application_data_sources
        where application_id = $1 order by requirement_index`,
      [applicationId],
    );
    expect(rows.map((row) => [row.requirement_index, row.status])).toEqual([
      [0, "verified"],
      [1, "verified"],
    ]);
    const receipts = await world.t.db.query<{ jws: string }>(
      "select jws from application_receipts where application_id = $1",
      [applicationId],
    );
    const payload = decodeReceiptPayload(receipts.rows[0]!.jws);
    expect(payload.dataSources?.map((source) => source.logId)).toEqual(
      rows.map((row) => row.log_id),
    );
    expect(payload.attachments).toEqual([]);
    expect(payload.answers).toMatchObject({ fullName: "สมชาย ใจดี" });

    const own = await world.t.app.request(`/api/v1/applications/${applicationId}`, {
      headers: { authorization: `Bearer ${world.consenting.token}` },
    });
    const view = (await own.json()) as {
      answers: Record<string, unknown>;
      dataSources: { status: string; logId: string }[];
    };
    expect(view.dataSources.map((source) => source.logId)).toEqual(rows.map((row) => row.log_id));

    const { browsers } = await signInOfficersByRole(world.t, {
      officer: { agencyCode: "CHIANGMAI-CITY", role: "officer" },
    });
    const page = await browsers.officer.get(`/console/applications/${applicationId}`);
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/ตรวจสอบแล้วจากทะเบียนราษฎร เมื่อ [^<]*\d\d:\d\d \(DOPA\)/);
    expect(page.html).toContain("ไม่ต้องขอสำเนาจากผู้ยื่น");
    expect(page.html).not.toContain("สำเนาทะเบียนบ้าน");

    // Asked once for more, the applicant amends; what the registry verified stays as it was.
    const path = `/console/applications/${applicationId}`;
    await browsers.officer.submit(page, `${path}/claim`);
    const claimed = await browsers.officer.get(path);
    const asked = await browsers.officer.submit(claimed, `${path}/request-info`, {
      message: "โปรดแจ้งหมายเลขโทรศัพท์ที่ติดต่อได้ในเวลาราชการ",
    });
    expect(asked.status).toBe(303);
    const amendedByApi = await world.t.app.request(`/api/v1/applications/${applicationId}/amend`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${world.consenting.token}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ answers: { ...view.answers, fullName: "ชื่อปลอม" } }),
    });
    expect(amendedByApi.status).toBe(400);
    const mine = await browser.get(`/me/applications/${applicationId}`);
    const amendment = await browser.follow(
      await browser.submit(mine, `/me/applications/${applicationId}/amend`),
    );
    expect(amendment.html).toContain('data-locked="fullName"');
    const amendPath = amendment.path.split("?")[0]!;
    await browser.submit(amendment, `${amendPath}?step=applicant`, {
      fullName: "ชื่อปลอม",
      phone: "053123456",
      _go: "next",
    });
    const amendReview = await browser.get(`${amendPath}/review`);
    const sent = await browser.submit(amendReview, `${amendPath}/submit`);
    expect(pathOf(sent.location)).toBe(`/me/applications/${applicationId}?done=amended`);
    const { rows: after } = await world.t.db.query<{ answers: Record<string, unknown> }>(
      "select answers from applications where id = $1",
      [applicationId],
    );
    expect(after[0]!.answers).toMatchObject({ fullName: "สมชาย ใจดี", phone: "053123456" });
    const { rows: sourcesAfter } = await world.t.db.query(
      "select 1 from application_data_sources where application_id = $1",
      [applicationId],
    );
    expect(sourcesAfter).toHaveLength(2);
  });

  it("shows the officer a copy attached because the registry did not answer", async () => {
    const browser = await citizenBrowser(world.t, world.declining);
    const draftPath = await startDraft(browser, DOWN_SERVICE);
    const draftId = draftPath.split("/").at(-1)!;
    const applicant = await browser.get(draftPath);
    await browser.submit(applicant, `${draftPath}?step=applicant`, {
      fullName: "สมศรี มีสุข",
      citizenId: testPeople[1]!.citizenId,
      "birthDate[day]": "2",
      "birthDate[month]": "11",
      "birthDate[year]": "1958",
      phone: "0812345678",
      _go: "next",
    });
    const form = new FormData();
    form.set("fieldId", "houseCopy");
    form.set("file", new File([TEST_PDF], "ทะเบียนบ้าน.pdf", { type: "application/pdf" }));
    const upload = await world.t.app.request(
      `/api/v1/services/${DOWN_SERVICE}/drafts/${draftId}/attachments`,
      { method: "POST", headers: { authorization: `Bearer ${world.declining.token}` }, body: form },
    );
    expect(upload.status).toBe(201);
    const { id: attachmentId } = (await upload.json()) as { id: string };
    const address = await browser.get(`${draftPath}?step=address`);
    const next = await browser.submit(address, `${draftPath}?step=address`, {
      "registeredAddress[line]": "8 ถนนช้างคลาน",
      "registeredAddress[provinceCode]": "50",
      "registeredAddress[districtCode]": "5001",
      "registeredAddress[subdistrictCode]": "500105",
      "registeredAddress[postcode]": "50100",
      "houseCopy[kept]": attachmentId,
      _go: "next",
    });
    expect(next.status).toBe(303);
    const declaration = await browser.get(`${draftPath}?step=declaration`);
    await browser.submit(declaration, `${draftPath}?step=declaration`, { truth: "yes" });
    const review = await browser.get(`${draftPath}/review`);
    const submitted = await browser.submit(review, `${draftPath}/submit`);
    const applicationId = pathOf(submitted.location).split("/")[3]!;

    const { browsers } = await signInOfficersByRole(world.t, {
      officer: { agencyCode: "CHIANGMAI-CITY", role: "officer" },
    });
    const page = await browsers.officer.get(`/console/applications/${applicationId}`);
    expect(page.html).toContain("ผู้ยื่นแนบสำเนาเอง — ระบบทะเบียนไม่ตอบ");
    expect(page.html).toContain("ทะเบียนบ้าน.pdf");
  });
});
