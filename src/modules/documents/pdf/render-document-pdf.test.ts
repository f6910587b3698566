import { generateKeyPairSync } from "node:crypto";
import { inflateSync } from "node:zlib";

import { detachFile, runPdfTool } from "@test/support/pdf-tools";
import { createTestCertificateAuthority, issueTestCertificate } from "@test/support/pkcs12";
import { samplePermit, sampleTranscriptXml } from "@test/support/sample-document";
import { beforeAll, describe, expect, it } from "vitest";

import { createLocalDocumentSigner, type DocumentSigner } from "@/core/crypto/x509";

import { checkPdfSignature } from "./check-pdf-signature";
import { renderDocumentPdf } from "./render-document-pdf";
import { signPdf } from "./sign-pdf";

/** One character per byte: PDF syntax is ASCII, offsets stay offsets. */
function pdfText(pdf: Uint8Array): string {
  return Buffer.from(pdf).toString("latin1");
}

/** The dictionary and (decoded) stream of an indirect object, read the simple way PDFKit writes them. */
function pdfObject(pdf: Uint8Array, id: number): { dictionary: string; stream?: Buffer } {
  const text = pdfText(pdf);
  const start = text.indexOf(`\n${id} 0 obj\n`);
  const end = text.indexOf("\nendobj", start);
  const body = text.slice(start, end);
  const streamAt = body.indexOf("\nstream\n");
  if (streamAt === -1) return { dictionary: body };
  const dictionary = body.slice(0, streamAt);
  const from = start + streamAt + "\nstream\n".length;
  const raw = Buffer.from(pdf.subarray(from, start + body.lastIndexOf("\nendstream")));
  return { dictionary, stream: dictionary.includes("/FlateDecode") ? inflateSync(raw) : raw };
}

function referenceIn(dictionary: string, key: string): number {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary);
  if (!match) throw new Error(`No /${key} in ${dictionary}`);
  return Number(match[1]);
}

