import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Runs one of poppler's command-line tools (poppler-utils, which
 * scripts/test.mjs installs when missing) on a PDF held in memory and
 * answers what it printed. `pdfsig` prints its verdict on standard output
 * and exits 0 whether or not the signature is valid.
 */
export function runPdfTool(tool: string, pdf: Uint8Array, args: readonly string[] = []): string {
  const directory = mkdtempSync(join(tmpdir(), "pratu-pdf-"));
  try {
    const path = join(directory, "document.pdf");
    writeFileSync(path, pdf);
    const output = tool === "pdftotext" ? [path, "-"] : [path];
    return execFileSync(tool, [...args, ...output], { encoding: "utf8" });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The bytes of the n-th (1-based) embedded file, as `pdfdetach` extracts it. */
export function detachFile(pdf: Uint8Array, index: number): Uint8Array {
  const directory = mkdtempSync(join(tmpdir(), "pratu-pdf-"));
  try {
    writeFileSync(join(directory, "document.pdf"), pdf);
    execFileSync("pdfdetach", [
      "-save",
      String(index),
      "-o",
      join(directory, "attachment"),
      join(directory, "document.pdf"),
    ]);
    return new Uint8Array(readFileSync(join(directory, "attachment")));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Reads a binary PGM (P5, 8-bit), the grey format pdftoppm writes. */
export function readPgm(bytes: Uint8Array): GrayImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(
    Buffer.from(bytes.subarray(0, 40)).toString("latin1"),
  );
  if (!header) throw new Error("Not an 8-bit binary PGM image");
  const width = Number(header[1]);
  const height = Number(header[2]);
  return {
    width,
    height,
    pixels: bytes.subarray(header[0].length, header[0].length + width * height),
  };
}

export function writePgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  return new Uint8Array([...header, ...image.pixels]);
}

/** The first page in grey at `dpi`, cropped to a box given in points from the top left. */
export function rasterizeFirstPage(
  pdf: Uint8Array,
  options: { dpi: number; box: { x: number; y: number; width: number; height: number } },
): GrayImage {
  const directory = mkdtempSync(join(tmpdir(), "pratu-pdf-"));
  const scale = options.dpi / 72;
  try {
    writeFileSync(join(directory, "document.pdf"), pdf);
    execFileSync("pdftoppm", [
      "-gray",
      "-singlefile",
      "-r",
      String(options.dpi),
      "-x",
      String(Math.round(options.box.x * scale)),
      "-y",
      String(Math.round(options.box.y * scale)),
      "-W",
      String(Math.round(options.box.width * scale)),
      "-H",
      String(Math.round(options.box.height * scale)),
      join(directory, "document.pdf"),
      join(directory, "page"),
    ]);
    return readPgm(new Uint8Array(readFileSync(join(directory, "page.pgm"))));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** How many pixels differ by more than `threshold` grey levels (images of one size). */
export function countDifferentPixels(left: GrayImage, right: GrayImage, threshold = 96): number {
  if (left.width !== right.width || left.height !== right.height) {
    throw new Error(
      `Image sizes differ: ${left.width}x${left.height} and ${right.width}x${right.height}`,
    );
  }
  let count = 0;
  for (let index = 0; index < left.pixels.length; index++) {
    if (Math.abs(left.pixels[index]! - right.pixels[index]!) > threshold) count++;
  }
  return count;
}
