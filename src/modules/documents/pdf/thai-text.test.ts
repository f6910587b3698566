import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";

import { documentFonts } from "./fonts";
import { breakIntoLines, forFontShaping, needsActualText } from "./thai-text";

const font = fontkit.openSync(documentFonts.regular.path) as fontkit.Font;
/** Widths as the PDF will set them: Sarabun at 13 pt, shaped. */
const measure = (text: string) =>
  (font.layout(forFontShaping(text)).advanceWidth / font.unitsPerEm) * 13;

const paragraph =
  "ผู้ได้รับใบอนุญาตต้องแสดงใบอนุญาตไว้ในที่เปิดเผยและเห็นได้ง่ายณสถานที่ประกอบกิจการ" +
  "และต้องปฏิบัติตามข้อกำหนดของกรุงเทพมหานครว่าด้วยการควบคุมกิจการที่เป็นอันตรายต่อสุขภาพโดยเคร่งครัด";

function wordBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  for (const { index, segment } of new Intl.Segmenter("th", { granularity: "word" }).segment(
    text,
  )) {
    boundaries.add(index);
    boundaries.add(index + segment.length);
  }
  return boundaries;
}

describe("breaking Thai text into lines", () => {
  it("breaks a Thai paragraph without spaces only between words, each line within the width", () => {
    const lines = breakIntoLines({ text: paragraph, maxWidth: 200, measure });

    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join("")).toBe(paragraph);
    const boundaries = wordBoundaries(paragraph);
    let offset = 0;
    for (const line of lines) {
      expect(boundaries.has(offset)).toBe(true);
      expect(measure(line)).toBeLessThanOrEqual(200);
      offset += line.length;
    }
    // Words the font would otherwise cut through stay whole on one line.
    for (const word of ["กรุงเทพมหานคร", "อนุญาต", "กำหนด", "ปฏิบัติ", "เคร่งครัด"]) {
      expect(lines.some((line) => line.includes(word))).toBe(true);
    }
  });

  it("would cut words if it broke between characters, which it does not", () => {
    const byCharacter: string[] = [];
    let line = "";
    for (const character of paragraph) {
      if (line !== "" && measure(line + character) > 200) {
        byCharacter.push(line);
        line = "";
      }
      line += character;
    }
    const boundaries = wordBoundaries(paragraph);
    let offset = 0;
    const cuts = byCharacter.filter((piece) => !boundaries.has((offset += piece.length)));
    expect(cuts.length).toBeGreaterThan(0);
  });

  it("keeps tone marks and vowels with their consonant when one word is wider than the line", () => {
    const lines = breakIntoLines({ text: "ญี่ปุ่นปั่นฟั้นน้ำ", maxWidth: 30, measure });
    expect(lines.join("")).toBe("ญี่ปุ่นปั่นฟั้นน้ำ");
    expect(lines.length).toBeGreaterThan(1);
    for (const piece of lines) expect(piece).not.toMatch(/^[\u0E31\u0E33-\u0E3A\u0E47-\u0E4E]/);
  });

  it("breaks Latin text at spaces, drops the spaces at line ends and keeps line feeds", () => {
    const lines = breakIntoLines({
      text: "Department of Provincial Administration\nกรมการปกครอง",
      maxWidth: 120,
      measure,
    });
    expect(lines).toEqual(["Department of", "Provincial", "Administration", "กรมการปกครอง"]);
  });

  it("gives SARA AM to the font as the glyphs it draws, and states Thai lines in /ActualText", () => {
    expect(forFontShaping("กำหนด น้ำ")).toBe("ก\u0E4D\u0E32หนด น\u0E49\u0E4D\u0E32");
    expect(needsActualText("สมหญิง ใจดี")).toBe(true);
    expect(needsActualText("No. 2569/123")).toBe(false);
  });

  it("shapes Thai with the font's tables: marks are moved and narrow forms chosen", () => {
    const run = font.layout("ปั่น");
    const names = run.glyphs.map((glyph) => glyph.name);
    // The tall consonant ป pushes the tone mark left and makes the upper vowel narrow.
    expect(names).toEqual(["uni0E1B", "uni0E31.narrow", "uni0E48.small", "uni0E19"]);
    expect(run.positions[2]!.xOffset).toBeLessThan(0);
  });
});
