/**
 * Just enough of the PDF object syntax (ISO 32000 section 7.3) to read the
 * dictionaries of a file Pratu wrote: names, numbers, strings, arrays,
 * dictionaries and indirect references. It reads untrusted uploads, so
 * every step is bounded and malformed input answers `null`, never throws.
 */

export type PdfValue =
  | { kind: "name"; value: string }
  | { kind: "number"; value: number }
  | { kind: "string"; bytes: Uint8Array }
  | { kind: "reference"; objectNumber: number; generation: number }
  | { kind: "array"; items: PdfValue[] }
  | { kind: "dictionary"; entries: Map<string, PdfValue> }
  | { kind: "keyword"; value: "true" | "false" | "null" };

const MAX_DEPTH = 16;
const MAX_ITEMS = 10_000;
const MAX_STRING_BYTES = 1_000_000;

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set("()<>[]{}/%".split("").map((character) => character.charCodeAt(0)));

function isRegular(code: number): boolean {
  return !WHITESPACE.has(code) && !DELIMITERS.has(code);
}

// Sticky: they match at `lastIndex` only, so reading a number never scans ahead.
const NUMBER = /(\d{1,20})(?![\d.])|[+-]?(?:\d{1,20}\.?\d{0,20}|\.\d{1,20})/y;
const REFERENCE_TAIL = /[\0\t\n\f\r ]+(\d{1,5})[\0\t\n\f\r ]+R(?![^\0\t\n\f\r ()<>[\]{}/%])/y;

class Malformed extends Error {}

/**
 * Work allowed across every read of one file, shared by its readers: a
 * crafted upload with thousands of objects of nested arrays costs at most
 * this many values before the reading stops.
 */
export interface ReadBudget {
  remaining: number;
}

export function newReadBudget(values = 1_000_000): ReadBudget {
  return { remaining: values };
}

/** Reads one value at a position of a file held as latin1 text (one character per byte). */
export class PdfReader {
  readonly #text: string;
  readonly #budget: ReadBudget;
  position: number;

  constructor(text: string, position: number, budget: ReadBudget) {
    this.#text = text;
    this.position = position;
    this.#budget = budget;
  }

  /** The value at the position, or null when the bytes there are not one. */
  readValue(): PdfValue | null {
    try {
      return this.#value(0);
    } catch (error) {
      if (error instanceof Malformed || error instanceof RangeError) return null;
      throw error;
    }
  }

  /** Whether the next token is `keyword`; moves past it when it is. */
  skipKeyword(keyword: string): boolean {
    this.#skipWhitespace();
    const end = this.position + keyword.length;
    if (this.#text.startsWith(keyword, this.position) && !isRegular(this.#code(end))) {
      this.position = end;
      return true;
    }
    return false;
  }

