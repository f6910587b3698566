import { readFileSync } from "node:fs";

import { createTestApp, type TestApp } from "@test/support/app";
import { type BrowserSession, decodeEntities } from "@test/support/browser-session";
import { signInOfficersByRole, type TestOfficer } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { startWorker } from "@/core/jobs";
import { seedDemo } from "@/demo/seed";

import { issueDocumentBatchJob } from ".";

const SAMPLE = readFileSync(
  new URL("../../../../docs/examples/transcripts-sample.csv", import.meta.url),
);
const BATCHES = "/console/documents/batches";

let t: TestApp;
let browsers: Record<"admin" | "viewer" | "outsider", BrowserSession>;
let officers: Record<"admin" | "viewer" | "outsider", TestOfficer>;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo({ db: t.db });
  ({ browsers, officers } = await signInOfficersByRole(t, {
    admin: { agencyCode: "CMU", role: "admin" },
    viewer: { agencyCode: "CMU", role: "viewer" },
    outsider: { agencyCode: "DBD", role: "admin" },
  }));
});

afterAll(async () => {
  await t?.close();
});

async function upload(
  browser: BrowserSession,
  file: { name: string; content: Uint8Array | string } | null,
  { documentType = "transcript", csrf = true }: { documentType?: string; csrf?: boolean } = {},
) {
  const form = new FormData();
  if (csrf) form.set("_csrf", await browser.csrfToken());
  form.set("documentType", documentType);
  if (file)
    form.set(
      "file",
      new File(
        [typeof file.content === "string" ? file.content : new Uint8Array(file.content)],
        file.name,
        { type: "text/csv" },
      ),
    );
  const response = await browser.request(BATCHES, { method: "POST", body: form });
  return {
    status: response.status,
    location: response.headers.get("location"),
    html: decodeEntities(await response.text()),
  };
}

async function runBatchJobs(): Promise<void> {
  const worker = startWorker({
    db: t.db,
    logger: t.logger,
    config: t.config,
    secrets: t.secrets,
    workerId: "test",
    poll: false,
    concurrency: 1,
    handlers: [issueDocumentBatchJob],
  });
  while ((await worker.runOnce()) > 0);
  await worker.stop();
}

