import { createTestApp, type TestApp } from "@test/support/app";
import { BrowserSession, type Page } from "@test/support/browser-session";
import { asBody, formValues, withValue } from "@test/support/form-values";
import { createTestOfficer, officerBearerToken, signInOfficer } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "@/demo/seed";

import { isServiceOpenForApplications } from "./service-availability";

const AGENCY = "CHIANGMAI-CITY";
const SERVICE = "disability-allowance";
const base = `/console/services/${SERVICE}`;

describe("service management in the officer console", () => {
  let t: TestApp;
  const browsers: Record<"admin" | "officer" | "outsider", BrowserSession> = {} as never;
  let adminToken = "";

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { signInRateLimitPerMinute: 1000 } } });
    await seedDemo({ db: t.db });
    for (const [label, agencyCode, role] of [
      ["admin", AGENCY, "admin"],
      ["officer", AGENCY, "officer"],
      ["outsider", "DOPA", "admin"],
    ] as const) {
      const officer = await createTestOfficer({
        db: t.db,
        secrets: t.secrets,
        memberships: [{ agencyCode, role }],
      });
      browsers[label] = new BrowserSession(t.app);
      await signInOfficer(browsers[label], officer);
      if (label === "admin") adminToken = await officerBearerToken(t.db, officer.officer.id);
    }
  });
  afterAll(() => t.close());

  async function postForm(
    who: keyof typeof browsers,
    path: string,
    values: [string, string][],
    headers: Record<string, string> = {},
  ): Promise<Page> {
    const browser = browsers[who];
    const response = await browser.request(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: asBody([["_csrf", await browser.csrfToken()], ...values]),
    });
    const isRedirect = response.status >= 300 && response.status < 400;
    return {
      status: response.status,
      path,
      location: isRedirect ? response.headers.get("location") : null,
      html: await response.text(),
      headers: response.headers,
    };
  }

  /** Sends the editor's form as the page has it, with changes and the button pressed. */
  async function saveEditor(changes: Record<string, string>, action = "save"): Promise<Page> {
    const editor = await browsers.admin.get(`${base}/edit`);
    expect(editor.status).toBe(200);
    let values = formValues(editor.html, `${base}/edit`).filter(([name]) => name !== "_csrf");
    for (const [name, value] of Object.entries(changes)) values = withValue(values, name, value);
    return postForm("admin", `${base}/edit`, [...values, ["_action", action]]);
  }

  async function auditActions(): Promise<string[]> {
    const { rows } = await t.db.query<{ action: string }>(
      "select action from audit_log where target_id = $1 order by occurred_at, id",
      [SERVICE],
    );
    return rows.map((row) => row.action);
  }

  it("creates a service from a template under a fresh id, refusing a bad or taken id", async () => {
    const form = await browsers.admin.get("/console/services/new");
    expect(form.status).toBe(200);
    expect(form.html).toContain("การลงทะเบียนรับสวัสดิการที่องค์กรปกครองส่วนท้องถิ่น");

    const bad = await postForm("admin", "/console/services/new", [
      ["template", "welfare-registration"],
      ["id", "Disability_Allowance"],
    ]);
    expect(bad.status).toBe(400);
    expect(bad.html).toContain("รหัสบริการ: ใช้ได้เฉพาะอักษรอังกฤษตัวพิมพ์เล็ก");
    expect(bad.html).toContain('href="#field-id"');

    const taken = await postForm("admin", "/console/services/new", [
      ["template", "welfare-registration"],
      ["id", "building-permit"],
    ]);
    expect(taken.status).toBe(409);
    expect(taken.html).toContain("รหัสบริการนี้มีผู้ใช้แล้ว");

    const created = await postForm("admin", "/console/services/new", [
      ["template", "welfare-registration"],
      ["id", SERVICE],
    ]);
    expect(created.status).toBe(303);
    expect(created.location).toBe(`${base}/edit?done=created`);
    const editor = await browsers.admin.visit(created.location!);
    expect(editor.html).toContain("การลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ");
    expect(editor.html).toContain("ฉบับร่างครบถ้วน พร้อมเผยแพร่");
    expect(await auditActions()).toEqual(["service.created"]);

    const again = await postForm("admin", "/console/services/new", [
      ["template", "permit-with-plans"],
      ["id", SERVICE],
    ]);
    expect(again.status).toBe(409);
  });

  it("saves a bad step and names it in Thai and English, beside the field and in the summary", async () => {
    const saved = await saveEditor({
      "steps.1.workingDays": "ten",
      "name.th": "การลงทะเบียนรับเบี้ยความพิการ",
      "name.en": "Registering for the disability allowance",
    });
    expect(saved.status).toBe(303);
    const thai = await browsers.admin.visit(saved.location!);
    expect(thai.html).toContain("ขั้นตอนที่ 2: ระยะเวลาต้องเป็นจำนวนวันทำการ 0–365");
    expect(thai.html).toContain("ยังเผยแพร่ไม่ได้: ต้องแก้ไขอีก 1 รายการ");
    expect(thai.html).toContain('href="#field-steps-1-workingDays"');
    expect(thai.html).toMatch(
      /<input[^>]*id="field-steps-1-workingDays"[^>]*aria-invalid="true"[^>]*aria-describedby="field-steps-1-workingDays-hint field-steps-1-workingDays-error"/,
    );
    expect(thai.html).toContain('value="ten"');

    const english = await browsers.admin.visit(
      `/language?to=en&next=${encodeURIComponent(`${base}/edit`)}`,
    );
    expect(english.html).toContain("Step 2: time must be 0–365 working days");
    expect(english.html).toContain("Not ready to publish: 1 thing to fix");
    await browsers.admin.get("/language?to=th&next=/");

    const api = await t.app.request(`/api/v1/agencies/${AGENCY}/services/${SERVICE}/publish`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(api.status).toBe(400);
    expect(((await api.json()) as { errors: unknown[] }).errors).toEqual([
      {
        field: "steps.1.workingDays",
        message: "Step 2: time must be 0–365 working days",
        messages: {
          th: "ขั้นตอนที่ 2: ระยะเวลาต้องเป็นจำนวนวันทำการ 0–365",
          en: "Step 2: time must be 0–365 working days",
        },
      },
    ]);
  });

  it("adds and removes rows with buttons, keeping fees in baht as satang", async () => {
    const added = await saveEditor({ "steps.1.workingDays": "5" }, "add:fees");
    expect(added.location).toBe(`${base}/edit?done=saved#field-fees-0-label-th`);
    const withFee = await saveEditor({
      "fees.0.label.th": "ค่าคำขอ",
      "fees.0.label.en": "Application fee",
      "fees.0.amountSatang": "12.50",
    });
    expect(withFee.status).toBe(303);
    const { rows } = await t.db.query<{ draft: { fees: unknown[]; steps: unknown[] } }>(
      "select draft from services where id = $1",
      [SERVICE],
    );
    expect(rows[0]?.draft.fees).toEqual([
      { label: { th: "ค่าคำขอ", en: "Application fee" }, amountSatang: 1250 },
    ]);
    const editor = await browsers.admin.get(`${base}/edit`);
    expect(editor.html).toContain('value="12.50"');
    expect(editor.html).toContain("ฉบับร่างครบถ้วน พร้อมเผยแพร่");

    await saveEditor({}, "add:steps");
    await saveEditor({}, "remove:steps.3");
    const after = await t.db.query<{ draft: { steps: unknown[] } }>(
      "select draft from services where id = $1",
      [SERVICE],
    );
    expect(after.rows[0]?.draft.steps).toHaveLength(3);
  });

  it("previews what the form holds without saving it", async () => {
    const editor = await browsers.admin.get(`${base}/edit`);
    expect(editor.html).toContain(
      'data-preview-url="/console/services/disability-allowance/preview"',
    );
    expect(editor.html).toMatch(/<script src="\/assets\/service-editor\.[0-9a-f]{12}\.js"/);
    const values = withValue(
      formValues(editor.html, `${base}/edit`).filter(([name]) => name !== "_csrf"),
      "name.th",
      "ชื่อที่ยังไม่บันทึก",
    );
    const preview = await postForm("admin", `${base}/preview`, values);
    expect(preview.status).toBe(200);
    expect(preview.html).toContain("ชื่อที่ยังไม่บันทึก");
    expect(preview.html).toContain("ตัวอย่างจากฉบับร่าง ยังไม่เผยแพร่");
    // The template's application form is previewed by the form engine, pages and questions.
    expect(preview.html).toContain("ตัวอย่างแบบฟอร์มคำขอ");
    expect(preview.html).toContain('class="form-preview"');
    expect(preview.html).not.toContain("<html");
    expect((await browsers.admin.get(`${base}/edit`)).html).not.toContain("ชื่อที่ยังไม่บันทึก");

    const script = await t.app.request(
      /src="(\/assets\/service-editor\.[0-9a-f]+\.js)"/.exec(editor.html)![1]!,
    );
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
  });

  it("publishes version 1 then 2, showing the version and what changed, and keeps version 1 readable", async () => {
    const confirm = await browsers.admin.get(`${base}/publish`);
    expect(confirm.html).toContain("ฉบับร่างจะเผยแพร่เป็นฉบับที่ 1");
    expect(confirm.html).toContain("คำขอที่ยื่นหรือเริ่มไว้กับฉบับก่อนหน้าจะใช้ฉบับเดิมต่อไปจนเสร็จ");
    const first = await postForm("admin", `${base}/publish`, [["version", "1"]]);
    expect(first.location).toBe(`${base}?done=published&version=1`);
    expect(await isServiceOpenForApplications({ db: t.db, serviceId: SERVICE })).toBe(true);

    await saveEditor({ "fees.0.amountSatang": "20" });
    const second = await browsers.admin.get(`${base}/publish`);
    expect(second.html).toContain("ฉบับร่างจะเผยแพร่เป็นฉบับที่ 2");
    expect(second.html).toMatch(/ส่วนที่ต่างจากฉบับที่ 1 ที่เผยแพร่อยู่<\/h2><ul><li>ค่าธรรมเนียม<\/li><\/ul>/);
    const stale = await postForm("admin", `${base}/publish`, [["version", "1"]]);
    expect(stale.status).toBe(409);
    expect(stale.html).toContain("มีการเผยแพร่ฉบับใหม่ระหว่างนี้");
    const published = await postForm("admin", `${base}/publish`, [["version", "2"]]);
    expect(published.location).toBe(`${base}?done=published&version=2`);

    const overview = await browsers.admin.visit(published.location!);
    expect(overview.html).toContain("เผยแพร่ฉบับที่ 2 แล้ว");
    expect(overview.html).toContain(`href="/services/${SERVICE}?version=1"`);
    expect(overview.html).toContain(`href="/services/${SERVICE}?version=2"`);
    expect((await t.app.request(`/services/${SERVICE}?version=1`)).status).toBe(200);
    const current = (await (await t.app.request(`/api/v1/services/${SERVICE}`)).json()) as {
      version: number;
      definition: { fees: { amountSatang: number }[] };
    };
    expect(current.version).toBe(2);
    expect(current.definition.fees[0]?.amountSatang).toBe(2000);
    const v1 = (await (await t.app.request(`/api/v1/services/${SERVICE}?version=1`)).json()) as {
      definition: { fees: { amountSatang: number }[] };
    };
    expect(v1.definition.fees[0]?.amountSatang).toBe(1250);
  });

  it("lets an ordinary officer look but not change, and tells another agency's administrator 404", async () => {
    const list = await browsers.officer.get("/console/services");
    expect(list.status).toBe(200);
    expect(list.html).toContain(`href="${base}"`);
    expect(list.html).not.toContain('href="/console/services/new"');
    expect((await browsers.officer.get(base)).status).toBe(200);
    expect((await browsers.officer.get(`${base}/edit`)).status).toBe(403);
    expect((await postForm("officer", `${base}/edit`, [["name.th", "x"]])).status).toBe(403);
    expect((await postForm("officer", `${base}/publish`, [["version", "3"]])).status).toBe(403);
    expect((await postForm("officer", `${base}/retire`, [])).status).toBe(403);
    expect((await browsers.officer.get("/console/services/new")).status).toBe(403);

    for (const path of [base, `${base}/edit`, `${base}/publish`, `${base}/json`]) {
      expect((await browsers.outsider.get(path)).status).toBe(404);
    }
    expect((await postForm("outsider", `${base}/edit`, [["name.th", "x"]])).status).toBe(404);
    expect((await postForm("outsider", `${base}/preview`, [])).status).toBe(404);
    expect((await browsers.outsider.get("/console/services")).html).not.toContain(SERVICE);
  });

  it("retires a service with a bilingual reason, closing it, and reinstates it by publishing again", async () => {
    const missing = await postForm("admin", `${base}/retire`, [
      ["reason.th", "ย้ายไปให้บริการที่สำนักงานเขต"],
      ["reason.en", " "],
    ]);
    expect(missing.status).toBe(400);
    expect(missing.html).toContain("โปรดกรอกเหตุผล (ภาษาอังกฤษ)");
    const retired = await postForm("admin", `${base}/retire`, [
      ["reason.th", "ย้ายไปให้บริการที่สำนักงานเขต"],
      ["reason.en", "Now offered by the district office"],
    ]);
    expect(retired.location).toBe(`${base}?done=retired`);
    expect(await isServiceOpenForApplications({ db: t.db, serviceId: SERVICE })).toBe(false);

    const catalogue = (await (await t.app.request("/api/v1/services")).json()) as {
      items: { id: string }[];
    };
    expect(catalogue.items.map((item) => item.id)).not.toContain(SERVICE);
    expect(await (await t.app.request("/services")).text()).not.toContain(`/services/${SERVICE}"`);
    const page = await t.app.request(`/services/${SERVICE}`, {
      headers: { cookie: "pratu_lang=en" },
    });
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain("No longer offered");
    expect(html).toContain("Now offered by the district office");
    expect(html).toContain(`href="/agencies/${AGENCY}"`);
    expect((await t.app.request(`/services/${SERVICE}?version=2`)).status).toBe(200);
    expect((await t.app.request(`/api/v1/services/${SERVICE}`)).status).toBe(404);

    const again = await browsers.admin.get(`${base}/publish`);
    expect(again.html).toContain("บริการนี้เลิกให้บริการอยู่ การเผยแพร่จะเปิดให้บริการอีกครั้ง");
    const reinstated = await postForm("admin", `${base}/publish`, [["version", "3"]]);
    expect(reinstated.location).toBe(`${base}?done=published&version=3`);
    expect(await isServiceOpenForApplications({ db: t.db, serviceId: SERVICE })).toBe(true);
    expect((await t.app.request(`/services/${SERVICE}`)).status).toBe(200);

    expect(await auditActions()).toEqual(
      expect.arrayContaining(["service.created", "service.published", "service.retired"]),
    );
  });
});
