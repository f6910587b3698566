import QRCode from "qrcode";

/**
 * Draws a QR code as vector squares (sharp at any zoom and print size, and
 * no image for PDF/A to worry about), with the quiet zone scanners need.
 */
export function drawQrCode(
  document: PDFKit.PDFDocument,
  text: string,
  box: { x: number; y: number; size: number },
): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quietZone = 2;
  const cell = box.size / (modules.size + quietZone * 2);
  document.save();
  document.rect(box.x, box.y, box.size, box.size).fill("#ffffff");
  for (let row = 0; row < modules.size; row++) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column++;
      document.rect(
        box.x + (quietZone + start) * cell,
        box.y + (quietZone + row) * cell,
        (column - start) * cell,
        cell,
      );
    }
  }
  document.fill("#000000");
  document.restore();
}
