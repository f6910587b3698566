import { defineMessages, type Message } from "@/core/i18n";

/**
 * What verification can say about a credential, by stable code. The verify
 * page shows these; the API sends the code with both languages.
 */
export const credentialProblemMessages = defineMessages({
  malformed_credential: {
    th: "ข้อมูลที่ส่งมาไม่ใช่ข้อรับรองแบบตรวจสอบได้ (Verifiable Credential) ที่อ่านได้",
    en: "This is not a readable verifiable credential.",
  },
  missing_proof: {
    th: "ข้อรับรองนี้ไม่มีลายมือชื่อดิจิทัล",
    en: "The credential carries no digital signature.",
  },
  malformed_proof: {
    th: "ลายมือชื่อดิจิทัลของข้อรับรองอยู่ในรูปแบบที่ไม่ถูกต้อง",
    en: "The credential's digital signature is malformed.",
  },
  unsupported_cryptosuite: {
    th: "ลายมือชื่อใช้วิธีที่ระบบไม่รองรับ (รองรับ ecdsa-rdfc-2019 และ eddsa-rdfc-2022)",
    en: "The signature uses a method Pratu does not support (ecdsa-rdfc-2019 and eddsa-rdfc-2022 are).",
  },
  wrong_proof_purpose: {
    th: "ลายมือชื่อไม่ได้ทำขึ้นเพื่อรับรองข้อมูลนี้",
    en: "The signature was not made for this purpose.",
  },
  proof_expired: { th: "ลายมือชื่อหมดอายุแล้ว", en: "The signature has expired." },
  context_mismatch: {
    th: "ลายมือชื่ออ้างบริบทข้อมูล (context) ไม่ตรงกับข้อรับรอง",
    en: "The signature names other JSON-LD contexts than the credential.",
  },
  key_not_suitable: {
    th: "กุญแจที่อ้างถึงใช้กับวิธีลงลายมือชื่อนี้ไม่ได้",
    en: "The key named does not fit the signature method.",
  },
  invalid_signature: {
    th: "ลายมือชื่อไม่ถูกต้อง: ข้อมูลถูกแก้ไขหลังลงนาม หรือไม่ได้ลงนามด้วยกุญแจนี้",
    en: "The signature is not valid: the data was changed after signing, or another key signed it.",
  },
  unknown_context: {
    th: "ข้อรับรองใช้บริบทข้อมูล (JSON-LD context) ที่ระบบไม่รู้จัก",
    en: "The credential uses a JSON-LD context Pratu does not know.",
  },
  invalid_json_ld: {
    th: "ข้อรับรองมีข้อมูลที่ไม่ได้นิยามไว้ในบริบทข้อมูล จึงตรวจลายมือชื่อไม่ได้",
    en: "The credential holds terms its contexts do not define, so its signature cannot be checked.",
  },
  unknown_verification_method: {
    th: "ไม่พบกุญแจที่ลายมือชื่ออ้างถึงในเอกสาร DID ของผู้ออก",
    en: "The key the signature names is not in the issuer's DID document.",
  },
  method_not_authorized: {
    th: "กุญแจนี้ไม่ได้รับอนุญาตให้ใช้ลงนามเพื่อการนี้",
    en: "This key is not authorised to sign for this purpose.",
  },
  malformed_did: {
    th: "ตัวระบุผู้ออก (DID) ไม่ถูกต้อง",
    en: "The issuer's identifier (DID) is malformed.",
  },
  unknown_issuer: {
    th: "ผู้ออกไม่ใช่หน่วยงานที่รู้จักในระบบนี้ จึงยืนยันลายมือชื่อไม่ได้",
    en: "The issuer is not an agency known here, so the signature cannot be confirmed.",
  },
  issuer_not_registered: {
    th: "ลายมือชื่อถูกต้อง แต่ผู้ออกไม่อยู่ในทะเบียนหน่วยงานของรัฐ",
    en: "The signature is valid, but the issuer is not in the register of public agencies.",
  },
  issuer_mismatch: {
    th: "ลายมือชื่อทำโดยผู้อื่น ไม่ใช่ผู้ออกที่ระบุในข้อรับรอง",
    en: "The signature was made by someone other than the credential's issuer.",
  },
  revoked: { th: "เอกสารนี้ถูกเพิกถอนแล้ว", en: "This document has been revoked." },
  suspended: { th: "เอกสารนี้ถูกระงับการใช้ชั่วคราว", en: "This document is suspended." },
  status_unchecked: {
    th: "ตรวจสถานะการเพิกถอนไม่ได้ เพราะรายการสถานะอยู่นอกระบบนี้",
    en: "Revocation could not be checked: the status list is held outside Pratu.",
  },
  status_entry_invalid: {
    th: "ข้อมูลสถานะของข้อรับรองไม่ถูกต้อง",
    en: "The credential's status entry is not valid.",
  },
  no_status: {
    th: "ข้อรับรองนี้ไม่มีข้อมูลสถานะ จึงไม่อาจทราบว่าถูกเพิกถอนหรือไม่",
    en: "The credential has no status entry, so a revocation could not be seen.",
  },
  invalid_dates: {
    th: "วันที่มีผลหรือวันหมดอายุของข้อรับรองไม่ถูกต้อง",
    en: "The credential's validity dates are malformed.",
  },
  not_yet_valid: { th: "เอกสารนี้ยังไม่มีผล", en: "This document is not valid yet." },
  expired: { th: "เอกสารนี้หมดอายุแล้ว", en: "This document has expired." },
  record_differs: {
    th: "ลายมือชื่อถูกต้อง แต่ไฟล์ข้อรับรองไม่ตรงกับฉบับที่ออกทุกตัวอักษร (ข้อมูลเหมือนเดิม)",
    en: "The signature is valid, but the credential file is not byte for byte the one issued (its data is the same).",
  },
  malformed_presentation: {
    th: "ข้อมูลที่ส่งมาไม่ใช่การนำเสนอข้อรับรอง (Verifiable Presentation) ที่อ่านได้",
    en: "This is not a readable verifiable presentation.",
  },
  presentation_proof_required: {
    th: "ต้องมีลายมือชื่อของผู้นำเสนอเมื่อระบุ challenge หรือ domain",
    en: "A challenge or domain was given, so the presentation must be signed.",
  },
  challenge_mismatch: {
    th: "ค่า challenge ในลายมือชื่อไม่ตรงกับที่กำหนด",
    en: "The signature's challenge is not the one expected.",
  },
  domain_mismatch: {
    th: "ค่า domain ในลายมือชื่อไม่ตรงกับที่กำหนด",
    en: "The signature's domain is not the one expected.",
  },
  holder_mismatch: {
    th: "ลายมือชื่อของการนำเสนอไม่ได้ทำโดยผู้ถือที่ระบุ",
    en: "The presentation was not signed by its stated holder.",
  },
  credential_not_verified: {
    th: "ข้อรับรองในการนำเสนอนี้ตรวจสอบไม่ผ่าน",
    en: "A credential in the presentation did not verify.",
  },
} satisfies Record<string, Message>);

export type CredentialProblemCode = keyof typeof credentialProblemMessages;
