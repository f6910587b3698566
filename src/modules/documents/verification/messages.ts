import { defineMessages } from "@/core/i18n";

/**
 * What verification says, in Thai and English. The checklist sentences take
 * their values (agency, dates, reasons) when a document is verified; the page
 * text is for the verify page and its result.
 */
export const verificationMessages = defineMessages({
  checks: {
    signature: {
      pdfValid: {
        th: "ลายมือชื่อดิจิทัลถูกต้อง ลงนามด้วยใบรับรองของ {agency} ซึ่งออกโดยผู้ให้บริการออกใบรับรองของระบบประตู",
        en: "The digital signature is valid: signed with the certificate of {agency}, issued by Pratu's certificate authority.",
      },
      pdfValidImported: {
        th: "ลายมือชื่อดิจิทัลถูกต้อง ลงนามด้วยใบรับรองของ {agency} ที่ลงทะเบียนไว้กับระบบประตู",
        en: "The digital signature is valid: signed with the certificate {agency} registered with Pratu.",
      },
      changedAfterSigning: {
        th: "ไฟล์นี้ถูกแก้ไขหลังลงนาม เนื้อหาไม่ใช่ฉบับที่หน่วยงานลงนามไว้",
        en: "This file was changed after signing: its content is not what the agency signed.",
      },
      unsigned: {
        th: "ไฟล์ PDF นี้ไม่มีลายมือชื่อดิจิทัล",
        en: "This PDF carries no digital signature.",
      },
      unreadable: {
        th: "อ่านลายมือชื่อดิจิทัลในไฟล์นี้ไม่ได้ ไฟล์อาจเสียหายหรือไม่ได้สร้างโดยระบบประตู",
        en: "The digital signature in this file cannot be read. The file may be damaged, or was not made by Pratu.",
      },
      invalid: {
        th: "ลายมือชื่อดิจิทัลไม่ถูกต้อง ไม่ตรงกับเนื้อหาหรือใบรับรองของผู้ลงนาม",
        en: "The digital signature is not valid: it does not match the content or the signer's certificate.",
      },
      untrustedCertificate: {
        th: "ใบรับรองของผู้ลงนามไม่ได้ออกโดยผู้ให้บริการออกใบรับรองที่ระบบนี้เชื่อถือ ({detail})",
        en: "The signer's certificate was not issued by a certificate authority Pratu trusts ({detail}).",
      },
      unknownCertificate: {
        th: "ลงนามด้วยใบรับรองที่ระบบนี้ไม่รู้จัก เอกสารอาจออกจากระบบอื่น โปรดตรวจสอบกับผู้ออกเอกสาร",
        en: "Signed with a certificate this Pratu does not know. The document may come from another system; check with whoever issued it.",
      },
      credentialValid: {
        th: "ลายมือชื่อดิจิทัลของข้อรับรองถูกต้อง ({suite})",
        en: "The credential's digital signature is valid ({suite}).",
      },
    },
    issuer: {
      known: {
        th: "ออกโดย {agency} ({code}) หน่วยงานของรัฐที่อยู่ในทะเบียนหน่วยงานของระบบประตู",
        en: "Issued by {agency} ({code}), a public agency in Pratu's register of agencies.",
      },
      mismatch: {
        th: "ผู้ลงนามไม่ใช่หน่วยงานที่บันทึกว่าเป็นผู้ออกเอกสารนี้",
        en: "The signer is not the agency recorded as this document's issuer.",
      },
      notRegistered: {
        th: "ผู้ออกไม่อยู่ในทะเบียนหน่วยงานของระบบประตู",
        en: "The issuer is not in Pratu's register of agencies.",
      },
      unknownWithoutSignature: {
        th: "ยืนยันผู้ออกไม่ได้ เพราะลายมือชื่อดิจิทัลตรวจสอบไม่ผ่าน",
        en: "The issuer cannot be confirmed, because the digital signature did not verify.",
      },
    },
    status: {
      active: {
        th: "ไม่ถูกเพิกถอนหรือระงับ (ตรวจเมื่อ {at})",
        en: "Not revoked or suspended (checked {at}).",
      },
      revoked: {
        th: "ถูกเพิกถอนเมื่อ {at} เหตุผล: {reason}",
        en: "Revoked on {at}. Reason: {reason}",
      },
      suspended: {
        th: "ถูกระงับการใช้ชั่วคราวตั้งแต่ {at} เหตุผล: {reason}",
        en: "Suspended since {at}. Reason: {reason}",
      },
      unknownDocument: {
        th: "ตรวจสถานะไม่ได้ เพราะไม่พบเอกสารนี้ในระบบ",
        en: "The status cannot be checked, because this document is not on record here.",
      },
    },
    validity: {
      validUntil: { th: "ยังไม่หมดอายุ ใช้ได้ถึง {date}", en: "Not expired: valid until {date}." },
      noEnd: { th: "เอกสารนี้ไม่มีวันหมดอายุ", en: "This document does not expire." },
      expired: { th: "หมดอายุแล้วเมื่อ {date}", en: "Expired on {date}." },
      notYetValid: { th: "เอกสารนี้ยังไม่มีผล", en: "This document is not valid yet." },
      unknownDocument: {
        th: "ตรวจวันหมดอายุไม่ได้ เพราะไม่พบเอกสารนี้ในระบบ",
        en: "The expiry cannot be checked, because this document is not on record here.",
      },
    },
    integrity: {
      pdfAsIssued: {
        th: "ไฟล์นี้ตรงกับฉบับที่ออกทุกไบต์ (SHA-256 {hash})",
        en: "This file is byte for byte the one issued (SHA-256 {hash}).",
      },
      pdfChanged: {
        th: "ไฟล์นี้ไม่ใช่ฉบับที่ออก เพราะถูกแก้ไขหลังลงนาม",
        en: "This file is not the one issued: it was changed after signing.",
      },
      pdfNotIssued: {
        th: "ไม่พบเอกสารที่ออกในระบบนี้ที่ตรงกับไฟล์นี้ทุกไบต์",
        en: "No document issued here is byte for byte this file.",
      },
      credentialAsIssued: {
        th: "ข้อรับรองนี้ตรงกับฉบับที่ออก (SHA-256 {hash})",
        en: "This credential is the one issued (SHA-256 {hash}).",
      },
      credentialNotIssued: {
        th: "ไม่พบข้อรับรองที่ออกในระบบนี้ที่ตรงกับข้อรับรองนี้",
        en: "No credential issued here matches this one.",
      },
      codeOnly: {
        th: "คุณกรอกรหัสตรวจสอบ จึงไม่มีไฟล์ให้เทียบ หากได้รับไฟล์มา ให้อัปโหลดไฟล์นั้นเพื่อตรวจว่าตรงกับฉบับที่ออก",
        en: "You entered a code, so there was no file to compare. If you were given a file, upload it to check it is the one issued.",
      },
    },
  },
  names: {
    signature: { th: "ลายมือชื่อดิจิทัล", en: "Digital signature" },
    issuer: { th: "หน่วยงานผู้ออก", en: "Issuing agency" },
    status: { th: "การเพิกถอนหรือระงับ", en: "Revocation or suspension" },
    validity: { th: "วันหมดอายุ", en: "Expiry" },
    integrity: { th: "ตรงกับฉบับที่ออก", en: "Same as issued" },
  },
  outcomes: {
    passed: { th: "ผ่าน", en: "Passed" },
    failed: { th: "ไม่ผ่าน", en: "Failed" },
    not_applicable: { th: "ไม่ได้ตรวจ", en: "Not checked" },
  },
  verdicts: {
    valid: { th: "เอกสารถูกต้อง", en: "Valid document" },
    not_valid: { th: "ตรวจสอบไม่ผ่าน", en: "Not valid" },
    revoked: { th: "เอกสารถูกเพิกถอนแล้ว", en: "Revoked" },
    suspended: { th: "เอกสารถูกระงับการใช้ชั่วคราว", en: "Suspended" },
    expired: { th: "เอกสารหมดอายุแล้ว", en: "Expired" },
    changed_after_signing: { th: "แก้ไขหลังลงนาม", en: "Changed after signing" },
  },
  verdictAdvice: {
    valid: {
      th: "หน่วยงานออกเอกสารนี้จริง และยังใช้ได้ เทียบข้อมูลด้านล่างกับเอกสารที่คุณได้รับ",
      en: "The agency really issued this document and it is in force. Compare the data below with the document you were given.",
    },
    not_valid: {
      th: "ยืนยันไม่ได้ว่าหน่วยงานออกเอกสารนี้ อย่าเชื่อถือเอกสารนี้ โปรดขอเอกสารฉบับจริงหรือรหัสตรวจสอบจากผู้ถือ",
      en: "It cannot be confirmed that an agency issued this document. Do not rely on it; ask the holder for the original file or its verification code.",
    },
    revoked: {
      th: "หน่วยงานเพิกถอนเอกสารนี้แล้ว เอกสารนี้ใช้ไม่ได้",
      en: "The agency has revoked this document. It is no longer in force.",
    },
    suspended: {
      th: "หน่วยงานระงับการใช้เอกสารนี้ไว้ชั่วคราว อย่าใช้เอกสารนี้จนกว่าจะมีการคืนสถานะ",
      en: "The agency has suspended this document. Do not rely on it unless it is reinstated.",
    },
    expired: {
      th: "เอกสารนี้ออกโดยหน่วยงานจริง แต่หมดอายุแล้ว",
      en: "An agency really issued this document, but it has expired.",
    },
    changed_after_signing: {
      th: "มีผู้แก้ไขไฟล์นี้หลังหน่วยงานลงนาม อย่าเชื่อถือเนื้อหาในไฟล์นี้ โปรดขอไฟล์ฉบับจริงหรือรหัสตรวจสอบจากผู้ถือ",
      en: "Someone changed this file after the agency signed it. Do not rely on what it says; ask the holder for the original file or its verification code.",
    },
  },
  page: {
    title: { th: "ตรวจสอบเอกสาร", en: "Verify a document" },
    lead: {
      th: "ตรวจว่าเอกสารออกโดยหน่วยงานของรัฐจริง ยังไม่ถูกเพิกถอน ไม่หมดอายุ และไม่ถูกแก้ไข เลือกวิธีใดวิธีหนึ่งด้านล่าง",
      en: "Check that a public agency really issued a document, that it is not revoked or expired, and that it was not changed. Use any one of the ways below.",
    },
    privacy: {
      th: "ไฟล์และข้อมูลที่คุณส่งใช้เพื่อตรวจสอบเท่านั้น ระบบไม่เก็บไว้",
      en: "What you send is used only to check it; Pratu does not keep it.",
    },
    codeHeading: { th: "กรอกรหัสตรวจสอบ", en: "Enter the verification code" },
    codeLabel: { th: "รหัสตรวจสอบ", en: "Verification code" },
    codeHint: {
      th: "รหัส 10 ตัวอักษรใต้คิวอาร์โค้ดบนเอกสาร เช่น 7KQ2-M9XD-4R หรือวางลิงก์ที่ขึ้นต้นด้วย /v/",
      en: "The 10 characters under the QR code on the document, e.g. 7KQ2-M9XD-4R, or paste the link that contains /v/.",
    },
    codeButton: { th: "ตรวจด้วยรหัส", en: "Check the code" },
    fileHeading: { th: "อัปโหลดไฟล์ PDF", en: "Upload the PDF" },
    fileLabel: { th: "ไฟล์ PDF ของเอกสาร", en: "The document's PDF file" },
    fileHint: {
      th: "ไฟล์ที่คุณได้รับจากผู้ถือเอกสาร ขนาดไม่เกิน 50 MB",
      en: "The file the holder gave you, up to 50 MB.",
    },
    fileButton: { th: "ตรวจไฟล์", en: "Check the file" },
    credentialHeading: { th: "วางข้อรับรอง (JSON)", en: "Paste a credential (JSON)" },
    credentialLabel: {
      th: "ข้อรับรองแบบตรวจสอบได้ (Verifiable Credential)",
      en: "Verifiable credential",
    },
    credentialHint: {
      th: "สำหรับระบบหรือกระเป๋าเงินดิจิทัลที่ให้ข้อรับรองเป็น JSON",
      en: "For systems and wallets that hand over the credential as JSON.",
    },
    credentialButton: { th: "ตรวจข้อรับรอง", en: "Check the credential" },
    resultHeading: { th: "ผลการตรวจสอบ", en: "Result" },
    checklistHeading: { th: "สิ่งที่ตรวจ", en: "What was checked" },
    dataHeading: { th: "ข้อมูลในเอกสาร", en: "The document's data" },
    dataLead: {
      th: "ข้อมูลตามที่หน่วยงานบันทึกไว้เมื่อออกเอกสาร ชื่อผู้ถือแสดงบางส่วนเพื่อคุ้มครองข้อมูลส่วนบุคคล",
      en: "The data as the agency recorded it at issue. The holder's name is partly hidden to protect their privacy.",
    },
    number: { th: "เลขที่เอกสาร", en: "Document number" },
    documentTitle: { th: "ชื่อเอกสาร", en: "Document" },
    holder: { th: "ผู้ถือเอกสาร", en: "Holder" },
    issuedBy: { th: "ออกโดย", en: "Issued by" },
    issuedOn: { th: "วันที่ออก", en: "Issued on" },
    validUntil: { th: "ใช้ได้ถึง", en: "Valid until" },
    noExpiry: { th: "ไม่มีวันหมดอายุ", en: "Does not expire" },
    transparency: { th: "บันทึกความโปร่งใส", en: "Transparency log" },
    transparencyEntry: {
      th: "รายการที่ {index} ในบันทึกความโปร่งใสของ {agency}",
      en: "Entry {index} in the transparency log of {agency}",
    },
    agencyChannels: {
      th: "ช่องทางทางการของหน่วยงานนี้",
      en: "This agency's official channels",
    },
    embeddedHeading: { th: "ข้อรับรองที่แนบในไฟล์", en: "The credential inside the file" },
    embeddedVerified: {
      th: "ไฟล์นี้มีข้อรับรอง (credential.json) แนบอยู่ และตรวจสอบผ่าน",
      en: "The file carries a credential (credential.json), and it verifies.",
    },
    embeddedVerifiedOther: {
      th: "ไฟล์นี้มีข้อรับรองของเอกสารเลขที่ {number} แนบอยู่และตรวจสอบผ่าน แต่ตัวไฟล์ PDF ไม่ใช่ฉบับที่ออกพร้อมข้อรับรองนั้น",
      en: "The file carries the credential of document {number}, and it verifies, but the PDF itself is not the one issued with it.",
    },
    embeddedFailed: {
      th: "ไฟล์นี้มีข้อรับรองแนบอยู่ แต่ตรวจสอบไม่ผ่าน: {reason}",
      en: "The file carries a credential, but it does not verify: {reason}",
    },
    embeddedUnreadable: {
      th: "ไฟล์นี้มีข้อรับรองแนบอยู่ แต่อ่านไม่ได้",
      en: "The file carries a credential, but it cannot be read.",
    },
    embeddedMissing: {
      th: "ไม่พบข้อรับรองแนบในไฟล์นี้",
      en: "No credential was found inside this file.",
    },
    checkAnother: { th: "ตรวจเอกสารอื่น", en: "Check another document" },
    notFoundTitle: { th: "ไม่พบเอกสาร", en: "Document not found" },
    notFoundLead: {
      th: "ไม่มีเอกสารที่ใช้รหัสตรวจสอบ {code} ตรวจรหัสใต้คิวอาร์โค้ดบนเอกสารแล้วกรอกใหม่ หรืออัปโหลดไฟล์ PDF หากยังไม่พบ เอกสารนี้อาจไม่ได้ออกโดยหน่วยงานของรัฐ",
      en: "No document has the verification code {code}. Check the code under the QR code on the document and enter it again, or upload the PDF. If it still is not found, the document may not have been issued by a public agency.",
    },
    tooLargeTitle: { th: "ไฟล์ใหญ่เกินไป", en: "The file is too large" },
  },
  input: {
    codeRequired: {
      th: "กรุณากรอกรหัสตรวจสอบ",
      en: "Enter the verification code.",
    },
    codeInvalid: {
      th: "รหัสตรวจสอบคือตัวอักษรภาษาอังกฤษและตัวเลขรวม 10 ตัว ตรวจรหัสใต้คิวอาร์โค้ดอีกครั้ง",
      en: "A verification code is 10 letters and digits. Check the code under the QR code again.",
    },
    codeUnknown: {
      th: "ไม่พบเอกสารที่ใช้รหัสตรวจสอบนี้ ตรวจรหัสอีกครั้ง หรืออัปโหลดไฟล์ PDF",
      en: "No document has this verification code. Check the code again, or upload the PDF.",
    },
    fileRequired: {
      th: "กรุณาเลือกไฟล์ PDF",
      en: "Choose a PDF file.",
    },
    fileEmpty: {
      th: "ไฟล์ที่เลือกว่างเปล่า (0 ไบต์) โปรดเลือกไฟล์เอกสารอีกครั้ง",
      en: "The file you chose is empty (0 bytes). Choose the document's file again.",
    },
    fileNotPdf: {
      th: "ไฟล์นี้ไม่ใช่ PDF โปรดเลือกไฟล์ PDF ของเอกสาร",
      en: "This file is not a PDF. Choose the document's PDF file.",
    },
    fileTooLarge: {
      th: "ไฟล์ใหญ่เกิน 50 MB เอกสารจากระบบประตูมีขนาดเล็กกว่านี้มาก โปรดตรวจว่าเลือกไฟล์ถูก",
      en: "The file is larger than 50 MB. Documents from Pratu are far smaller; check that you chose the right file.",
    },
    credentialRequired: {
      th: "กรุณาวางข้อรับรองในรูปแบบ JSON",
      en: "Paste the credential as JSON.",
    },
    credentialNotJson: {
      th: "ข้อความที่วางไม่ใช่ JSON ที่ถูกต้อง ({detail})",
      en: "What you pasted is not valid JSON ({detail}).",
    },
    credentialNotObject: {
      th: "ข้อรับรองต้องเป็นออบเจกต์ JSON ที่ขึ้นต้นด้วย {",
      en: "A credential is a JSON object, starting with {.",
    },
    credentialTooLong: {
      th: "ข้อรับรองยาวเกิน {max} ตัวอักษร",
      en: "The credential is longer than {max} characters.",
    },
    unsupportedBody: {
      th: "ส่งไฟล์ PDF (application/pdf หรือ multipart ช่อง file) หรือ JSON ที่มี code หรือ credential",
      en: "Send a PDF (application/pdf, or multipart with a file field) or JSON with code or credential.",
    },
  },
});
