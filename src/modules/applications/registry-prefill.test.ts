import { citizenBrowser } from "@test/support/citizens";
import { TEST_PURPOSE, testPeople } from "@test/support/exchange";
import {
  answerConsent,
  createOnceOnlyWorld,
  DOWN_SERVICE,
  type OnceOnlyWorld,
  SERVICE,
  startDraft,
} from "@test/support/once-only";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("an e-service form prefilled from registries (once-only)", () => {
  let world: OnceOnlyWorld;

  beforeAll(async () => {
    world = await createOnceOnlyWorld();
  });
  afterAll(async () => {
    expect(world.t.logLines.filter((line) => (line.level as number) >= 50)).toEqual([]);
    await world.close();
  });

  async function sourcesOf(draftPath: string): Promise<Record<string, Record<string, unknown>>> {
    const { rows } = await world.t.db.query<{
      data_sources: Record<string, Record<string, unknown>>;
    }>("select data_sources from application_drafts where id = $1", [draftPath.split("/").at(-1)]);
    return rows[0]!.data_sources;
  }

  async function logRow(logId: unknown) {
    const { rows } = await world.t.db.query<{
      outcome: string;
      application_ref: string | null;
      consent_id: string | null;
      consumer: string;
      purpose: string;
    }>(
      "select outcome, application_ref, consent_id, consumer, purpose from exchange_log where id = $1",
      [logId],
    );
    return rows[0];
  }

  it("asks consent before the form, then shows the fetched answers locked with their source", async () => {
    const browser = await citizenBrowser(world.t, world.consenting);
    const draftPath = await startDraft(browser);
    const form = await answerConsent(browser, draftPath, "give");
    expect(form.status).toBe(200);
    for (const fieldId of ["fullName", "citizenId", "birthDate"]) {
      expect(form.html).toContain(`data-locked="${fieldId}"`);
      expect(form.html).not.toContain(`name="${fieldId}`);
    }
    expect(form.html).toContain("สมชาย ใจดี");
    expect(form.html).toMatch(/ตรวจสอบแล้วจาก ทะเบียนราษฎร กรมการปกครอง เมื่อ \d\d:\d\d น\./);
    expect(form.html).toContain('name="phone"');

    const sources = await sourcesOf(draftPath);
    expect(sources["0"]).toMatchObject({ status: "verified", provider: "DOPA", consentId: null });
    expect(sources["1"]).toMatchObject({ status: "verified", dataService: "person.address" });
    expect(sources["1"]!.consentId).toEqual(expect.any(String));
    const addressCall = await logRow(sources["1"]!.logId);
    expect(addressCall).toMatchObject({
      outcome: "ok",
      application_ref: draftPath.split("/").at(-1),
      consent_id: sources["1"]!.consentId,
      consumer: `TH/GOV/CHIANGMAI-CITY/${SERVICE}`,
      purpose: TEST_PURPOSE,
    });

    const address = await browser.get(`${draftPath}?step=address`);
    expect(address.html).toContain('data-locked="registeredAddress"');
    expect(address.html).toContain("12 ถนนราชดำเนิน");
    // Verified: no copy is asked for.
    expect(address.html).not.toContain('name="houseCopy"');
  });

  it("ignores a locked answer posted by the form, and refuses one changed through the API", async () => {
    const browser = await citizenBrowser(world.t, world.consenting);
    const draftPath = await startDraft(browser);
    // The consent given before is still in force: the form opens without asking again.
    const form = await browser.get(draftPath);
    expect(form.status).toBe(200);
    const posted = await browser.submit(form, `${draftPath}?step=applicant`, {
      fullName: "ชื่อปลอม",
      citizenId: testPeople[1]!.citizenId,
      phone: "0812345678",
      _go: "next",
    });
    expect(posted.status).toBe(303);
    const draftId = draftPath.split("/").at(-1)!;
    const api = (method: string, path: string, body: unknown) =>
      world.t.app.request(path, {
        method,
        headers: {
          authorization: `Bearer ${world.consenting.token}`,
          "content-type": "application/json",
        },
        body: JSON.stringify(body),
      });
    const saved = (await (
      await world.t.app.request(`/api/v1/services/${SERVICE}/drafts/${draftId}`, {
        headers: { authorization: `Bearer ${world.consenting.token}` },
      })
    ).json()) as { answers: Record<string, unknown>; dataSources: { status: string }[] };
    expect(saved.answers).toMatchObject({
      fullName: "สมชาย ใจดี",
      citizenId: testPeople[0]!.citizenId,
      phone: "0812345678",
    });
    expect(saved.dataSources.map((source) => source.status)).toEqual(["verified", "verified"]);

    const changed = await api("PUT", `/api/v1/services/${SERVICE}/drafts/${draftId}`, {
      answers: { ...saved.answers, birthDate: "1990-01-01" },
    });
    expect(changed.status).toBe(400);
    const problem = (await changed.json()) as { errors: { field: string; code: string }[] };
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: "birthDate", code: "verified_by_registry" }),
    ]);
    // Left out or sent as they are, verified answers stay.
    const kept = await api("PUT", `/api/v1/services/${SERVICE}/drafts/${draftId}`, {
      answers: { phone: "0899999999" },
    });
    expect(kept.status).toBe(200);
    expect(((await kept.json()) as { answers: Record<string, unknown> }).answers).toMatchObject({
      fullName: "สมชาย ใจดี",
      phone: "0899999999",
    });

    const submitted = await world.t.app.request(`/api/v1/services/${SERVICE}/applications`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${world.consenting.token}`,
        "content-type": "application/json",
        "idempotency-key": `tamper-${draftId}`,
      },
      body: JSON.stringify({
        draftId,
        answers: { ...saved.answers, fullName: "ชื่อปลอม", truth: true },
      }),
    });
    expect(submitted.status).toBe(400);
  });

  it("asks for a copy instead when the person declines consent", async () => {
    const browser = await citizenBrowser(world.t, world.declining);
    const draftPath = await startDraft(browser);
    const form = await answerConsent(browser, draftPath, "decline");
    // The basic data rests on a public task, not on consent: it is fetched either way.
    expect(form.html).toContain('data-locked="fullName"');
    expect(form.html).toContain("สมศรี มีสุข");

    const sources = await sourcesOf(draftPath);
    expect(sources["1"]).toMatchObject({ status: "declined", logId: null });
    const { rows } = await world.t.db.query(
      "select 1 from exchange_consents where subject_hash = $1",
      [world.t.secrets.hashNationalId(testPeople[1]!.citizenId)],
    );
    expect(rows).toHaveLength(0);

    const address = await browser.get(`${draftPath}?step=address`);
    expect(address.html).toContain("คุณไม่ได้ให้ความยินยอมดึงข้อมูลจาก");
    expect(address.html).toContain('name="houseCopy"');
    expect(address.html).toContain('name="registeredAddress[line]"');
    const withoutCopy = await browser.submit(address, `${draftPath}?step=address`, {
      "registeredAddress[line]": "8 ถนนช้างคลาน",
      "registeredAddress[provinceCode]": "50",
      "registeredAddress[districtCode]": "5001",
      "registeredAddress[subdistrictCode]": "500105",
      "registeredAddress[postcode]": "50100",
      _go: "next",
    });
    expect(withoutCopy.status).toBe(400);
    expect(withoutCopy.html).toContain("โปรดแนบไฟล์ “สำเนาทะเบียนบ้าน”");
  });

  it("tells the person the registry is down, records it, and asks for a copy", async () => {
    const browser = await citizenBrowser(world.t, world.consenting);
    const draftPath = await startDraft(browser, DOWN_SERVICE);
    const form = await browser.get(draftPath);
    expect(form.status).toBe(200);
    const sources = await sourcesOf(draftPath);
    expect(sources["1"]).toMatchObject({ status: "unavailable", registry: "population-mirror" });
    expect((await logRow(sources["1"]!.logId))?.outcome).toBe("provider_error");

    const address = await browser.get(`${draftPath}?step=address`);
    expect(address.html).toContain("ไม่ตอบ ระบบจึงดึงข้อมูลให้ไม่ได้");
    expect(address.html).toContain('name="houseCopy"');
    expect(address.html).not.toContain('data-locked="registeredAddress"');
  });

  it("records a person the registry does not know, and asks for the copy", async () => {
    const browser = await citizenBrowser(world.t, world.unregistered);
    const draftPath = await startDraft(browser);
    const form = await answerConsent(browser, draftPath, "give");
    expect(form.html).not.toContain("data-locked=");
    const sources = await sourcesOf(draftPath);
    expect(sources["0"]).toMatchObject({ status: "not_found" });
    expect(sources["1"]).toMatchObject({ status: "not_found" });
    const address = await browser.get(`${draftPath}?step=address`);
    expect(address.html).toContain("ไม่พบข้อมูลของคุณใน");
  });
});
