import { inflateSync } from "node:zlib";

import {
  decodePdfText,
  newReadBudget,
  PdfReader,
  type PdfValue,
  type ReadBudget,
} from "./pdf-objects";

export interface EmbeddedFile {
  name: string;
  mimeType: string | null;
  content: Uint8Array;
}

/** Far more than a credential or a transcript's XML; a larger file is not one of ours. */
const MAX_FILE_BYTES = 5_000_000;
const MAX_OBJECTS = 200_000;
const MAX_FILES = 50;

type Dictionary = Map<string, PdfValue>;

/**
 * The files embedded in a PDF as Pratu writes them (see pdf-a-document.ts):
 * each a /Filespec dictionary whose /EF /F points at an /EmbeddedFile
 * stream, plain or FlateDecode. This reads objects where the file says they
 * are, without a cross-reference table, so a file rewritten by other tools
 * may yield nothing: what decides a PDF's verification is its exact hash,
 * and this only lets the verifier see the credential inside as well.
 * Anything unreadable is skipped, never thrown.
 */
export function extractEmbeddedFiles(pdf: Uint8Array): EmbeddedFile[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  if (!text.startsWith("%PDF-")) return [];
  const source: PdfFile = { text, objects: indexObjects(text), budget: newReadBudget() };
  const files: EmbeddedFile[] = [];
  for (const offset of source.objects.values()) {
    if (source.budget.remaining <= 0) break;
    const value = new PdfReader(text, offset, source.budget).readValue();
    if (value?.kind !== "dictionary" || nameOf(value.entries.get("Type")) !== "Filespec") continue;
    const embedded = readFileSpecification(source, value.entries);
    if (embedded) files.push(embedded);
    if (files.length >= MAX_FILES) break;
  }
  return files;
}

/**
 * Where each object starts (just past `n g obj`). When an object number
 * appears more than once the last one counts, as an incremental update
 * would have it.
 */
function indexObjects(text: string): Map<number, number> {
  const objects = new Map<number, number>();
  const header = /(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj(?![^\s()<>[\]{}/%])/g;
  let count = 0;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    objects.set(Number(match[1]), match.index + match[0].length);
    count += 1;
    if (count >= MAX_OBJECTS) break;
  }
  return objects;
}

function nameOf(value: PdfValue | undefined): string | null {
  return value?.kind === "name" ? value.value : null;
}

/** The file as text (one character per byte), where its objects start, and the work left. */
interface PdfFile {
  text: string;
  objects: Map<number, number>;
  budget: ReadBudget;
}

function resolve(file: PdfFile, value: PdfValue | undefined): PdfValue | undefined {
  if (value?.kind !== "reference") return value;
  const offset = file.objects.get(value.objectNumber);
  if (offset === undefined) return undefined;
  return new PdfReader(file.text, offset, file.budget).readValue() ?? undefined;
}

function readFileSpecification(file: PdfFile, specification: Dictionary): EmbeddedFile | null {
  const nameValue = specification.get("UF") ?? specification.get("F");
  if (nameValue?.kind !== "string") return null;
  const embedded = resolve(file, specification.get("EF"));
  if (embedded?.kind !== "dictionary") return null;
  const stream = embedded.entries.get("F") ?? embedded.entries.get("UF");
  if (stream?.kind !== "reference") return null;
  const offset = file.objects.get(stream.objectNumber);
  if (offset === undefined) return null;
  const content = readStream(file, offset);
  if (!content) return null;
  return {
    name: decodePdfText(nameValue.bytes),
    mimeType: content.mimeType,
    content: content.bytes,
  };
}

/** The decoded bytes of the stream object at `offset`, when it is one we can read. */
function readStream(
  file: PdfFile,
  offset: number,
): { bytes: Uint8Array; mimeType: string | null } | null {
  const { text } = file;
  const reader = new PdfReader(text, offset, file.budget);
  const dictionary = reader.readValue();
  if (dictionary?.kind !== "dictionary" || !reader.skipKeyword("stream")) return null;
  // The keyword is followed by CRLF or LF (a lone CR is tolerated) and then the data.
  let start = reader.position;
  if (text.startsWith("\r\n", start)) start += 2;
  else if (text[start] === "\n" || text[start] === "\r") start += 1;
  else return null;
  const length = resolve(file, dictionary.entries.get("Length"));
  if (
    length?.kind !== "number" ||
    !Number.isInteger(length.value) ||
    length.value < 0 ||
    length.value > MAX_FILE_BYTES ||
    start + length.value > text.length
  ) {
    return null;
  }
  const raw = Buffer.from(text.slice(start, start + length.value), "latin1");
  const bytes = decodeFilters(raw, dictionary.entries.get("Filter"), dictionary.entries);
  if (!bytes) return null;
  return { bytes, mimeType: nameOf(dictionary.entries.get("Subtype")) };
}

function decodeFilters(raw: Buffer, filter: PdfValue | undefined, stream: Dictionary) {
  const filters =
    filter === undefined
      ? []
      : filter.kind === "name"
        ? [filter.value]
        : filter.kind === "array"
          ? filter.items.map(nameOf)
          : [null];
  // Predictors and other filters are not what Pratu writes.
  if (filters.length > 1 || stream.has("DecodeParms")) return null;
  if (filters.length === 0) return new Uint8Array(raw);
  if (filters[0] !== "FlateDecode") return null;
  try {
    return new Uint8Array(inflateSync(raw, { maxOutputLength: MAX_FILE_BYTES }));
  } catch {
    return null;
  }
}
