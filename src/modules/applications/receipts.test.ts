import { createTestApp, type TestApp } from "@test/support/app";
import { createTestCitizen } from "@test/support/citizens";
import { publishTestService, validTestAnswers } from "@test/support/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signCompactJws } from "@/core/crypto/jws";
import { agencySigner, rotateAgencySigningKey } from "@/core/crypto/signing-keys";
import { seedDemo } from "@/demo/seed";
import { selectAgencyByCode } from "@/modules/agencies";

import { verifyReceipt } from "./receipts";
import { submitApplication } from "./submit-application";

describe("acknowledgment receipts", () => {
  let t: TestApp;
  let jws: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo({ db: t.db });
    await publishTestService(t.db);
    const citizen = await createTestCitizen({ db: t.db, secrets: t.secrets });
    const submission = await submitApplication({
      db: t.db,
      secrets: t.secrets,
      actor: citizen.actor,
      serviceId: "test-permit",
      answers: validTestAnswers,
      idempotencyKey: "receipt-test",
      locale: "th",
    });
    jws = submission.receipt.jws;
  });
  afterAll(async () => t.close());

  const verify = (candidate: string) =>
    verifyReceipt({
      db: t.db,
      jws: candidate,
      agencyIdOfCode: async (code) => (await selectAgencyByCode(t.db, code))?.id ?? null,
    });

  function reencode(part: string, change: (json: Record<string, unknown>) => void): string {
    const json = JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<
      string,
      unknown
    >;
    change(json);
    return Buffer.from(JSON.stringify(json)).toString("base64url");
  }

  it("verifies as issued", async () => {
    const result = await verify(jws);
    expect(result.isValid).toBe(true);
  });

  it("fails after any change to what it says", async () => {
    const [header, payload, signature] = jws.split(".") as [string, string, string];
    const changes: ((json: Record<string, unknown>) => void)[] = [
      (json) => (json.reference = `${String(json.reference)}9`),
      (json) => (json.receivedAt = "2020-01-01T00:00:00.000Z"),
      (json) => ((json.answers as Record<string, unknown>).full_name = "คนอื่น"),
      (json) =>
        (json.attachments = [
          {
            fieldId: "plan",
            filename: "x.pdf",
            mediaType: "application/pdf",
            size: 1,
            sha256: "0".repeat(64),
          },
        ]),
    ];
    for (const change of changes) {
      const forged = `${header}.${reencode(payload, change)}.${signature}`;
      expect(await verify(forged)).toEqual({ isValid: false, reason: "bad_signature" });
    }
  });

  it("fails with a changed signature, a changed header, or as something else than a receipt", async () => {
    const [header, payload, signature] = jws.split(".") as [string, string, string];
    const flipped =
      signature.slice(0, 10) + (signature[10] === "A" ? "B" : "A") + signature.slice(11);
    expect((await verify(`${header}.${payload}.${flipped}`)).isValid).toBe(false);
    const otherType = reencode(header, (json) => (json.typ = "JWT"));
    expect(await verify(`${otherType}.${payload}.${signature}`)).toEqual({
      isValid: false,
      reason: "wrong_type",
    });
    const unknownKey = reencode(
      header,
      (json) => (json.kid = "00000000-0000-7000-8000-000000000000"),
    );
    expect(await verify(`${unknownKey}.${payload}.${signature}`)).toEqual({
      isValid: false,
      reason: "unknown_key",
    });
    expect(await verify("not a receipt")).toEqual({ isValid: false, reason: "malformed" });
  });

  it("refuses a receipt signed by one agency that names another", async () => {
    const other = await selectAgencyByCode(t.db, "DBD");
    const signer = await agencySigner({ db: t.db, secrets: t.secrets, agencyId: other!.id });
    const payload = JSON.parse(
      Buffer.from(jws.split(".")[1]!, "base64url").toString("utf8"),
    ) as unknown;
    const forged = await signCompactJws({ signer, type: "pratu-receipt+jws", payload });
    expect(await verify(forged)).toEqual({ isValid: false, reason: "wrong_signer" });
  });

  it("stays verifiable after the agency rotates its key", async () => {
    const dopa = await selectAgencyByCode(t.db, "DOPA");
    await rotateAgencySigningKey({ db: t.db, agencyId: dopa!.id });
    const fresh = await agencySigner({ db: t.db, secrets: t.secrets, agencyId: dopa!.id });
    expect(fresh.kid).not.toBe(
      (JSON.parse(Buffer.from(jws.split(".")[0]!, "base64url").toString()) as { kid: string }).kid,
    );
    expect((await verify(jws)).isValid).toBe(true);
    const keys = await t.app.request("/api/v1/agencies/DOPA/signing-keys");
    expect(((await keys.json()) as { keys: unknown[] }).keys).toHaveLength(2);
  });
});
