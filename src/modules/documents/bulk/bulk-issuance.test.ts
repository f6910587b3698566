import { createTestApp, type TestApp } from "@test/support/app";
import { agencyIdOf, createTestOfficer, officerBearerToken } from "@test/support/officers";
import { detachFile, runPdfTool } from "@test/support/pdf-tools";
import { parseXmlStrictly } from "@test/support/xml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { createApiKey } from "@/core/auth/credentials";
import { withinAgency } from "@/core/db/tenant";
import { startWorker } from "@/core/jobs";
import { seedDemo } from "@/demo/seed";

import { selectIssuedPdf } from "../repo";
import { TRANSCRIPT_NAMESPACE } from "../transcripts";
import { sampleTranscriptItems } from "../transcripts/sample-transcripts";
import { issueBatchChunk, issueDocumentBatchJob } from ".";

const BATCHES = "/api/v1/agencies/CMU/documents/batches";
const SINGLE = "/api/v1/agencies/CMU/documents";

let t: TestApp;
let universityId: string;
let key: string;
let readOnlyKey: string;
let viewerToken: string;

beforeAll(async () => {
  t = await createTestApp({ config: { security: { rateLimitPerMinute: 100_000 } } });
  await seedDemo({ db: t.db });
  universityId = await agencyIdOf(t.db, "CMU");
  ({ key } = await withinAgency(t.db, universityId, (scope) =>
    createApiKey(scope, { name: "Registrar system", scopes: ["documents:issue"], createdBy: null }),
  ));
  ({ key: readOnlyKey } = await withinAgency(t.db, universityId, (scope) =>
    createApiKey(scope, { name: "Reports", scopes: ["agency:read"], createdBy: null }),
  ));
  const viewer = await createTestOfficer({
    db: t.db,
    secrets: t.secrets,
    memberships: [{ agencyCode: "CMU", role: "viewer" }],
  });
  viewerToken = await officerBearerToken(t.db, viewer.officer.id);
});

afterAll(async () => {
  await t?.close();
});