describe("issued documents as signed PDF/A-3", () => {
  let signer: DocumentSigner;
  let signed: Uint8Array;

  beforeAll(async () => {
    const authority = await createTestCertificateAuthority();
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const certificate = await issueTestCertificate({
      authority,
      privateKey,
      subject: [
        ["C", "TH"],
        ["O", "Pathum Wan District Office"],
        ["CN", "Pathum Wan District Office (BMA-PTW) Document Signing"],
      ],
    });
    signer = createLocalDocumentSigner({
      certificateChain: [certificate, authority.certificateDer],
      privateKey,
    });
    signed = await signPdf({ pdf: await renderDocumentPdf(samplePermit()), signer });
  });

  it("signs as PAdES that pdfsig calls valid, covering the whole document", async () => {
    const report = runPdfTool("pdfsig", signed);
    expect(report).toContain(
      "Signer Certificate Common Name: Pathum Wan District Office (BMA-PTW) Document Signing",
    );
    expect(report).toContain("Signing Hash Algorithm: SHA-256");
    expect(report).toContain("Signature Type: ETSI.CAdES.detached");
    expect(report).toContain("  - Total document signed\n");
    expect(report).toContain("Signature Validation: Signature is Valid.");
    // The test CA is in no trust store: pdfsig says so, and that is all it objects to.
    expect(report).toMatch(/Certificate Validation: Certificate issuer isn't Trusted\./);

    const check = await checkPdfSignature(signed);
    expect(check).toMatchObject({ isValid: true, subFilter: "ETSI.CAdES.detached" });
    if (check.isValid) expect(check.signerCertificateDer).toEqual(signer.certificateChain[0]);
  });

  it("reports a document with one byte changed after signing as invalid", async () => {
    const tampered = signed.slice();
    const at = pdfText(tampered).indexOf("Pratu with PDFKit");
    tampered[at]! ^= 0x01;
    expect(runPdfTool("pdfsig", tampered)).toContain("Signature Validation: Digest Mismatch.");
    expect(await checkPdfSignature(tampered)).toEqual({
      isValid: false,
      reason: "changed_after_signing",
    });

    const appended = new Uint8Array([...signed, ...new TextEncoder().encode("\n% added\n")]);
    expect(runPdfTool("pdfsig", appended)).toContain("Not total document signed");
    expect(await checkPdfSignature(appended)).toEqual({
      isValid: false,
      reason: "changed_after_signing",
    });
    for (const unsigned of [samplePermit(), samplePermit({ signature: undefined })]) {
      expect(await checkPdfSignature(await renderDocumentPdf(unsigned))).toEqual({
        isValid: false,
        reason: "unsigned",
      });
    }
    expect(await checkPdfSignature(new TextEncoder().encode("not a pdf"))).toEqual({
      isValid: false,
      reason: "not_pdf",
    });
  });

  it("embeds the credential JSON and the transcript XML as associated files", () => {
    expect(runPdfTool("pdfdetach", signed, ["-list"])).toBe(
      "2 embedded files\n1: credential.json\n2: transcript.xml\n",
    );
    const credential = JSON.parse(new TextDecoder().decode(detachFile(signed, 1))) as {
      credentialSubject: { name: string };
    };
    expect(credential.credentialSubject.name).toBe("นางสาวสมหญิง ใจดี");
    expect(new TextDecoder().decode(detachFile(signed, 2))).toBe(sampleTranscriptXml);

    const text = pdfText(signed);
    const catalogue = /\/Type \/Catalog[\s\S]*?\/AF \[(\d+) 0 R (\d+) 0 R\]/.exec(text);
    expect(catalogue).not.toBeNull();
    const [json, xml] = [Number(catalogue![1]), Number(catalogue![2])].map(
      (id) => pdfObject(signed, id).dictionary,
    );
    expect(json).toMatch(/\/AFRelationship \/Data/);
    expect(xml).toMatch(/\/AFRelationship \/Alternative/);
    const embedded = pdfObject(signed, referenceIn(json!.replace(/\s+/g, " "), "F"));
    expect(embedded.dictionary).toContain("/Subtype /application#2Fjson");
    expect(embedded.dictionary).toMatch(/\/ModDate \(D:20261122030000Z\)/);
  });

  it("embeds and subsets the Thai font, and no other", () => {
    const rows = runPdfTool("pdffonts", signed).trim().split("\n").slice(2);
    expect(rows).toHaveLength(2);
    for (const [row, name] of rows.map((row, index) => [row, ["Regular", "Bold"][index]])) {
      expect(row).toMatch(
        new RegExp(`^[A-Z]{6}\\+Sarabun-${name}\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`),
      );
    }
  });

  it("keeps a text layer that gives the Thai back as written", () => {
    const text = runPdfTool("pdftotext", signed, ["-enc", "UTF-8"]);
    for (const expected of [
      "ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ",
      "นางสาวสมหญิง ใจดี",
      "กรุงเทพมหานคร",
      "สำนักงานเขตปทุมวัน",
      "กำหนดของท้องถิ่น",
      "ผู้อำนวยการเขตปทุมวัน",
      "ออกให้ ณ วันที่ 22 พฤศจิกายน 2569",
      "https://pratu.example/v/AB12CD34",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("meets the PDF/A-3b essentials: XMP identification, sRGB output intent, no encryption", () => {
    const text = pdfText(signed);
    expect(text.startsWith("%PDF-1.7\n%")).toBe(true);
    expect([...signed.subarray(10, 14)].every((byte) => byte >= 128)).toBe(true);
    expect(text).not.toContain("/Encrypt");
    expect(text).not.toContain("NeedAppearances");
    expect(text).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);

    const catalogue = text.slice(
      text.indexOf("/Type /Catalog") - 200,
      text.indexOf("/Type /Catalog") + 400,
    );
    const xmp = pdfObject(signed, referenceIn(catalogue, "Metadata")).stream!.toString("utf8");
    expect(xmp).toContain("<pdfaid:part>3</pdfaid:part>");
    expect(xmp).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    expect(xmp).toContain(
      '<rdf:li xml:lang="x-default">ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ</rdf:li>',
    );

    const intentId = Number(/\/OutputIntents \[(\d+) 0 R\]/.exec(text)![1]);
    const intent = pdfObject(signed, intentId).dictionary;
    expect(intent).toContain("/S /GTS_PDFA1");
    const profile = pdfObject(signed, referenceIn(intent, "DestOutputProfile")).stream!;
    expect(profile.subarray(36, 40).toString("latin1")).toBe("acsp");
    expect(profile.subarray(16, 20).toString("latin1")).toBe("RGB ");
    expect(profile.toString("latin1")).toContain("sRGB");

    const widget = /\/Subtype \/Widget[\s\S]*?\/F (\d+)/.exec(text);
    expect(Number(widget![1]) & 4).toBe(4);
  });

  it("continues a long table of fields on further pages, with the QR code on the last", async () => {
    const courses = Array.from({ length: 45 }, (_, index) => ({
      label: `วิชาที่ ${index + 1}`,
      value: `การเขียนโปรแกรมคอมพิวเตอร์ขั้นสูงสำหรับงานภาครัฐ ตอนที่ ${index + 1} เกรด A`,
    }));
    const pdf = await signPdf({
      pdf: await renderDocumentPdf(samplePermit({ title: "ใบแสดงผลการศึกษา", fields: courses })),
      signer,
    });
    const pages = Number(/Pages:\s+(\d+)/.exec(runPdfTool("pdfinfo", pdf))![1]);
    expect(pages).toBeGreaterThan(1);
    const firstPage = runPdfTool("pdftotext", pdf, ["-f", "1", "-l", "1", "-enc", "UTF-8"]);
    const lastPage = runPdfTool("pdftotext", pdf, ["-f", String(pages), "-l", String(pages)]);
    expect(firstPage).toContain("วิชาที่ 1\n");
    expect(firstPage).not.toContain("https://pratu.example/v/AB12CD34");
    expect(lastPage).toContain("https://pratu.example/v/AB12CD34");
    expect(lastPage).toContain("ผู้อำนวยการเขตปทุมวัน");
    // In content order; values wrap over lines, and a line drops the space it breaks at.
    const all = runPdfTool("pdftotext", pdf, ["-raw", "-enc", "UTF-8"]).replace(/\s+/g, "");
    for (const course of courses) expect(all).toContain(course.value.replace(/\s+/g, ""));
    expect(runPdfTool("pdfsig", pdf)).toContain("Signature Validation: Signature is Valid.");
  });
});
