import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

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

let fontFiles: Record<DocumentFont, Buffer> | undefined;

/** The font files, read once per process. */
export function documentFontFiles(): Record<DocumentFont, Buffer> {
  fontFiles ??= {
    regular: readFileSync(documentFonts.regular.path),
    bold: readFileSync(documentFonts.bold.path),
  };
  return fontFiles;
}
