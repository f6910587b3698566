import { createTestApp, type TestApp } from "@test/support/app";
import { citizenBrowser, createTestCitizen } from "@test/support/citizens";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoCitizens } from "./citizens";
import { seedDemo } from "./seed";
import { seedDemoTranscripts } from "./transcripts";

describe("demo transcripts", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db, secrets: t.secrets });
  });
  afterAll(async () => t.close());

  const universityDocuments = async () => {
    const { rows } = await t.db.query<{ holder_name: string; batch_id: string | null }>(
      `select holder_name, batch_id from issued_documents
        where agency_id = (select id from agencies where code = 'CMU') order by holder_name`,
    );
    return rows;
  };

  it("issues a few graduates' transcripts once, in one batch of the registrar", async () => {
    await seedDemoTranscripts({ db: t.db, secrets: t.secrets, config: t.config });
    const issued = await universityDocuments();
    expect(issued.map((row) => row.holder_name)).toEqual([
      "Mr Hiroshi Tanaka",
      "นางสาวนภัสสร วงศ์ทอง",
      "นายสมชาย ใจดี",
    ]);
    expect(new Set(issued.map((row) => row.batch_id)).size).toBe(1);
    await seedDemoTranscripts({ db: t.db, secrets: t.secrets, config: t.config });
    expect(await universityDocuments()).toEqual(issued);
    const { rows } = await t.db.query<{ status: string; issued: number }>(
      "select status, issued from document_batches",
    );
    expect(rows).toEqual([{ status: "done", issued: 3 }]);
  });

  it("shows a graduate their transcript under my documents once they sign in", async () => {
    const graduate = await createTestCitizen({
      db: t.db,
      secrets: t.secrets,
      nationalId: demoCitizens[1]!.citizenId,
    });
    const browser = await citizenBrowser(t, graduate);
    const page = await browser.get("/me/documents");
    expect(page.status).toBe(200);
    expect(page.html).toContain("ใบแสดงผลการศึกษา");
    expect(page.html).toContain("มหาวิทยาลัยเชียงใหม่");
    const other = await createTestCitizen({ db: t.db, secrets: t.secrets });
    expect((await (await citizenBrowser(t, other)).get("/me/documents")).html).not.toContain(
      "ใบแสดงผลการศึกษา",
    );
  });
});
