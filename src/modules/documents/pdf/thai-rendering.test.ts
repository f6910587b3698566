import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";

import {
  countDifferentPixels,
  type GrayImage,
  rasterizeFirstPage,
  readPgm,
  writePgm,
} from "@test/support/pdf-tools";
import { describe, expect, it } from "vitest";

import { drawText } from "./draw-text";
import { createPdfA3Document, finishPdf } from "./pdf-a-document";

const expectedPath = new URL("./fixtures/thai-rendering.pgm.gz", import.meta.url);

const hardWords = "ปั่น ญี่ปุ่น ฟั้น น้ำ ปู่ ญาติ ฐาน ฎีกา ฤๅษี";
const paragraph =
  "ประชาชนสามารถยื่นคำขอรับใบอนุญาตผ่านช่องทางอิเล็กทรอนิกส์ได้โดยไม่ต้องเดินทางมาที่สำนักงาน" +
  "เจ้าหน้าที่จะตรวจสอบเอกสารและแจ้งผลการพิจารณาภายในเจ็ดวันนับแต่วันที่ได้รับคำขอครบถ้วน";

async function renderSample(words: string): Promise<GrayImage> {
  const document = createPdfA3Document({
    title: "Thai rendering sample",
    author: "Pratu",
    language: "th-TH",
    createdAt: new Date("2026-11-22T00:00:00Z"),
  });
  drawText(document, words, { x: 24, y: 24, width: 540 }, { font: "regular", size: 28 });
  drawText(document, paragraph, { x: 24, y: 84, width: 300 }, { font: "bold", size: 16 });
  const pdf = await finishPdf(document);
  return rasterizeFirstPage(pdf, { dpi: 100, box: { x: 0, y: 0, width: 595, height: 260 } });
}

/**
 * Renders with poppler (`pdftoppm`) and compares with the image kept in the
 * repository. Set UPDATE_RENDERING_FIXTURES=1 to write a new expected image
 * after a deliberate change; look at it before committing.
 */
describe("Thai rendering", () => {
  it("draws stacked marks and a long unspaced paragraph as the expected image, within a tolerance", async () => {
    const rendered = await renderSample(hardWords);
    if (process.env.UPDATE_RENDERING_FIXTURES === "1") {
      writeFileSync(expectedPath, gzipSync(writePgm(rendered)));
    }
    expect(existsSync(expectedPath), "expected image missing: UPDATE_RENDERING_FIXTURES=1").toBe(
      true,
    );
    const expected = readPgm(new Uint8Array(gunzipSync(readFileSync(expectedPath))));
    // Anti-aliasing may shift a few edge pixels between renderer versions; a moved mark changes far more.
    const tolerance = 40;
    expect(countDifferentPixels(rendered, expected)).toBeLessThanOrEqual(tolerance);

    // The tolerance is tight enough to see one tone mark changed (ปั่น to ปั้น).
    const oneMarkChanged = await renderSample(hardWords.replace("ปั่น", "ปั้น"));
    expect(countDifferentPixels(oneMarkChanged, expected)).toBeGreaterThan(tolerance);
  });
});