describe("bulk issuance in the console", () => {
  test("an administrator uploads the sample CSV and follows its progress to the end", async () => {
    const list = await browsers.admin.get(BATCHES);
    expect(list.status).toBe(200);
    expect(list.html).toContain(`href="${BATCHES}/new"`);
    expect(list.html).toContain(`<a href="${BATCHES}" aria-current="page">ออกเอกสารเป็นชุด</a>`);

    const form = await browsers.admin.get(`${BATCHES}/new`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('enctype="multipart/form-data"');
    expect(form.html).toContain(`${BATCHES}/templates/transcript`);
    expect(form.html).toContain("academicYear");

    const template = await browsers.admin.request(`${BATCHES}/templates/transcript`);
    expect(template.headers.get("content-type")).toContain("text/csv");
    const header = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      await template.arrayBuffer(),
    );
    expect(header.startsWith("\uFEFFnationalId,name,studentId,")).toBe(true);
    expect(header.trim().endsWith("courseNameEn,credits,grade")).toBe(true);

    const uploaded = await upload(browsers.admin, { name: "graduates.csv", content: SAMPLE });
    expect(uploaded.status).toBe(303);
    const batchPath = uploaded.location!;
    expect(batchPath).toMatch(new RegExp(`^${BATCHES}/[0-9a-f-]{36}$`));

    const queued = await browsers.admin.get(batchPath);
    expect(queued.status).toBe(200);
    const queuedHtml = decodeEntities(queued.html);
    expect(queuedHtml).toContain('<meta http-equiv="refresh" content="5"/>');
    expect(queuedHtml).toContain("ออกแล้ว 0 · ไม่สำเร็จ 0 · จากทั้งหมด 3");
    expect(queuedHtml).toContain("ไฟล์ graduates.csv");
    const stopped = await browsers.admin.get(`${batchPath}?refresh=off`);
    expect(stopped.html).not.toContain('http-equiv="refresh"');

    await runBatchJobs();
    const done = decodeEntities((await browsers.admin.get(batchPath)).html);
    expect(done).toContain("ออกแล้ว 3 · ไม่สำเร็จ 0 · จากทั้งหมด 3");
    expect(done).toContain("ออกเอกสารครบทุกฉบับแล้ว");
    expect(done).not.toContain('http-equiv="refresh"');

    const batchId = batchPath.split("/").at(-1)!;
    const { rows } = await t.db.query<{ holder_name: string; data: Record<string, string> }>(
      "select holder_name, data from issued_documents where batch_id = $1 order by holder_name",
      [batchId],
    );
    expect(rows.map((row) => [row.holder_name, row.data.gpa])).toEqual([
      ["นางสาวพิมพ์ชนก อินทร์แก้ว", "3.91"],
      ["นายกิตติพัฒน์ ศรีวงศ์", "3.35"],
      ["นายธนวัฒน์ คำมูล", "2.90"],
    ]);
    const { rows: audit } = await t.db.query<{ actor_id: string }>(
      "select actor_id from audit_log where action = 'document_batch.created' and target_id = $1",
      [batchId],
    );
    expect(audit).toEqual([{ actor_id: officers.admin.officer.id }]);

    const listed = decodeEntities((await browsers.admin.get(BATCHES)).html);
    expect(listed).toContain(batchPath);
    expect(listed).toContain("ไฟล์ graduates.csv");
  });

  test("lists every problem of a bad file by line and column, and issues nothing", async () => {
    // No byte-order mark this time; Thai still reads, and one student's rows disagree.
    const sample = new TextDecoder().decode(SAMPLE).replace(/^\uFEFF/, "");
    const lines = sample.trimEnd().split("\r\n");
    lines[2] = lines[2]!.replace(/,B\+$/, ",A+");
    lines[3] = lines[3]!.replace(/^,,620610101,,/, ",ชื่ออื่น,620610101,,");
    lines[9] = lines[9]!.replace(",3.91,", ",3.99,");
    const before = await t.db.query("select id from document_batches");
    const bad = await upload(browsers.admin, { name: "bad.csv", content: lines.join("\n") });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain("พบปัญหา 3 รายการ ยังไม่ได้ออกเอกสารใด ๆ");
    expect(bad.html).toContain("แถวที่ 3, คอลัมน์ grade: ผลการเรียนต้องเป็นหนึ่งใน");
    expect(bad.html).toContain("แถวที่ 4, คอลัมน์ name: ข้อมูลนักศึกษาไม่ตรงกับแถวที่ 2");
    expect(bad.html).toContain("แถวที่ 10, คอลัมน์ gpa: คะแนนเฉลี่ยสะสม 3.99 ไม่ตรงกับรายวิชา");

    const header = await upload(browsers.admin, {
      name: "header.csv",
      content: "nationalId,name,shoeSize\n1509900123453,ก,42\n",
    });
    expect(header.status).toBe(400);
    expect(header.html).toContain("แถวที่ 1, คอลัมน์ shoeSize: ไม่รู้จักคอลัมน์ “shoeSize”");
    expect(header.html).toContain("ไม่มีคอลัมน์ “studentId” ซึ่งจำเป็น");

    const notUtf8 = await upload(browsers.admin, {
      name: "tis620.csv",
      content: new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xa1, 0xb2, 0x0a]),
    });
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.html).toContain("ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8");
    expect((await upload(browsers.admin, null)).html).toContain("กรุณาเลือกไฟล์ CSV");
    expect((await t.db.query("select id from document_batches")).rows).toEqual(before.rows);
  });

  test("members read, only administrators upload, and a form without its token is refused", async () => {
    const list = await browsers.viewer.get(BATCHES);
    expect(list.status).toBe(200);
    expect(list.html).not.toContain(`href="${BATCHES}/new"`);
    expect((await browsers.viewer.get(`${BATCHES}/new`)).status).toBe(403);
    expect((await upload(browsers.viewer, { name: "x.csv", content: SAMPLE })).status).toBe(403);
    expect(
      (await upload(browsers.admin, { name: "x.csv", content: SAMPLE }, { csrf: false })).status,
    ).toBe(403);
  });

  test("to an officer of another agency, a batch and a template do not exist", async () => {
    const { rows } = await t.db.query<{ id: string }>("select id from document_batches limit 1");
    expect((await browsers.outsider.get(`${BATCHES}/${rows[0]!.id}`)).status).toBe(404);
    expect((await browsers.outsider.get(`${BATCHES}/templates/transcript`)).status).toBe(404);
    const own = await browsers.outsider.get(BATCHES);
    expect(own.status).toBe(200);
    expect(own.html).not.toContain(rows[0]!.id);
  });
});
