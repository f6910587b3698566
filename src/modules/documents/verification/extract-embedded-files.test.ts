import { deflateSync } from "node:zlib";

import { detachFile } from "@test/support/pdf-tools";
import { samplePermit, sampleTranscriptXml } from "@test/support/sample-document";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import { renderDocumentPdf } from "../pdf/render-document-pdf";
import { extractEmbeddedFiles } from "./extract-embedded-files";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function latin1(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "latin1"));
}

/** A minimal PDF with one embedded file stream, written by hand. */
function handWrittenPdf(
  stream: { dictionary: string; data: Uint8Array },
  name = "(credential.json)",
) {
  return new Uint8Array([
    ...latin1(
      `%PDF-1.7\n1 0 obj\n<< /Type /Filespec /F ${name} /EF << /F 2 0 R >> >>\nendobj\n` +
        `2 0 obj\n<< /Type /EmbeddedFile ${stream.dictionary} >>\nstream\n`,
    ),
    ...stream.data,
    ...latin1("\nendstream\nendobj\n%%EOF\n"),
  ]);
}

describe("reading the files embedded in a PDF", () => {
  let pdf: Uint8Array;

  beforeAll(async () => {
    pdf = await renderDocumentPdf(samplePermit());
  });

  it("finds the credential and the transcript Pratu embeds, byte for byte as pdfdetach extracts them", () => {
    const files = extractEmbeddedFiles(pdf);
    expect(files.map((file) => [file.name, file.mimeType])).toEqual([
      ["credential.json", "application/json"],
      ["transcript.xml", "application/xml"],
    ]);
    expect(files[0]!.content).toEqual(detachFile(pdf, 1));
    expect(decoder.decode(files[1]!.content)).toBe(sampleTranscriptXml);
  });

  it("reads a stream whose length is an indirect object and whose name is UTF-16", () => {
    const data = encoder.encode('{"a":1}');
    const name = `<FEFF${Buffer.from("ใบรับรอง.json", "utf16le").swap16().toString("hex")}>`;
    const file = new Uint8Array([
      ...latin1(
        `%PDF-1.7\n1 0 obj\n<< /Type /Filespec /UF ${name} /EF << /F 2 0 R >> >>\nendobj\n` +
          `3 0 obj\n${data.length}\nendobj\n` +
          `2 0 obj\n<< /Type /EmbeddedFile /Subtype /application#2Fjson /Length 3 0 R >>\nstream\r\n`,
      ),
      ...data,
      ...latin1("\nendstream\nendobj\n"),
    ]);
    expect(extractEmbeddedFiles(file)).toEqual([
      { name: "ใบรับรอง.json", mimeType: "application/json", content: data },
    ]);
  });

  it("skips a stream that inflates past the size limit instead of filling memory", () => {
    const bomb = deflateSync(Buffer.alloc(20_000_000));
    const file = handWrittenPdf({
      dictionary: `/Length ${bomb.length} /Filter /FlateDecode`,
      data: bomb,
    });
    expect(extractEmbeddedFiles(file)).toEqual([]);
  });

  it("skips streams whose length runs past the end, filters it does not know, and broken deflate data", () => {
    const data = encoder.encode("{}");
    for (const dictionary of [
      "/Length 9999",
      "/Length -1",
      "/Length 2 /Filter /LZWDecode",
      "/Length 2 /Filter /FlateDecode",
      "/Length 2 /Filter [/FlateDecode /ASCIIHexDecode]",
    ]) {
      expect(extractEmbeddedFiles(handWrittenPdf({ dictionary, data })), dictionary).toEqual([]);
    }
    expect(extractEmbeddedFiles(handWrittenPdf({ dictionary: "/Length 2", data }))).toHaveLength(1);
  });

  it("answers nothing for bytes that are not a PDF", () => {
    expect(extractEmbeddedFiles(new Uint8Array())).toEqual([]);
    expect(extractEmbeddedFiles(encoder.encode("hello"))).toEqual([]);
  });

  it("stops within its budget on a file of many deeply nested objects", () => {
    const object = (n: number) =>
      `${n} 0 obj\n<< /Type /Filespec /X ${"[".repeat(15)}${"1 ".repeat(5000)}`;
    const hostile = latin1(
      `%PDF-1.7\n${Array.from({ length: 2000 }, (_, n) => object(n)).join("\n")}`,
    );
    expect(extractEmbeddedFiles(hostile)).toEqual([]);
  });

  it("never throws on arbitrary bytes, on damaged copies of a real PDF, or on PDF-like text", () => {
    const tokens = fc.constantFrom(
      "%PDF-1.7\n",
      "1 0 obj",
      "2 0 obj",
      "endobj",
      "<<",
      ">>",
      "[",
      "]",
      "(",
      ")",
      "\\",
      "<FEFF",
      ">",
      "/Type /Filespec",
      "/EF << /F 2 0 R >>",
      "/F (a)",
      "/Length 5",
      "/Length 1 0 R",
      "/Filter /FlateDecode",
      "stream\n",
      "endstream",
      " ",
      "#",
      "/",
      "%",
      "99999999999 0 R",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.array(tokens, { maxLength: 80 }).map((parts) => latin1(`%PDF-1.7\n${parts.join("")}`)),
          fc
            .record({
              position: fc.nat(pdf.length - 1),
              value: fc.integer({ min: 0, max: 255 }),
              cut: fc.nat(pdf.length),
            })
            .map(({ position, value, cut }) => {
              const copy = pdf.slice(0, Math.max(cut, 6));
              if (position < copy.length) copy[position] = value;
              return copy;
            }),
        ),
        (bytes) => {
          const files = extractEmbeddedFiles(bytes);
          expect(Array.isArray(files)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
