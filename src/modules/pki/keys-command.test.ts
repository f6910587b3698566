import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createTestDatabase } from "@test/support/database";
import {
  createTestCertificateAuthority,
  createTestPkcs12,
  issueTestCertificate,
} from "@test/support/pkcs12";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SecretBox } from "@/core/crypto/secrets";
import {
  ensurePlatformRootCertificateAuthority,
  listAgencyDocumentCertificates,
} from "@/core/crypto/x509";
import type { Database } from "@/core/db/database";

import { formatFingerprint } from "./format-fingerprint";
import { type KeysCommandOptions, PKCS12_PASSWORD_VARIABLE, runKeysCommand } from "./keys-command";

const actor = { type: "system", id: "cli:operator" } as const;

describe("pratu keys", () => {
  let db: Database;
  const secrets = new SecretBox("keys-command-test-secret");
  let agency: TestAgency;
  let directory: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    agency = await insertTestAgency(db, { code: "KEYS-CLI", nameEn: "Keys Command Office" });
    directory = mkdtempSync(join(tmpdir(), "pratu-keys-"));
  });

  afterAll(async () => {
    rmSync(directory, { recursive: true, force: true });
    await db.close();
  });

  async function run(args: string[], options: Partial<KeysCommandOptions> = {}) {
    const printed: string[] = [];
    const errors: string[] = [];
    const code = await runKeysCommand({
      db,
      secrets,
      args,
      actor,
      env: {},
      readPassword: () => Promise.reject(new Error("No password was expected to be read")),
      print: (text) => printed.push(text),
      printError: (text) => errors.push(text),
      ...options,
    });
    return { code, out: printed.join("\n"), err: errors.join("\n") };
  }

  const auditOf = async (action: string) =>
    (
      await db.query<{ actor_id: string; details: unknown }>(
        "select actor_id, details from audit_log where action = $1 and agency_id = $2 order by seq",
        [action, agency.id],
      )
    ).rows;

  it("prints the platform root certificate as PEM", async () => {
    const root = await ensurePlatformRootCertificateAuthority({ db, secrets });
    const { code, out } = await run(["root"]);
    expect(code).toBe(0);
    expect(`${out}\n`).toBe(root.certificatePem);
  });

  it("lists, then rotates, the agency's certificates; the old one is kept and the change audited", async () => {
    const empty = await run(["list"], { agencyCode: "keys-cli" });
    expect(empty).toMatchObject({ code: 0 });
    expect(empty.out).toContain("no document-signing certificate yet");

    expect((await run(["rotate"], { agencyCode: "KEYS-CLI" })).code).toBe(0);
    const rotated = await run(["rotate"], { agencyCode: "KEYS-CLI" });
    expect(rotated.out).toContain("any earlier one is retired and kept");
    const [current, retired] = await listAgencyDocumentCertificates({ db, agencyId: agency.id });
    const listed = await run(["list"], { agencyCode: "KEYS-CLI" });
    expect(listed.out).toContain(`current  platform_ca`);
    expect(listed.out).toContain(`retired  platform_ca`);
    expect(listed.out).toContain(formatFingerprint(current!.fingerprintSha256));
    expect(listed.out).toContain(formatFingerprint(retired!.fingerprintSha256));
    const audit = await auditOf("document_certificate.rotated");
    expect(audit.map((row) => row.actor_id)).toEqual([actor.id, actor.id]);
  });

  it("imports a PKCS#12 file with the password from the environment or stdin, never echoing it", async () => {
    const authority = await createTestCertificateAuthority();
    const password = "the-file's own secret";
    async function writePkcs12(name: string, commonName: string) {
      const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
      const certificate = await issueTestCertificate({
        authority,
        privateKey,
        subject: [
          ["C", "TH"],
          ["CN", commonName],
        ],
      });
      const file = join(directory, name);
      writeFileSync(
        file,
        await createTestPkcs12({
          privateKey,
          certificates: [certificate, authority.certificateDer],
          password,
        }),
      );
      return { file, certificate };
    }
    const first = await writePkcs12("first.p12", "Keys Command Office (imported 2569)");
    const second = await writePkcs12("second.p12", "Keys Command Office (imported 2570)");

    const wrong = await run(["import"], {
      agencyCode: "KEYS-CLI",
      file: first.file,
      env: { [PKCS12_PASSWORD_VARIABLE]: "not the password" },
    });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain("The password is wrong, or the file is damaged.");
    expect(wrong.err).not.toContain("not the password");

    const fromEnvironment = await run(["import"], {
      agencyCode: "KEYS-CLI",
      file: first.file,
      env: { [PKCS12_PASSWORD_VARIABLE]: password },
    });
    expect(fromEnvironment.code).toBe(0);
    expect(fromEnvironment.out).toContain("Keys Command Office (imported 2569)");

    let asked = 0;
    const fromStdin = await run(["import"], {
      agencyCode: "KEYS-CLI",
      file: second.file,
      readPassword: () => {
        asked++;
        return Promise.resolve(password);
      },
    });
    expect(fromStdin.code).toBe(0);
    expect(asked).toBe(1);
    const [current, previous] = await listAgencyDocumentCertificates({ db, agencyId: agency.id });
    expect(current).toMatchObject({ source: "imported", certificateDer: second.certificate });
    expect(previous).toMatchObject({ source: "imported", certificateDer: first.certificate });

    // The same file again would be a second row for one certificate: refused, plainly.
    const again = await run(["import"], {
      agencyCode: "KEYS-CLI",
      file: first.file,
      env: { [PKCS12_PASSWORD_VARIABLE]: password },
    });
    expect(again.code).toBe(1);
    expect(again.err).toContain("already holds this certificate");

    const audit = await auditOf("document_certificate.imported");
    expect(audit).toHaveLength(2);
    expect(audit[0]!.actor_id).toBe(actor.id);
    for (const output of [fromEnvironment.out, fromStdin.out, again.err, JSON.stringify(audit)]) {
      expect(output).not.toContain(password);
    }
  });

  it("answers a missing or unknown agency, file or command with usage and an exit code", async () => {
    expect((await run([])).code).toBe(2);
    expect(await run(["shred"])).toMatchObject({ code: 2 });
    expect((await run(["list"])).err).toContain("needs --agency");
    expect(await run(["list"], { agencyCode: "NOPE" })).toMatchObject({ code: 1 });
    expect((await run(["import"], { agencyCode: "KEYS-CLI" })).err).toContain("needs --file");
    const missing = await run(["import"], {
      agencyCode: "KEYS-CLI",
      file: join(directory, "absent.p12"),
    });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("Cannot read");
    expect((await run(["root", "extra"])).code).toBe(2);
  });
});
