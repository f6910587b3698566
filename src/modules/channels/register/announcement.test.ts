import { createTestApp, type TestApp } from "@test/support/app";
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { verifyCompactJws } from "@/core/crypto/jws";
import { seedDemo } from "@/demo/seed";

import { ANNOUNCEMENT_JWS_TYPE, type AnnouncementPayload } from "./announcement";
import { registerStylesheetPath } from "./views/search-page";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo({ db: t.db });
});

afterAll(async () => {
  await t?.close();
});

describe("the section 10 announcement page", () => {
  test("reads as a Thai notice: title, subject, channels by kind, Buddhist Era date", async () => {
    const response = await t.app.request("/agencies/rd/announcement");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(
      '<h1 class="announcement__title" id="announcement-title">ประกาศกรมสรรพากร</h1>',
    );
    expect(html).toContain("เรื่อง ช่องทางอิเล็กทรอนิกส์สำหรับการติดต่อกับกรมสรรพากร");
    expect(html).toContain("มาตรา 10 แห่งพระราชบัญญัติการปฏิบัติราชการทางอิเล็กทรอนิกส์ พ.ศ. 2565");
    expect(html).toMatch(/ประกาศ ณ วันที่ \d{1,2} \S+ พ\.ศ\. 25\d\d/);
    const kinds = [...html.matchAll(/<li>([^<]+)<ul>/g)].map((match) => match[1]);
    expect(kinds).toEqual([
      "โดเมนอีเมล",
      "เว็บไซต์",
      "บริการอิเล็กทรอนิกส์",
      "ไลน์ทางการ",
      "เฟซบุ๊ก",
      "โทรศัพท์",
      "ชื่อผู้ส่ง SMS",
      "แอปพลิเคชัน",
    ]);
    expect(html).toContain('<li translate="no">@rdthailand</li>');
    expect(html).toContain('href="/agencies/RD/announcement.jws"');
    expect(html).toContain(`href="${registerStylesheetPath}"`);
    const css = await (await t.app.request(registerStylesheetPath)).text();
    expect(css).toContain("@media print");
    expect(css).toMatch(/\.site-header,[\s\S]*display: none/);
  });

  test("is in English when asked, and says so when an agency has no verified channel", async () => {
    const english = await (
      await t.app.request("/agencies/DBD/announcement", { headers: { cookie: "pratu_lang=en" } })
    ).text();
    expect(english).toContain(
      "Subject: the electronic channels for contacting the Department of Business Development",
    );
    expect(english).toMatch(/Announced on \d{1,2} \w+ 20\d\d/);
    const none = await (await t.app.request("/agencies/CHIANGMAI-MUEANG/announcement")).text();
    expect(none).toContain("ยังไม่มีช่องทางอิเล็กทรอนิกส์ที่ได้รับการตรวจสอบในทะเบียน");
    expect((await t.app.request("/agencies/NOPE/announcement")).status).toBe(404);
    expect((await t.app.request("/agencies/NOPE/announcement.jws")).status).toBe(404);
  });

  test("is linked from the agency's channel register page", async () => {
    const html = await (await t.app.request("/agencies/RD/channels")).text();
    expect(html).toContain('href="/agencies/RD/announcement"');
  });
});

describe("the signed announcement", () => {
  test("verifies against the keys the agency publishes and carries its verified channels", async () => {
    const response = await t.app.request("/agencies/RD/announcement.jws");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/jose");
    const jws = await response.text();
    const header = decodeProtectedHeader(jws);
    expect(header).toMatchObject({ alg: "ES256", typ: ANNOUNCEMENT_JWS_TYPE });

    const keys = (await (await t.app.request("/api/v1/agencies/RD/signing-keys")).json()) as {
      keys: JWK[];
    };
    const key = keys.keys.find((candidate) => candidate.kid === header.kid);
    expect(key).toBeDefined();
    const { payload } = await compactVerify(jws, await importJWK(key!, "ES256"));
    const announcement = JSON.parse(new TextDecoder().decode(payload)) as AnnouncementPayload;
    expect(announcement.agency).toEqual({
      code: "RD",
      nameTh: "กรมสรรพากร",
      nameEn: "The Revenue Department",
    });
    const listed = (await (await t.app.request("/api/v1/agencies/RD/channels")).json()) as {
      items: { kind: string; value: string }[];
    };
    expect(
      announcement.channels.map((channel) => `${channel.kind}:${channel.value}`).sort(),
    ).toEqual(listed.items.map((channel) => `${channel.kind}:${channel.value}`).sort());
    expect(await verifyCompactJws({ db: t.db, jws, type: ANNOUNCEMENT_JWS_TYPE })).toMatchObject({
      isValid: true,
    });

    // Another agency's key does not verify it, and neither does a changed payload.
    await t.app.request("/agencies/DOPA/announcement.jws");
    const dopa = (await (await t.app.request("/api/v1/agencies/DOPA/signing-keys")).json()) as {
      keys: JWK[];
    };
    await expect(compactVerify(jws, await importJWK(dopa.keys[0]!, "ES256"))).rejects.toThrow();
    const [head, body, signature] = jws.split(".");
    const forgedBody = Buffer.from(
      JSON.stringify({
        ...announcement,
        channels: [{ kind: "website", value: "www.rd-refund.com" }],
      }),
    ).toString("base64url");
    expect(body).not.toBe(forgedBody);
    expect(
      await verifyCompactJws({
        db: t.db,
        jws: `${head}.${forgedBody}.${signature}`,
        type: ANNOUNCEMENT_JWS_TYPE,
      }),
    ).toEqual({ isValid: false, reason: "bad_signature" });
  });
});
