import { createTestDatabase } from "@test/support/database";
import { agencyIdOf, totpCodeFor } from "@test/support/officers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/core/db/database";
import { withinAgency } from "@/core/db/tenant";
import { translate } from "@/core/i18n";
import { seedDemo } from "@/demo/seed";

import { addMembership, createOfficer, findOfficerByEmail, listMemberships } from "./officers";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords";
import { generateTotpSecret, matchTotpCode, totpStep, totpUri } from "./totp";

describe("officer accounts", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo({ db });
  });
  afterAll(() => db.close());

  it("keeps only an argon2id hash of the password, with OWASP's parameters", async () => {
    const officer = await createOfficer({
      db,
      email: "  Malee@DOPA.example ",
      nameTh: "มาลี มีสุข",
      nameEn: "Malee Meesuk",
      password: "a long enough passphrase",
    });
    expect(officer.email).toBe("malee@dopa.example");
    expect(officer.hasSecondFactor).toBe(false);
    const account = await findOfficerByEmail(db, "MALEE@dopa.example");
    expect(account?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(account!.passwordHash, "a long enough passphrase")).toBe(true);
    expect(await verifyPassword(account!.passwordHash, "a long enough passphrasE")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });

  it("hashes passwords with a fresh salt each time", async () => {
    const [first, second] = await Promise.all([
      hashPassword("the same password"),
      hashPassword("the same password"),
    ]);
    expect(first).not.toBe(second);
  });

  it("refuses a password shorter than 12 characters, saying so in Thai and English", async () => {
    expect(passwordProblem("elevenchars")).not.toBeNull();
    expect(passwordProblem("twelve chars")).toBeNull();
    // Thai characters count as characters, not as bytes.
    expect(passwordProblem("รหัสผ่านยาวพอ")).toBeNull();
    const message = passwordProblem("short")!;
    expect(translate("th", message)).toContain("อย่างน้อย 12 ตัวอักษร");
    expect(translate("en", message)).toContain("at least 12 characters");

    const attempt = createOfficer({
      db,
      email: "weak@dopa.example",
      nameTh: "ทดสอบ",
      nameEn: "Test",
      password: "short",
    });
    await expect(attempt).rejects.toMatchObject({
      code: "validation_failed",
      fields: [{ field: "password", message: translate("en", message) }],
    });
    expect(await findOfficerByEmail(db, "weak@dopa.example")).toBeNull();
  });

  it("refuses a second account with the same address", async () => {
    const details = {
      db,
      email: "twice@dopa.example",
      nameTh: "ซ้ำ",
      nameEn: "Twice",
      password: "a long enough passphrase",
    };
    await createOfficer(details);
    await expect(createOfficer({ ...details, email: "TWICE@dopa.example" })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("adds memberships, and a scoped handle cannot reach another agency's", async () => {
    const officer = await createOfficer({
      db,
      email: "member@dopa.example",
      nameTh: "สมาชิก",
      nameEn: "Member",
      password: "a long enough passphrase",
    });
    const dopa = await agencyIdOf(db, "DOPA");
    const dbd = await agencyIdOf(db, "DBD");
    await addMembership(db, { agencyId: dopa, officerId: officer.id, role: "viewer" });
    await addMembership(db, { agencyId: dopa, officerId: officer.id, role: "officer" });
    await expect(
      withinAgency(db, dopa, (scope) =>
        addMembership(scope, { agencyId: dbd, officerId: officer.id, role: "admin" }),
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    const memberships = await listMemberships(db, officer.id);
    expect(memberships.map((membership) => [membership.agencyCode, membership.role])).toEqual([
      ["DOPA", "officer"],
    ]);
  });
});

describe("time-based one-time codes", () => {
  const secret = generateTotpSecret();
  const at = Date.UTC(2026, 10, 22, 3, 0, 15);

  it("accepts the code of this step and of the steps either side, and no further", () => {
    expect(totpUri(secret, "somsri@dopa.example")).toMatch(
      /^otpauth:\/\/totp\/Pratu:somsri%40dopa\.example\?issuer=Pratu&secret=[A-Z2-7]+&algorithm=SHA1&digits=6&period=30$/,
    );
    const step = totpStep(at);
    for (const offset of [-1, 0, 1]) {
      expect(
        matchTotpCode({
          secret,
          code: totpCodeFor(secret, at + offset * 30_000),
          lastStep: null,
          at,
        }),
      ).toEqual({ outcome: "accepted", step: step + offset });
    }
    for (const offset of [-2, 2]) {
      expect(
        matchTotpCode({
          secret,
          code: totpCodeFor(secret, at + offset * 30_000),
          lastStep: null,
          at,
        }),
      ).toEqual({ outcome: "rejected" });
    }
    expect(matchTotpCode({ secret, code: "12345", lastStep: null, at })).toEqual({
      outcome: "rejected",
    });
  });

  it("refuses a code whose step was already used, even a later code of an earlier step", () => {
    const step = totpStep(at);
    const code = totpCodeFor(secret, at);
    expect(matchTotpCode({ secret, code, lastStep: step, at }).outcome).toBe("reused");
    expect(
      matchTotpCode({ secret, code: totpCodeFor(secret, at - 30_000), lastStep: step, at }).outcome,
    ).toBe("reused");
    expect(
      matchTotpCode({
        secret,
        code: ` ${code.slice(0, 3)} ${code.slice(3)} `,
        lastStep: step - 1,
        at,
      }),
    ).toEqual({
      outcome: "accepted",
      step,
    });
  });
});
