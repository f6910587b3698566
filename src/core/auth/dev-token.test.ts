import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createTestApp, type TestApp } from "@test/support/app";
import { afterEach, describe, expect, it, vi } from "vitest";

import { newId } from "@/core/db/ids";
import { connectPglite } from "@/core/db/pglite";
import { demoCitizens } from "@/demo/citizens";
import { main } from "@/main";

import { actorFromBearer } from "./credentials";
import { DEV_IDENTITY_ISSUER_KEY, devSubjectFor } from "./dev-identity-provider";
import { DevTokenError, issueDevToken, parseDevTokenSubject, runDevCommand } from "./dev-token";

const somchai = demoCitizens[0]!;

describe("pratu dev token", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("reads who the token is for and refuses a citizen ID with a wrong check digit", () => {
    expect(parseDevTokenSubject("citizen:1-1017-00234-56-8")).toEqual({
      type: "citizen",
      citizenId: "1101700234568",
    });
    expect(parseDevTokenSubject("officer:Somsri@Agency.go.th")).toEqual({
      type: "officer",
      email: "somsri@agency.go.th",
    });
    expect(() => parseDevTokenSubject("citizen:1101700234567")).toThrow(/check digit is wrong/);
    expect(() => parseDevTokenSubject("citizen:12345")).toThrow(/expected 13 digits/);
    expect(() => parseDevTokenSubject("someone")).toThrow(DevTokenError);
    expect(() => parseDevTokenSubject(undefined)).toThrow(/--as citizen:/);
  });

  it("gives a citizen token that GET /api/v1/me resolves to the demo citizen at the default level", async () => {
    t = await createTestApp();
    const issued = await issueDevToken({
      db: t.db,
      config: t.config,
      secrets: t.secrets,
      subject: { type: "citizen", citizenId: somchai.citizenId },
      people: demoCitizens,
    });
    const response = await t.app.request("/api/v1/me", {
      headers: { authorization: `Bearer ${issued.token}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      type: "citizen",
      citizenId: issued.actorId,
      assurance: "urn:pratu:ial:2.3:aal:2.2",
    });
    const { rows } = await t.db.query<Record<string, unknown>>(
      "select issuer, subject, name_th, national_id_hash, national_id_last4 from citizens where id = $1",
      [issued.actorId],
    );
    // Keyed as the built-in provider keys the same person, so a browser sign-in finds this row.
    expect(rows[0]).toEqual({
      issuer: DEV_IDENTITY_ISSUER_KEY,
      subject: devSubjectFor(t.secrets, somchai.citizenId),
      name_th: "สมชาย ใจดี",
      national_id_hash: t.secrets.hashNationalId(somchai.citizenId),
      national_id_last4: "4568",
    });
  });

  it("issues the same citizen again rather than a second one, at the level asked for", async () => {
    t = await createTestApp();
    const options = { db: t.db, config: t.config, secrets: t.secrets, people: demoCitizens };
    const subject = { type: "citizen", citizenId: somchai.citizenId } as const;
    const first = await issueDevToken({ ...options, subject });
    const second = await issueDevToken({ ...options, subject, assurance: "urn:pratu:ial:3:aal:3" });
    expect(second.actorId).toBe(first.actorId);
    expect(await actorFromBearer(t.db, second.token)).toEqual({
      type: "citizen",
      citizenId: first.actorId,
      assurance: "urn:pratu:ial:3:aal:3",
    });
    await expect(issueDevToken({ ...options, subject, assurance: "gold" })).rejects.toThrow(
      /not an assurance level/,
    );
  });

  it("gives an officer token for a known officer and names an unknown one", async () => {
    t = await createTestApp();
    const officerId = newId();
    await t.db.query(
      "insert into officers (id, email, name_th, name_en, password_hash) values ($1, $2, $3, $4, 'x')",
      [officerId, "somsri@dga.or.th", "สมศรี รักงาน", "Somsri Rakngan"],
    );
    const options = { db: t.db, config: t.config, secrets: t.secrets };
    const issued = await issueDevToken({
      ...options,
      subject: { type: "officer", email: "somsri@dga.or.th" },
    });
    expect(await actorFromBearer(t.db, issued.token)).toEqual({
      type: "officer",
      officerId,
      agencyId: null,
      role: null,
    });
    await expect(
      issueDevToken({ ...options, subject: { type: "officer", email: "nobody@dga.or.th" } }),
    ).rejects.toThrow("No officer has the email nobody@dga.or.th.");
  });

  it("refuses with exit 2, before opening the database, while the development provider is off", async () => {
    t = await createTestApp({ config: { auth: { devIdentityProvider: false } } });
    const open = vi.fn();
    const errors: string[] = [];
    const code = await runDevCommand({
      args: ["token"],
      as: `citizen:${somchai.citizenId}`,
      level: undefined,
      config: t.config,
      people: demoCitizens,
      open,
      print: () => undefined,
      printError: (line) => errors.push(line),
    });
    expect(code).toBe(2);
    expect(open).not.toHaveBeenCalled();
    expect(errors.join("\n")).toContain("PRATU_DEV_IDP=true");
    await expect(
      issueDevToken({
        db: t.db,
        config: t.config,
        secrets: t.secrets,
        subject: { type: "citizen", citizenId: somchai.citizenId },
      }),
    ).rejects.toThrow(DevTokenError);
  });

  it("prints a working token from the command line on an embedded database", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "pratu-dev-token-"));
    try {
      vi.stubEnv("PRATU_DEV_IDP", "");
      vi.stubEnv("DATABASE_URL", "");
      vi.stubEnv("PRATU_SECRET_KEY", "");
      const printed: string[] = [];
      vi.spyOn(console, "log").mockImplementation((line: string) => void printed.push(line));
      vi.spyOn(console, "error").mockImplementation(() => undefined);

      const code = await main([
        "dev",
        "token",
        "--as",
        `citizen:${somchai.citizenId}`,
        "--data-dir",
        dataDir,
      ]);
      expect(code).toBe(0);
      expect(printed).toHaveLength(1);
      const db = await connectPglite({ dataDir: join(dataDir, "pglite") });
      try {
        expect(await actorFromBearer(db, printed[0]!)).toMatchObject({ type: "citizen" });
      } finally {
        await db.close();
      }

      vi.stubEnv("PRATU_DEV_IDP", "false");
      expect(
        await main(["dev", "token", "--as", `citizen:${somchai.citizenId}`, "--data-dir", dataDir]),
      ).toBe(2);
      vi.stubEnv("PRATU_DEV_IDP", "true");
      expect(
        await main(["dev", "token", "--as", "citizen:1101700234567", "--data-dir", dataDir]),
      ).toBe(2);
      expect(await main(["dev", "tokens", "--data-dir", dataDir])).toBe(2);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
