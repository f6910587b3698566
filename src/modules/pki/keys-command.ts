import { readFileSync, statSync } from "node:fs";

import type { AuditEntry } from "@/core/audit/record-audit";
import type { SecretBox } from "@/core/crypto/secrets";
import {
  type AgencyDocumentCertificate,
  ensurePlatformRootCertificateAuthority,
  importAgencyDocumentCertificate,
  listAgencyDocumentCertificates,
  rotateAgencyDocumentCertificate,
} from "@/core/crypto/x509";
import type { Database } from "@/core/db/database";
import { isAppError } from "@/core/errors";
import { type Agency, selectAgencyByCode } from "@/modules/agencies";

import { formatFingerprint } from "./format-fingerprint";
import { MAX_PKCS12_BYTES } from "./limits";

/** Where `pratu keys import` reads the file's password when no one types it. */
export const PKCS12_PASSWORD_VARIABLE = "PRATU_PKCS12_PASSWORD";

export const keysUsage = `Usage:
  pratu keys root                        Print the platform root certificate (PEM)
  pratu keys list --agency <code>        List the agency's document-signing certificates
  pratu keys rotate --agency <code>      Issue the agency a new certificate and key; the old one is
                                         retired and documents it signed keep verifying
  pratu keys import --agency <code> --file <cert.p12>
                                         Make a PKCS#12 certificate the agency's signing certificate;
                                         the password is read from ${PKCS12_PASSWORD_VARIABLE} or stdin`;

export interface KeysCommandOptions {
  db: Database;
  secrets: SecretBox;
  args: readonly string[];
  agencyCode?: string | undefined;
  file?: string | undefined;
  actor: AuditEntry["actor"];
  env?: Record<string, string | undefined>;
  /** Reads the password when the environment has none: typed (not echoed) or piped. */
  readPassword?: () => Promise<string>;
  print?: (text: string) => void;
  printError?: (text: string) => void;
}

function describeCertificate(certificate: AgencyDocumentCertificate, now: Date): string {
  const status =
    certificate.notAfter < now ? "expired" : certificate.retiredAt ? "retired" : "current";
  return [
    `${status.padEnd(8)} ${certificate.source.padEnd(12)} ${certificate.subject}`,
    `         issuer:      ${certificate.issuer}`,
    `         valid:       ${certificate.notBefore.toISOString()} to ${certificate.notAfter.toISOString()}`,
    `         serial:      ${certificate.serialNumber}`,
    `         SHA-256:     ${formatFingerprint(certificate.fingerprintSha256)}`,
  ].join("\n");
}

/** `pratu keys root|list|rotate|import`; resolves to the exit code. */
export async function runKeysCommand(options: KeysCommandOptions): Promise<number> {
  const print = options.print ?? ((text) => console.log(text));
  const printError = options.printError ?? ((text) => console.error(text));
  const [subcommand, ...extra] = options.args;
  if (extra.length > 0 || !subcommand) {
    printError(keysUsage);
    return 2;
  }
  if (subcommand === "root") {
    const root = await ensurePlatformRootCertificateAuthority(options);
    print(root.certificatePem.trimEnd());
    return 0;
  }
  if (!["list", "rotate", "import"].includes(subcommand)) {
    printError(`Unknown keys command "${subcommand}".\n\n${keysUsage}`);
    return 2;
  }
  if (!options.agencyCode) {
    printError(`pratu keys ${subcommand} needs --agency <code>.`);
    return 2;
  }
  const agency = await selectAgencyByCode(options.db, options.agencyCode.toUpperCase());
  if (!agency) {
    printError(`No agency has the code ${options.agencyCode}.`);
    return 1;
  }
  switch (subcommand) {
    case "list":
      return listCertificates(options, agency, print);
    case "rotate":
      return rotateCertificate(options, agency, print);
    default:
      return importCertificate(options, agency, print, printError);
  }
}

async function listCertificates(
  options: KeysCommandOptions,
  agency: Agency,
  print: (text: string) => void,
): Promise<number> {
  const certificates = await listAgencyDocumentCertificates({
    db: options.db,
    agencyId: agency.id,
  });
  if (certificates.length === 0) {
    print(
      `${agency.code} has no document-signing certificate yet; the platform CA issues one when it first signs.`,
    );
    return 0;
  }
  const now = new Date();
  print(certificates.map((certificate) => describeCertificate(certificate, now)).join("\n"));
  return 0;
}

async function rotateCertificate(
  options: KeysCommandOptions,
  agency: Agency,
  print: (text: string) => void,
): Promise<number> {
  const certificate = await rotateAgencyDocumentCertificate({
    db: options.db,
    secrets: options.secrets,
    agency: { id: agency.id, code: agency.code, nameEn: agency.nameEn },
    actor: options.actor,
  });
  print(
    `${agency.code} now signs with a new certificate; any earlier one is retired and kept, and documents it signed keep verifying.\n${describeCertificate(certificate, new Date())}`,
  );
  return 0;
}

async function importCertificate(
  options: KeysCommandOptions,
  agency: Agency,
  print: (text: string) => void,
  printError: (text: string) => void,
): Promise<number> {
  if (!options.file) {
    printError("pratu keys import needs --file <cert.p12>.");
    return 2;
  }
  let pkcs12: Uint8Array;
  try {
    if (statSync(options.file).size > MAX_PKCS12_BYTES) {
      printError(
        `${options.file} is larger than ${MAX_PKCS12_BYTES / 1024} KB: not a certificate file.`,
      );
      return 1;
    }
    pkcs12 = new Uint8Array(readFileSync(options.file));
  } catch (error) {
    printError(`Cannot read ${options.file}: ${(error as Error).message}`);
    return 1;
  }
  // Never from the command line, where other users and shell history see it.
  const password =
    (options.env ?? process.env)[PKCS12_PASSWORD_VARIABLE] ??
    (await (options.readPassword ?? readPasswordFromStdin)());
  try {
    const certificate = await importAgencyDocumentCertificate({
      db: options.db,
      secrets: options.secrets,
      agencyId: agency.id,
      pkcs12,
      password,
      actor: options.actor,
    });
    print(
      `${agency.code} now signs with the imported certificate; any earlier one is retired and kept.\n${describeCertificate(certificate, new Date())}`,
    );
    return 0;
  } catch (error) {
    if (!isAppError(error) || error.code !== "validation_failed") throw error;
    printError(
      `The certificate was not imported:\n${error.fields.map((field) => `  - ${field.message}`).join("\n")}`,
    );
    return 1;
  }
}

/**
 * The password from standard input: typed at a terminal without echo, or the
 * first line of whatever is piped in.
 */
export async function readPasswordFromStdin(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  process.stderr.write("Password of the PKCS#12 file: ");
  input.setRawMode(true);
  input.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = "";
      const onData = (chunk: Buffer) => {
        for (const character of chunk.toString("utf8")) {
          if (character === "\r" || character === "\n") {
            input.off("data", onData);
            resolve(typed);
            return;
          }
          if (character === "\u0003") {
            input.off("data", onData);
            reject(new Error("Cancelled"));
            return;
          }
          typed = character === "\u007f" ? typed.slice(0, -1) : typed + character;
        }
      };
      input.on("data", onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    process.stderr.write("\n");
  }
}
