import type { DocumentPdfContent } from "@/modules/documents";

export const sampleCredential = {
  "@context": ["https://www.w3.org/ns/credentials/v2"],
  type: ["VerifiableCredential"],
  issuer: "did:web:pratu.example:agencies:BMA-PTW",
  credentialSubject: { name: "นางสาวสมหญิง ใจดี" },
};

export const sampleTranscriptXml =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Transcript><Student>สมหญิง ใจดี</Student></Transcript>\n';

/** A permit with hard Thai (stacked marks, SARA AM, long words) and both kinds of attachment. */
export function samplePermit(overrides: Partial<DocumentPdfContent> = {}): DocumentPdfContent {
  return {
    locale: "th",
    agency: {
      nameTh: "สำนักงานเขตปทุมวัน กรุงเทพมหานคร",
      nameEn: "Pathum Wan District Office, Bangkok",
    },
    title: "ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ",
    documentNumber: "PTW-2569-000123",
    issuedAt: new Date("2026-11-22T03:00:00Z"),
    fields: [
      { label: "ผู้ได้รับใบอนุญาต", value: "นางสาวสมหญิง ใจดี" },
      { label: "ที่อยู่", value: "99/9 ถนนพระรามที่ 1 แขวงปทุมวัน เขตปทุมวัน กรุงเทพมหานคร 10330" },
      {
        label: "ประเภทกิจการ",
        value:
          "การประกอบกิจการร้านอาหารญี่ปุ่นและจำหน่ายเครื่องดื่มปั่นซึ่งมีพื้นที่ประกอบการเกินสองร้อยตารางเมตรตามข้อกำหนดของท้องถิ่น",
      },
      { label: "วันหมดอายุ", value: "21 พฤศจิกายน 2570" },
    ],
    signatory: { name: "นายสมชาย รักษ์ดี", position: "ผู้อำนวยการเขตปทุมวัน" },
    verifyUrl: "https://pratu.example/v/AB12CD34",
    verificationCode: "AB12-CD34",
    associatedFiles: [
      {
        name: "credential.json",
        mimeType: "application/json",
        relationship: "Data",
        description: "Verifiable credential of this document",
        content: new TextEncoder().encode(JSON.stringify(sampleCredential)),
      },
      {
        name: "transcript.xml",
        mimeType: "application/xml",
        relationship: "Alternative",
        description: "Transcript as an XML message",
        content: new TextEncoder().encode(sampleTranscriptXml),
      },
    ],
    signature: { location: "กรุงเทพมหานคร" },
    ...overrides,
  };
}
