import { readFileSync } from "node:fs";

import { createTestApp, type TestApp } from "@test/support/app";
import { type BrowserSession, decodeEntities, findForm } from "@test/support/browser-session";
import { signInOfficersByRole, type TestOfficer } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { seedDemo } from "@/demo/seed";
import { selectAgencyByCode } from "@/modules/agencies";

const SAMPLE = readFileSync(
  new URL("../../../../docs/examples/agencies-import-sample.csv", import.meta.url),
);
const PAGE = "/console/operator/import";

let t: TestApp;
let browsers: Record<"admin" | "reviewer" | "outsider", BrowserSession>;
let officers: Record<"admin" | "reviewer" | "outsider", TestOfficer>;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo({ db: t.db });
  ({ browsers, officers } = await signInOfficersByRole(t, {
    admin: { agencyCode: "DGA", role: "admin" },
    reviewer: { agencyCode: "DGA", role: "officer" },
    outsider: { agencyCode: "DBD", role: "admin" },
  }));
});

afterAll(async () => {
  await t?.close();
});

async function upload(browser: BrowserSession, name: string, content: Buffer | string) {
  const form = new FormData();
  form.set("_csrf", await browser.csrfToken());
  form.set(
    "file",
    new File([typeof content === "string" ? content : new Uint8Array(content)], name, {
      type: "text/csv",
    }),
  );
  const response = await browser.request(PAGE, { method: "POST", body: form });
  return { status: response.status, html: decodeEntities(await response.text()) };
}

describe("the operator's import page", () => {
  test("checks an uploaded file, shows what would change, then imports it once", async () => {
    const page = await browsers.admin.get(PAGE);
    expect(page.status).toBe(200);
    expect(page.html).toContain('enctype="multipart/form-data"');
    expect(page.html).toContain("agency_code");

    const checked = await upload(browsers.admin, "sample.csv", SAMPLE);
    expect(checked.status).toBe(200);
    expect(checked.html).toContain("หน่วยงาน: จะสร้างใหม่ 4 · จะปรับปรุง 0 · ไม่เปลี่ยนแปลง 1");
    expect(checked.html).toContain("ช่องทาง: จะสร้างใหม่ 9");
    expect(await selectAgencyByCode(t.db, "MOPH")).toBeNull();

    const action = /action="(\/console\/operator\/import\/[0-9a-f-]{36})"/.exec(checked.html)?.[1];
    expect(action).toBeDefined();
    expect(findForm(checked.html, action!)).not.toBeNull();
    const imported = await browsers.admin.post(action!, {});
    expect(imported.status).toBe(200);
    expect(imported.html).toContain("นำเข้าเรียบร้อย");
    expect(await selectAgencyByCode(t.db, "MOPH")).toMatchObject({ kind: "ministry" });
    const { rows } = await t.db.query<{ actor_id: string; action: string }>(
      "select actor_id, action from audit_log where action = 'channel_register.imported'",
    );
    expect(rows).toEqual([
      { actor_id: officers.admin.officer.id, action: "channel_register.imported" },
    ]);

    expect((await browsers.admin.post(action!, {})).status).toBe(404);
    const again = await upload(browsers.admin, "sample.csv", SAMPLE);
    expect(again.html).toContain("ไม่เปลี่ยนแปลง 9");
    expect(again.html).not.toMatch(/action="\/console\/operator\/import\/[0-9a-f-]{36}"/);
  });

  test("lists the problems of a bad file by line, and offers no import", async () => {
    const bad = await upload(
      browsers.admin,
      "bad.csv",
      "agency_code,agency_kind,name_th,name_en,channel_kind,channel_value\nX1,department,ก,A,phone,12\n",
    );
    expect(bad.status).toBe(400);
    expect(bad.html).toContain("แถวที่ 2, คอลัมน์ channel_value: “12” ไม่ใช่โทรศัพท์ที่ถูกต้อง");
    expect(bad.html).not.toContain("/console/operator/import/");
    expect(bad.html).not.toMatch(/action="\/console\/operator\/import\/[0-9a-f-]{36}"/);
    const none = await browsers.admin.post(PAGE, {});
    expect(none.status).toBe(400);
    expect(none.html).toContain("กรุณาเลือกไฟล์ CSV");
  });

  test("is for the operator's administrators: 403 to its other officers, 404 to other agencies", async () => {
    expect((await browsers.reviewer.get(PAGE)).status).toBe(403);
    expect((await browsers.outsider.get(PAGE)).status).toBe(404);
    const checked = await upload(browsers.admin, "sample.csv", SAMPLE);
    expect(checked.status).toBe(200);
    const missing = await browsers.admin.post(`${PAGE}/00000000-0000-7000-8000-000000000000`, {});
    expect(missing.status).toBe(404);
  });
});
