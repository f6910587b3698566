import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

import { create, type Font } from "fontkit";

const require = createRequire(import.meta.url);
const fontPackage = dirname(require.resolve("@expo-google-fonts/sarabun/package.json"));

/**
 * Sarabun (SIL Open Font License), the open relative of TH Sarabun New that
 * government documents use. Documents need the whole font in one file, Thai
 * and Latin together with its OpenType tables; the web font package splits
 * it by script, so the complete TrueType files come from their own package.
 */
export const documentFonts = {
  regular: { name: "Sarabun", path: join(fontPackage, "400Regular", "Sarabun_400Regular.ttf") },
  bold: { name: "Sarabun-Bold", path: join(fontPackage, "700Bold", "Sarabun_700Bold.ttf") },
} as const;

export type DocumentFont = keyof typeof documentFonts;

let fontFaces: Record<DocumentFont, Font> | undefined;

/**
 * The fonts, read and parsed once per process. Parsing Sarabun's tables
 * (its Thai shaping rules among them) costs more than laying out a whole
 * document, so every document shares these; PDFKit makes each document's
 * own subset from them.
 */
export function documentFontFaces(): Record<DocumentFont, Font> {
  fontFaces ??= {
    regular: create(readFileSync(documentFonts.regular.path)) as Font,
    bold: create(readFileSync(documentFonts.bold.path)) as Font,
  };
  return fontFaces;
}
