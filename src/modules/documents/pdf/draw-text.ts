import { type DocumentFont, documentFonts } from "./fonts";
import { breakIntoLines, forFontShaping, needsActualText } from "./thai-text";

export interface TextStyle {
  font: DocumentFont;
  size: number;
  color?: string;
  /** Line pitch as a multiple of the size: Thai stacks marks above and below. */
  lineHeight?: number;
}

export function useStyle(document: PDFKit.PDFDocument, style: TextStyle): void {
  document
    .font(documentFonts[style.font].name)
    .fontSize(style.size)
    .fillColor(style.color ?? "#1b1b1b");
}

/** The height `drawText` will take for the text in a box of the given width. */
export function textHeight(
  document: PDFKit.PDFDocument,
  text: string,
  width: number,
  style: TextStyle,
): number {
  useStyle(document, style);
  const measure = (line: string) => document.widthOfString(forFontShaping(line));
  return breakIntoLines({ text, maxWidth: width, measure }).length * pitchOf(style);
}

function pitchOf(style: TextStyle): number {
  return style.size * (style.lineHeight ?? 1.5);
}

/**
 * Draws text in a box of the given width, broken into lines between words,
 * and answers the height it took. Lines are placed here rather than by
 * PDFKit, whose line breaker does not know where Thai words end.
 */
export function drawText(
  document: PDFKit.PDFDocument,
  text: string,
  box: { x: number; y: number; width: number; align?: "left" | "center" | "right" },
  style: TextStyle,
): number {
  useStyle(document, style);
  const measure = (line: string) => document.widthOfString(forFontShaping(line));
  const lines = breakIntoLines({ text, maxWidth: box.width, measure });
  const pitch = pitchOf(style);
  lines.forEach((line, index) => {
    if (line === "") return;
    const free = box.width - measure(line);
    const x = box.x + (box.align === "center" ? free / 2 : box.align === "right" ? free : 0);
    const actualText = needsActualText(line);
    if (actualText) document.markContent("Span", { actual: line });
    document.text(forFontShaping(line), x, box.y + index * pitch, { lineBreak: false });
    if (actualText) document.endMarkedContent();
  });
  return lines.length * pitch;
}
