// What a benchmark client submits: the elderly allowance, filled in as a
// person would (about fifteen answers, a citizen ID, a Thai address), a
// little different each time so that each stored application can be told
// apart and checked against what its client sent.
import { createHash, randomBytes } from "node:crypto";

import { canonicalJson } from "@/core/audit";

export const BENCH_SERVICE_ID = "elderly-allowance";

/** A valid Thai citizen ID (the thirteenth digit is the checksum) made from a number. */
export function thaiCitizenId(seed: number): string {
  const first12 = `1${String(seed % 1e11).padStart(11, "0")}`;
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += Number(first12[index]) * (13 - index);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

/** About fifteen answers with a citizen ID and a Thai address; `n` varies the house number and name. */
export function benchAnswers(n: number): Record<string, unknown> {
  return {
    fullName: `นายประยูร บุญมา ${n}`,
    citizenId: thaiCitizenId(500_000 + (n % 1_000_000)),
    birthDate: "1963-03-14",
    maritalStatus: "widowed",
    phone: "0812345678",
    registeredAddress: {
      line: `${(n % 999) + 1}/1 ถนนช้างเผือก`,
      provinceCode: "50",
      districtCode: "5001",
      subdistrictCode: "500107",
      postcode: "50300",
    },
    receivesStatePension: false,
    otherAllowances: ["disability"],
    paymentMethod: "cash",
    truthfulness: true,
  };
}

/** The same, paid by transfer: it then needs the passbook, uploaded to a draft first. */
export function benchAnswersWithPassbook(n: number, attachmentId: string): Record<string, unknown> {
  return {
    ...benchAnswers(n),
    paymentMethod: "bank_transfer",
    bank: "KTB",
    accountNumber: "1234567890",
    passbook: [attachmentId],
  };
}

/**
 * The hash the server keeps of a submission (`applications.request_hash`),
 * computed by the client from what it sent: the stored row must match it.
 */
export function submissionHash(options: {
  serviceId: string;
  draftId?: string | undefined;
  answers: unknown;
}): string {
  return createHash("sha256")
    .update(
      canonicalJson({
        serviceId: options.serviceId,
        draftId: options.draftId,
        answers: options.answers,
      }),
    )
    .digest("hex");
}

/**
 * A well-formed one-page PDF of about `size` bytes: a greyscale image of
 * random pixels, as incompressible as a scanned passbook.
 */
export function benchPdf(size = 200 * 1024): Buffer {
  const pixels = randomBytes(Math.max(1024, size - 700));
  const width = 1024;
  const height = Math.floor(pixels.byteLength / width);
  const image = pixels.subarray(0, width * height);
  const objects: Buffer[] = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
    ),
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${image.byteLength} >>\nstream\n`,
      ),
      image,
      Buffer.from("\nendstream"),
    ]),
    (() => {
      const content = "q 595 0 0 842 0 0 cm /Im0 Do Q";
      return Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    })(),
  ];
  const chunks: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let length = chunks[0]!.byteLength;
  objects.forEach((object, index) => {
    offsets.push(length);
    const framed = Buffer.concat([
      Buffer.from(`${index + 1} 0 obj\n`),
      object,
      Buffer.from("\nendobj\n"),
    ]);
    chunks.push(framed);
    length += framed.byteLength;
  });
  const xref = [
    "xref",
    `0 ${objects.length + 1}`,
    "0000000000 65535 f ",
    ...offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n `),
    "trailer",
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    "startxref",
    String(length),
    "%%EOF",
    "",
  ].join("\n");
  chunks.push(Buffer.from(xref));
  return Buffer.concat(chunks);
}
