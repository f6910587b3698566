import { createTestApp, type TestApp } from "@test/support/app";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { withinAgency } from "@/core/db/tenant";
import { seedDemo } from "@/demo/seed";
import { selectAgencyByCode } from "@/modules/agencies";

import { listAgencyChannels, listChannelEvents, listVerifiedChannels, upsertChannel } from "./repo";

const SCAM_SMS =
  "กรมสรรพากร: ท่านได้รับเงินคืนภาษี 3,250 บาท กรุณายืนยันตัวตนที่ https://rd-go-th.com/refund ภายใน 24 ชม.";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo({ db: t.db });
});

afterAll(async () => {
  await t?.close();
});

function postJson(path: string, body: unknown) {
  return t.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("POST /api/v1/channels/check", () => {
  test("calls the demo scam SMS a look-alike of rd.go.th with overall danger", async () => {
    const response = await postJson("/api/v1/channels/check", { text: SCAM_SMS });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      overall: string;
      items: { explanation: { th: string } }[];
    };
    expect(body.items[0]!.explanation.th).toContain("www.rd.go.th");
    expect(body).toMatchObject({
      overall: "danger",
      items: [
        {
          type: "link",
          verdict: "lookalike",
          channel: { kind: "website", value: "www.rd.go.th" },
          agency: { code: "RD", nameTh: "กรมสรรพากร" },
        },
      ],
    });
  });

  test("recognises listed items and names the agency", async () => {
    const response = await postJson("/api/v1/channels/check", {
      items: ["https://efiling.rd.go.th", "1548", "@rdthai1and", "google.com"],
    });
    const body = (await response.json()) as { items: { verdict: string; agency: unknown }[] };
    expect(body.items.map((item) => item.verdict)).toEqual([
      "official",
      "official",
      "lookalike",
      "unknown",
    ]);
    expect(body.items[1]!.agency).toMatchObject({ code: "DOPA" });
  });

  test("answers 400 in Thai and English to empty text", async () => {
    const response = await postJson("/api/v1/channels/check", { text: "   " });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("กรุณา");
  });

  test("answers 400 in Thai and English to text over 5,000 characters, and logs none of it", async () => {
    const response = await postJson("/api/v1/channels/check", {
      text: `${"ก".repeat(5_000)} secret-marker.example`,
    });
    expect(response.status).toBe(400);
    const detail = await response.text();
    expect(detail).toContain("5,000");
    expect(detail).toContain("ตัวอักษร");
    expect(JSON.stringify(t.logLines)).not.toContain("secret-marker");
  });
});

describe("the check page", () => {
  test("works as a plain form and shows the real channel, keeping nothing in the log", async () => {
    const page = await t.app.request("/check");
    expect(page.status).toBe(200);
    const cookie = page.headers.get("set-cookie")!.split(";")[0]!;
    const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const response = await t.app.request("/check", {
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        origin: "http://localhost",
      },
      body: new URLSearchParams({ _csrf: token, text: SCAM_SMS }).toString(),
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("เลียนแบบช่องทางทางการ");
    expect(html).toContain("www.rd.go.th");
    expect(html).toContain("อันตราย");
    expect(JSON.stringify(t.logLines)).not.toContain("rd-go-th");
  });
});

describe("the public register", () => {
  test("lists an agency's verified channels as a page and as JSON", async () => {
    const page = await t.app.request("/agencies/RD/channels");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("@rdthailand");
    const json = await t.app.request("/api/v1/agencies/RD/channels");
    const body = (await json.json()) as { items: { kind: string; value: string }[] };
    expect(body.items).toContainEqual(expect.objectContaining({ kind: "phone", value: "1161" }));
    expect((await t.app.request("/api/v1/agencies/NOPE/channels")).status).toBe(404);
  });

  test("refuses to verify one domain for a second agency", async () => {
    const dopa = (await selectAgencyByCode(t.db, "DOPA"))!;
    const claim = withinAgency(t.db, dopa.id, (scope) =>
      upsertChannel(scope, {
        id: "0193a000-0000-7000-8000-000000000001",
        kind: "website",
        value: "www.rd.go.th",
        displayValue: "www.rd.go.th",
        status: "verified",
        lastVerifiedAt: new Date(),
      }),
    );
    await expect(claim).rejects.toThrow();
    expect((await listAgencyChannels(t.db, dopa.id)).map((c) => c.value)).not.toContain(
      "www.rd.go.th",
    );
  });

  test("keeps a history of each change and writes nothing when nothing changed", async () => {
    const dbd = (await selectAgencyByCode(t.db, "DBD"))!;
    const channel = {
      id: "0193a000-0000-7000-8000-000000000002",
      kind: "website" as const,
      value: "datawarehouse.dbd.go.th",
      displayValue: "datawarehouse.dbd.go.th",
      status: "pending" as const,
      lastVerifiedAt: null,
    };
    const history = await withinAgency(t.db, dbd.id, async (scope) => {
      const first = await upsertChannel(scope, channel, { actor: "officer:test" });
      const again = await upsertChannel(scope, { ...channel, id: "ignored" });
      const owned = await upsertChannel(scope, { ...channel, owner: "กองทะเบียน" });
      expect([first.change, again.change, owned.change]).toEqual([
        "created",
        "unchanged",
        "updated",
      ]);
      expect(again.id).toBe(first.id);
      return listChannelEvents(scope, first.id);
    });
    expect(history.map((entry) => [entry.event, entry.actor])).toEqual([
      ["registered", "officer:test"],
      ["updated", "system"],
    ]);
  });

  test("seeding again adds no second copy of a channel", async () => {
    const before = (await listVerifiedChannels(t.db)).length;
    await seedDemo({ db: t.db });
    expect((await listVerifiedChannels(t.db)).length).toBe(before);
    expect(before).toBeGreaterThan(40);
  });
});