function call(
  method: string,
  path: string,
  {
    body,
    bearer = key,
    headers = {},
  }: { body?: unknown; bearer?: string; headers?: Record<string, string> } = {},
) {
  return t.app.request(path, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Runs queued batch jobs until none is left, as a worker would. */
async function runBatchJobs(): Promise<number> {
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
  let ran = 0;
  for (let count = await worker.runOnce(); count > 0; count = await worker.runOnce()) ran += count;
  await worker.stop();
  return ran;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await t.db.query<{ count: number }>(sql, params);
  return rows[0]!.count;
}

const documentsOfBatch = (batchId: string) =>
  count("select count(*)::int as count from issued_documents where batch_id = $1", [batchId]);

describe("bulk issuance through the API", () => {
  test("refuses a batch with bad rows with 400, naming each in Thai and English, and queues nothing", async () => {
    const [good, bad] = sampleTranscriptItems(2);
    const response = await call("POST", BATCHES, {
      body: {
        documentType: "transcript",
        items: [
          good,
          {
            ...bad,
            holder: { nationalId: "1234567890123", name: bad!.holder.name },
            data: { ...bad!.data, graduationDate: "2023-02-30", shoeSize: "42" },
            courses: [{ ...bad!.courses[0]!, grade: "A+" }],
          },
          { holder: { name: 7 }, data: {} },
        ],
      },
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as {
      errors: { field: string; code: string; messages: { th: string; en: string } }[];
    };
    expect(problem.errors.map((error) => error.field)).toEqual(["items.2.holder.name"]);
    expect(problem.errors[0]!.messages.th).toBe("ต้องเป็นข้อความ");

    const semantic = await call("POST", BATCHES, {
      body: {
        documentType: "transcript",
        items: [
          good,
          {
            ...bad,
            holder: { nationalId: "1234567890123", name: bad!.holder.name },
            data: { ...bad!.data, graduationDate: "2023-02-30", shoeSize: "42" },
            courses: [{ ...bad!.courses[0]!, grade: "A+" }],
          },
        ],
      },
    });
    expect(semantic.status).toBe(400);
    const errors = (
      (await semantic.json()) as {
        errors: { field: string; messages: { th: string; en: string } }[];
      }
    ).errors;
    expect(errors.map((error) => error.field)).toEqual([
      "items.1.holder.nationalId",
      "items.1.data.shoeSize",
      "items.1.data.graduationDate",
      "items.1.courses.0.grade",
    ]);
    for (const error of errors) {
      expect(error.messages.th).toMatch(/[ก-๙]/);
      expect(error.messages.en).toMatch(/[a-z]/);
    }
    expect(await count("select count(*)::int as count from document_batches", [])).toBe(0);
    expect(
      await count(
        "select count(*)::int as count from jobs where kind = 'document_batch.issue'",
        [],
      ),
    ).toBe(0);
  });

  test("issues a batch of 30 in the worker; running its jobs again issues nothing twice", async () => {
    const items = sampleTranscriptItems(30);
    const response = await call("POST", BATCHES, {
      body: { documentType: "transcript", items },
      headers: { "idempotency-key": "graduation-2566" },
    });
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as {
      id: string;
      status: string;
      statusUrl: string;
      total: number;
    };
    expect(accepted).toMatchObject({ status: "queued", total: 30 });
    expect(accepted.statusUrl).toBe(`http://localhost${BATCHES}/${accepted.id}`);
    expect(response.headers.get("location")).toBe(accepted.statusUrl);

    // The same request again (a client's retry) is the same batch.
    const again = await call("POST", BATCHES, {
      body: { documentType: "transcript", items },
      headers: { "idempotency-key": "graduation-2566" },
    });
    expect(((await again.json()) as { id: string }).id).toBe(accepted.id);

    await runBatchJobs();
    const progress = await call("GET", `${BATCHES}/${accepted.id}`);
    expect(progress.status).toBe(200);
    expect(await progress.json()).toMatchObject({
      id: accepted.id,
      documentType: "transcript",
      status: "done",
      total: 30,
      issued: 30,
      failed: 0,
      pending: 0,
      errors: [],
    });
    expect(await documentsOfBatch(accepted.id)).toBe(30);
    const holders = await count(
      "select count(distinct holder_national_id_hash)::int as count from issued_documents where batch_id = $1",
      [accepted.id],
    );
    expect(holders).toBe(30);
    // Once issued, a holder's national ID is no longer kept with the row.
    expect(
      await count(
        "select count(*)::int as count from document_batch_items where batch_id = $1 and national_id_sealed is not null",
        [accepted.id],
      ),
    ).toBe(0);

    // A worker that died after issuing a row but before recording it: the row is pending again.
    const { rows } = await t.db.query<{ document_id: string }>(
      "select document_id from document_batch_items where batch_id = $1 and position = 7",
      [accepted.id],
    );
    await withinAgency(t.db, universityId, async (scope) => {
      await scope.tx.query(
        `update document_batch_items set status = 'pending', document_id = null,
                national_id_sealed = $2
          where batch_id = $1 and position = 7`,
        [accepted.id, t.secrets.seal(items[7]!.holder.nationalId)],
      );
      await scope.tx.query(
        "update document_batches set issued = issued - 1, status = 'running' where id = $1",
        [accepted.id],
      );
    });
    await issueBatchChunk({
      db: t.db,
      secrets: t.secrets,
      config: t.config,
      logger: t.logger,
      agencyId: universityId,
      batchId: accepted.id,
      from: 0,
      to: 30,
      isLastAttempt: false,
    });
    expect(await documentsOfBatch(accepted.id)).toBe(30);
    const { rows: after } = await t.db.query<{ document_id: string; status: string }>(
      "select document_id, status from document_batch_items where batch_id = $1 and position = 7",
      [accepted.id],
    );
    expect(after[0]).toEqual({ document_id: rows[0]!.document_id, status: "issued" });
    expect(await (await call("GET", `${BATCHES}/${accepted.id}`)).json()).toMatchObject({
      status: "done",
      issued: 30,
    });

    // Every job queued again, as after a lost lease: nothing more is issued.
    await t.db.query(
      "update jobs set status = 'queued', run_at = now() where kind = 'document_batch.issue'",
    );
    await runBatchJobs();
    const { rows: jobs } = await t.db.query<{ status: string }>(
      "select status from jobs where kind = 'document_batch.issue'",
    );
    expect(jobs).toEqual([{ status: "done" }]);
    expect(await documentsOfBatch(accepted.id)).toBe(30);
    expect(
      await count("select count(*)::int as count from issued_documents where agency_id = $1", [
        universityId,
      ]),
    ).toBe(30);
  });

  test("carries each transcript's courses as XML in a PDF that pdfsig calls valid", async () => {
    const { rows } = await t.db.query<{ id: string; data: Record<string, string> }>(
      "select id, data from issued_documents where agency_id = $1 order by issued_at limit 1",
      [universityId],
    );
    const pdf = (await selectIssuedPdf(t.db, rows[0]!.id))!;
    const listing = runPdfTool("pdfdetach", pdf, ["-list"]);
    expect(listing).toMatch(/2 embedded files/);
    expect(listing).toContain("transcript.xml");
    expect(listing).toContain("credential.json");
    const names = listing.split("\n").filter((line) => /^\d+: /.test(line));
    const xmlIndex = names.findIndex((line) => line.includes("transcript.xml")) + 1;
    const xml = parseXmlStrictly(new TextDecoder().decode(detachFile(pdf, xmlIndex)));
    expect(xml.uri).toBe(TRANSCRIPT_NAMESPACE);
    const student = xml.children.find((child) => child.local === "Student")!;
    expect(student.children.find((child) => child.local === "ID")!.text).toBe(
      rows[0]!.data.studentId,
    );
    const sessions = xml.children.filter((child) => child.local === "AcademicSession");
    expect(
      sessions.flatMap((session) => session.children.filter((c) => c.local === "Course")),
    ).toHaveLength(6);

    const signature = runPdfTool("pdfsig", pdf);
    expect(signature).toContain("Signature Validation: Signature is Valid.");
    expect(signature).toContain("Total document signed");
  });

  test("a row whose key already named another document fails alone; the others are issued", async () => {
    const [first, second, third] = sampleTranscriptItems(3, { offset: 100 });
    const single = await call("POST", SINGLE, {
      body: { documentType: "transcript", ...first },
      headers: { "idempotency-key": "student-100" },
    });
    expect(single.status).toBe(201);
    const response = await call("POST", BATCHES, {
      body: {
        documentType: "transcript",
        items: [second, { ...third, idempotencyKey: "student-100" }, first],
      },
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await runBatchJobs();
    const progress = (await (await call("GET", `${BATCHES}/${id}`)).json()) as {
      status: string;
      issued: number;
      failed: number;
      errors: { row: number; field: string; code: string; messages: { th: string; en: string } }[];
    };
    expect(progress).toMatchObject({ status: "done", issued: 2, failed: 1 });
    expect(progress.errors).toEqual([
      {
        row: 1,
        field: "idempotencyKey",
        code: "key_reused",
        messages: {
          th: expect.stringContaining("คีย์นี้เคยใช้") as string,
          en: expect.stringContaining("used before") as string,
        },
      },
    ]);
    expect(await documentsOfBatch(id)).toBe(2);
  });

  test("issues one document at once, idempotently, and refuses the key for other data", async () => {
    const [item] = sampleTranscriptItems(1, { offset: 200 });
    const first = await call("POST", SINGLE, {
      body: { documentType: "transcript", ...item },
      headers: { "idempotency-key": "single-200" },
    });
    expect(first.status).toBe(201);
    const issued = (await first.json()) as {
      id: string;
      number: string;
      verifyUrl: string;
      links: { verify: string };
      credential: { type: string[] };
    };
    expect(issued.number).toMatch(/^CMU-DOC-\d{4}-\d{6}$/);
    expect(issued.verifyUrl).toMatch(/^http:\/\/localhost\/v\/[0-9A-Z]{10}$/);
    expect(issued.links.verify).toBe(issued.verifyUrl);
    expect(issued.credential.type).toContain("TranscriptCredential");

    const repeated = await call("POST", SINGLE, {
      body: { documentType: "transcript", ...item },
      headers: { "idempotency-key": "single-200" },
    });
    expect(repeated.status).toBe(200);
    expect(((await repeated.json()) as { id: string }).id).toBe(issued.id);

    const changed = await call("POST", SINGLE, {
      body: { documentType: "transcript", ...item, holder: { ...item!.holder, name: "คนอื่น" } },
      headers: { "idempotency-key": "single-200" },
    });
    expect(changed.status).toBe(409);

    const withoutKey = await call("POST", SINGLE, {
      body: { documentType: "transcript", ...item },
    });
    expect(withoutKey.status).toBe(400);
    const unknownType = await call("POST", SINGLE, {
      body: { documentType: "diploma", ...item },
      headers: { "idempotency-key": "single-201" },
    });
    expect(unknownType.status).toBe(400);
    expect(await unknownType.json()).toMatchObject({
      errors: [{ field: "documentType", code: "unknown_document_type" }],
    });
  });

  test("lets a viewer follow batches but not start one, and a key without documents:issue do neither", async () => {
    const [item] = sampleTranscriptItems(1, { offset: 300 });
    const body = { documentType: "transcript", items: [item] };
    expect((await call("POST", BATCHES, { body, bearer: viewerToken })).status).toBe(403);
    expect((await call("GET", BATCHES, { bearer: viewerToken })).status).toBe(200);
    expect((await call("POST", BATCHES, { body, bearer: readOnlyKey })).status).toBe(403);
    expect((await call("GET", BATCHES, { bearer: readOnlyKey })).status).toBe(403);
    expect(
      (
        await call("POST", SINGLE, {
          body: { documentType: "transcript", ...item },
          bearer: viewerToken,
          headers: { "idempotency-key": "v-1" },
        })
      ).status,
    ).toBe(403);
    const spec = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/agencies/{code}/documents",
        "/api/v1/agencies/{code}/documents/batches",
        "/api/v1/agencies/{code}/documents/batches/{batchId}",
      ]),
    );
    const listed = (await (await call("GET", BATCHES)).json()) as { items: { total: number }[] };
    expect(listed.items.length).toBeGreaterThanOrEqual(2);
  });
});