  #code(position: number): number {
    return position < this.#text.length ? this.#text.charCodeAt(position) : 0x20;
  }

  #skipWhitespace(): void {
    const text = this.#text;
    while (this.position < text.length) {
      const code = text.charCodeAt(this.position);
      if (WHITESPACE.has(code)) {
        this.position += 1;
      } else if (code === 0x25 /* % comment to end of line */) {
        while (this.position < text.length && !"\r\n".includes(text[this.position]!)) {
          this.position += 1;
        }
      } else {
        return;
      }
    }
  }

  #value(depth: number): PdfValue {
    this.#budget.remaining -= 1;
    if (depth > MAX_DEPTH || this.#budget.remaining < 0) throw new Malformed();
    this.#skipWhitespace();
    const text = this.#text;
    if (this.position >= text.length) throw new Malformed();
    const character = text[this.position]!;
    if (text.startsWith("<<", this.position)) return this.#dictionary(depth);
    if (character === "<") return this.#hexString();
    if (character === "(") return this.#literalString();
    if (character === "/") return { kind: "name", value: this.#name() };
    if (character === "[") return this.#array(depth);
    if (/[0-9+\-.]/.test(character)) return this.#numberOrReference();
    for (const keyword of ["true", "false", "null"] as const) {
      if (this.skipKeyword(keyword)) return { kind: "keyword", value: keyword };
    }
    throw new Malformed();
  }

  #dictionary(depth: number): PdfValue {
    this.position += 2;
    const entries = new Map<string, PdfValue>();
    for (let count = 0; count <= MAX_ITEMS; count += 1) {
      this.#skipWhitespace();
      if (this.#text.startsWith(">>", this.position)) {
        this.position += 2;
        return { kind: "dictionary", entries };
      }
      if (this.#text[this.position] !== "/") throw new Malformed();
      const key = this.#name();
      entries.set(key, this.#value(depth + 1));
    }
    throw new Malformed();
  }

  #array(depth: number): PdfValue {
    this.position += 1;
    const items: PdfValue[] = [];
    for (let count = 0; count <= MAX_ITEMS; count += 1) {
      this.#skipWhitespace();
      if (this.#text[this.position] === "]") {
        this.position += 1;
        return { kind: "array", items };
      }
      items.push(this.#value(depth + 1));
    }
    throw new Malformed();
  }

  #name(): string {
    const text = this.#text;
    this.position += 1;
    let name = "";
    while (this.position < text.length && isRegular(text.charCodeAt(this.position))) {
      const character = text[this.position]!;
      const escape = text.slice(this.position + 1, this.position + 3);
      if (character === "#" && /^[0-9A-Fa-f]{2}$/.test(escape)) {
        name += String.fromCharCode(Number.parseInt(escape, 16));
        this.position += 3;
      } else {
        name += character;
        this.position += 1;
      }
      if (name.length > 256) throw new Malformed();
    }
    return name;
  }

  #numberOrReference(): PdfValue {
    NUMBER.lastIndex = this.position;
    const match = NUMBER.exec(this.#text);
    if (!match) throw new Malformed();
    this.position += match[0].length;
    const value = Number(match[0]);
    if (!Number.isFinite(value)) throw new Malformed();
    if (match[1] !== undefined) {
      // `12 0 R` is a reference; look ahead without consuming anything else.
      REFERENCE_TAIL.lastIndex = this.position;
      const reference = REFERENCE_TAIL.exec(this.#text);
      if (reference) {
        this.position += reference[0].length;
        return { kind: "reference", objectNumber: value, generation: Number(reference[1]) };
      }
    }
    return { kind: "number", value };
  }

  #hexString(): PdfValue {
    const end = this.#text.indexOf(">", this.position);
    if (end < 0 || end - this.position > MAX_STRING_BYTES * 2) throw new Malformed();
    const digits = this.#text.slice(this.position + 1, end).replace(/[\0\t\n\f\r ]/g, "");
    if (!/^[0-9A-Fa-f]*$/.test(digits)) throw new Malformed();
    this.position = end + 1;
    this.#budget.remaining -= Math.floor(digits.length / 200);
    const padded = digits.length % 2 === 0 ? digits : `${digits}0`;
    return { kind: "string", bytes: new Uint8Array(Buffer.from(padded, "hex")) };
  }

  #literalString(): PdfValue {
    const text = this.#text;
    const bytes: number[] = [];
    let depth = 1;
    this.position += 1;
    while (this.position < text.length) {
      if (bytes.length > MAX_STRING_BYTES) throw new Malformed();
      const code = text.charCodeAt(this.position);
      this.position += 1;
      if (code === 0x5c /* backslash */) {
        this.#escape(bytes);
      } else if (code === 0x28) {
        depth += 1;
        bytes.push(code);
      } else if (code === 0x29) {
        depth -= 1;
        if (depth === 0) {
          this.#budget.remaining -= Math.floor(bytes.length / 100);
          return { kind: "string", bytes: new Uint8Array(bytes) };
        }
        bytes.push(code);
      } else {
        bytes.push(code);
      }
    }
    throw new Malformed();
  }

  #escape(bytes: number[]): void {
    const text = this.#text;
    const character = text[this.position];
    if (character === undefined) throw new Malformed();
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
    const octal = /^[0-7]{1,3}/.exec(text.slice(this.position, this.position + 3));
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8) & 0xff);
      this.position += octal[0].length;
    } else if (character in simple) {
      bytes.push(simple[character]!);
      this.position += 1;
    } else if (character === "\r" || character === "\n") {
      // A backslash at the end of a line continues the string on the next.
      this.position += character === "\r" && text[this.position + 1] === "\n" ? 2 : 1;
    } else {
      bytes.push(character.charCodeAt(0));
      this.position += 1;
    }
  }
}

/** A PDF text string: UTF-16BE or UTF-8 with their byte-order marks, else PDFDocEncoding (read as latin1). */
export function decodePdfText(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const units = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1));
    const swapped = Buffer.from(units).swap16();
    return swapped.toString("utf16le");
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  }
  return Buffer.from(bytes).toString("latin1");
}
