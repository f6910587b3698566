import { defineMessages } from "@/core/i18n";

export const pkiMessages = defineMessages({
  certificate: {
    subject: { th: "ออกให้แก่", en: "Issued to" },
    issuer: { th: "ออกโดย", en: "Issued by" },
    serialNumber: { th: "หมายเลขลำดับ", en: "Serial number" },
    validity: { th: "ช่วงเวลาที่ใช้ได้", en: "Valid" },
    fingerprint: { th: "ลายนิ้วมือ SHA-256", en: "SHA-256 fingerprint" },
    source: { th: "ที่มา", en: "Source" },
    status: { th: "สถานะ", en: "Status" },
    pem: { th: "ใบรับรองในรูปแบบ PEM", en: "The certificate as PEM" },
    sources: {
      platform_ca: { th: "ออกโดย CA ของระบบนี้", en: "Issued by this deployment's CA" },
      imported: {
        th: "นำเข้าจากผู้ให้บริการออกใบรับรอง (PKCS#12)",
        en: "Imported from a certification authority (PKCS#12)",
      },
      external: { th: "กุญแจอยู่ใน HSM หรือ KMS", en: "Key held in an HSM or KMS" },
    },
    statuses: {
      current: { th: "ใช้งานอยู่", en: "Current" },
      retired: { th: "เลิกใช้แล้ว", en: "Retired" },
      expired: { th: "หมดอายุ", en: "Expired" },
    },
  },
  publish: {
    title: { th: "ใบรับรองหลักและการประทับเวลา", en: "Root certificate and time-stamps" },
    lead: {
      th: "เอกสารที่ออกจากระบบนี้ลงลายมือชื่ออิเล็กทรอนิกส์ด้วยใบรับรองที่ออกโดยผู้ออกใบรับรองหลัก (root CA) ของระบบนี้ โปรแกรมอ่าน PDF จะแสดงว่าลายมือชื่อเชื่อถือได้ก็ต่อเมื่อเชื่อถือใบรับรองหลักนี้แล้ว",
      en: "Documents issued here are signed electronically with certificates from this deployment's root certificate authority (root CA). A PDF reader shows the signature as trusted only once it trusts this root.",
    },
    checkFirst: {
      th: "ก่อนเพิ่มใบรับรองหลักในรายการที่เชื่อถือ ให้ตรวจว่าลายนิ้วมือ SHA-256 ตรงกับที่ผู้ดูแลระบบประกาศไว้ในช่องทางอื่น เช่น เว็บไซต์ทางการของหน่วยงาน",
      en: "Before you add the root to a trust list, check that its SHA-256 fingerprint matches the one the operator of this deployment published elsewhere, for example on an agency's official website.",
    },
    rootHeading: { th: "ใบรับรองหลัก", en: "The root certificate" },
    download: { th: "ดาวน์โหลด", en: "Download" },
    downloadDer: {
      th: "root.crt (DER สำหรับ Adobe และ Windows)",
      en: "root.crt (DER, for Adobe and Windows)",
    },
    downloadPem: { th: "root.pem (PEM สำหรับ openssl)", en: "root.pem (PEM, for openssl)" },
    checkCommand: {
      th: "ตรวจลายนิ้วมือของไฟล์ที่ดาวน์โหลดด้วยคำสั่ง",
      en: "Check the fingerprint of the downloaded file with",
    },
    earlierRoots: { th: "ใบรับรองหลักก่อนหน้า", en: "Earlier roots" },
    earlierRootsLead: {
      th: "เอกสารที่ลงนามไว้ก่อนเปลี่ยนใบรับรองหลักยังอ้างถึงใบรับรองเหล่านี้",
      en: "Documents signed before the root was replaced still chain to these.",
    },
    adobeHeading: { th: "เพิ่มใน Adobe Acrobat Reader", en: "Add it to Adobe Acrobat Reader" },
    adobeSteps: {
      download: { th: "ดาวน์โหลด root.crt", en: "Download root.crt." },
      preferences: {
        th: "เปิด Acrobat Reader เลือกเมนู แก้ไข (Edit) หรือเมนูหลักบน macOS > การกำหนดลักษณะ (Preferences) > ลายเซ็น (Signatures) > ข้อมูลประจำตัวและใบรับรองที่เชื่อถือได้ (Identities & Trusted Certificates) > เพิ่มเติม (More…)",
        en: "In Acrobat Reader open Edit (the main menu on macOS) > Preferences > Signatures > Identities & Trusted Certificates > More…",
      },
      import: {
        th: "เลือก ใบรับรองที่เชื่อถือได้ (Trusted Certificates) > นำเข้า (Import) > เรียกดู (Browse) เลือกไฟล์ root.crt แล้วกด นำเข้า (Import)",
        en: "Choose Trusted Certificates > Import > Browse, pick root.crt, then Import.",
      },
      trust: {
        th: "เลือก Pratu Platform Root CA ในรายการ > แก้ไขความเชื่อถือ (Edit Trust) > เลือก ใช้ใบรับรองนี้เป็นรากที่เชื่อถือได้ (Use this certificate as a trusted root) > ตกลง",
        en: "Select Pratu Platform Root CA in the list > Edit Trust > tick “Use this certificate as a trusted root” > OK.",
      },
      reopen: {
        th: "เปิดเอกสารอีกครั้ง แถบลายเซ็นจะแสดงว่าลายเซ็นถูกต้องและเชื่อถือได้",
        en: "Open the document again: the signature panel shows the signature as valid and trusted.",
      },
    },
    nssHeading: {
      th: "โปรแกรมบน Linux (Okular, Evince, pdfsig)",
      en: "Readers on Linux (Okular, Evince, pdfsig)",
    },
    nssLead: {
      th: "โปรแกรมเหล่านี้ใช้ฐานข้อมูลใบรับรอง NSS ของผู้ใช้ เพิ่มใบรับรองหลักด้วยคำสั่ง (จากแพ็กเกจ libnss3-tools)",
      en: "These readers use the user's NSS certificate database. Add the root with (from the libnss3-tools package)",
    },
    timeStampHeading: { th: "การประทับเวลา", en: "Time-stamps" },
    timeStampBuiltIn: {
      th: "ลายมือชื่อบนเอกสารมีการประทับเวลา (RFC 3161) จากหน่วยประทับเวลาของระบบนี้ ซึ่งได้รับใบรับรองจากใบรับรองหลักเดียวกัน จึงพิสูจน์ได้ว่าลงนามเมื่อใด แม้ใบรับรองของหน่วยงานจะหมดอายุภายหลัง",
      en: "Signatures carry an RFC 3161 time-stamp from this deployment's time-stamping authority, certified by the same root: it proves when a document was signed, even after the agency's certificate has expired.",
    },
    timeStampExternal: {
      th: "ลายมือชื่อบนเอกสารมีการประทับเวลา (RFC 3161) จากหน่วยประทับเวลาภายนอก",
      en: "Signatures carry an RFC 3161 time-stamp from an external time-stamping authority.",
    },
    timeStampOff: {
      th: "ระบบนี้ไม่ได้ประทับเวลาบนลายมือชื่อ",
      en: "This deployment does not time-stamp signatures.",
    },
    tsaCertificate: {
      th: "ใบรับรองของหน่วยประทับเวลา: ",
      en: "The time-stamping authority's certificate: ",
    },
    tsaService: {
      th: "หน่วยประทับเวลานี้รับคำขอจากผู้อื่นด้วย: ส่ง POST ไปที่ {url} (Content-Type: application/timestamp-query) นโยบาย {policy}",
      en: "This authority also answers others: POST to {url} (Content-Type: application/timestamp-query), policy {policy}.",
    },
    agenciesHeading: { th: "ใบรับรองของแต่ละหน่วยงาน", en: "Each agency's certificates" },
    agenciesLead: {
      th: "ใบรับรองที่หน่วยงานใช้ลงนามเอกสาร ทั้งที่ใช้อยู่และที่เลิกใช้แล้ว แสดงไว้ที่",
      en: "The certificates an agency signs documents with, current and retired, are listed at",
    },
    agenciesDirectory: {
      th: "ค้นหารหัสหน่วยงานในรายชื่อหน่วยงาน",
      en: "Find an agency's code in the directory",
    },
  },
  agency: {
    title: {
      th: "ใบรับรองสำหรับลงนามเอกสารของ{agency}",
      en: "Document-signing certificates of {agency}",
    },
    lead: {
      th: "เอกสารที่{agency}ออกลงนามด้วยใบรับรองที่ใช้อยู่ ใบรับรองที่เลิกใช้แล้วยังแสดงไว้ เพื่อให้ตรวจเอกสารที่ลงนามไว้ก่อนได้เสมอ",
      en: "{agency} signs documents with its current certificate. Retired certificates stay listed so that documents signed earlier can always be checked.",
    },
    none: {
      th: "หน่วยงานนี้ยังไม่มีใบรับรองสำหรับลงนามเอกสาร",
      en: "This agency has no document-signing certificate yet.",
    },
    rootLink: {
      th: "ใบรับรองหลักของระบบและวิธีเพิ่มในโปรแกรมอ่าน PDF",
      en: "The deployment's root certificate and how to add it to a PDF reader",
    },
  },
  console: {
    section: { th: "ใบรับรองลงนามเอกสาร", en: "Signing certificates" },
    title: { th: "ใบรับรองสำหรับลงนามเอกสาร", en: "Document-signing certificates" },
    lead: {
      th: "เอกสารที่หน่วยงานออกลงนามด้วยใบรับรองที่ใช้อยู่ ใบรับรองเก่าเก็บไว้พร้อมช่วงเวลาที่ใช้ได้ เอกสารที่ลงนามไปแล้วจึงตรวจสอบได้ตามเดิม",
      en: "Documents the agency issues are signed with its current certificate. Earlier certificates are kept with their validity, so documents already signed keep verifying.",
    },
    none: {
      th: "ยังไม่มีใบรับรอง ระบบจะออกใบรับรองจาก CA ของระบบให้เมื่อลงนามเอกสารฉบับแรก",
      en: "No certificate yet. This deployment's CA issues one when the first document is signed.",
    },
    caption: { th: "ใบรับรองของหน่วยงาน ใหม่สุดก่อน", en: "The agency's certificates, newest first" },
    publicPage: { th: "หน้าสาธารณะของใบรับรองเหล่านี้", en: "The public page of these certificates" },
    rotateHeading: { th: "ออกใบรับรองและกุญแจใหม่", en: "Issue a new certificate and key" },
    rotateLead: {
      th: "ระบบจะสร้างกุญแจใหม่และออกใบรับรองจาก CA ของระบบนี้ ใบรับรองที่ใช้อยู่จะเลิกใช้ เอกสารที่ลงนามไปแล้วยังตรวจสอบได้ ใช้เมื่อสงสัยว่ากุญแจรั่วไหล หรือใบรับรองใกล้หมดอายุ",
      en: "A new key is made and this deployment's CA certifies it; the current certificate is retired. Documents already signed keep verifying. Use it when the key may have leaked or the certificate is near its end.",
    },
    rotateReplacesImported: {
      th: "ใบรับรองที่ใช้อยู่นำเข้าจากผู้ให้บริการออกใบรับรอง การออกใบรับรองใหม่จะใช้ใบรับรองจาก CA ของระบบแทน",
      en: "The current certificate was imported from a certification authority; a new one would come from this deployment's CA instead.",
    },
    rotateConfirm: {
      th: "ฉันเข้าใจว่าเอกสารต่อจากนี้จะลงนามด้วยใบรับรองใหม่ และใบรับรองที่ใช้อยู่จะเลิกใช้",
      en: "I understand that documents from now on are signed with the new certificate and that the current one is retired.",
    },
    rotateConfirmRequired: {
      th: "กรุณาทำเครื่องหมายยืนยันก่อนออกใบรับรองใหม่",
      en: "Tick the confirmation before issuing a new certificate.",
    },
    rotateButton: { th: "ออกใบรับรองใหม่", en: "Issue a new certificate" },
    importHeading: {
      th: "นำเข้าใบรับรองจากผู้ให้บริการออกใบรับรอง",
      en: "Import a certificate from a certification authority",
    },
    importLead: {
      th: "ไฟล์ PKCS#12 (.p12 หรือ .pfx) ที่มีใบรับรองของหน่วยงาน กุญแจส่วนตัว และใบรับรองของผู้ออก กุญแจจะถูกเข้ารหัสก่อนจัดเก็บ และใบรับรองที่ใช้อยู่จะเลิกใช้",
      en: "A PKCS#12 file (.p12 or .pfx) holding the agency's certificate, its private key and its issuers' certificates. The key is encrypted before it is stored, and the current certificate is retired.",
    },
    fileLabel: { th: "ไฟล์ PKCS#12", en: "PKCS#12 file" },
    fileHint: { th: "ไม่เกิน {size} KB", en: "At most {size} KB." },
    fileRequired: { th: "กรุณาเลือกไฟล์ .p12 หรือ .pfx", en: "Choose a .p12 or .pfx file." },
    fileTooLarge: {
      th: "ไฟล์ใหญ่เกิน {size} KB ไฟล์ PKCS#12 ของใบรับรองมักมีขนาดไม่กี่ KB",
      en: "The file is larger than {size} KB; a certificate's PKCS#12 file is usually a few KB.",
    },
    passwordLabel: { th: "รหัสผ่านของไฟล์", en: "Password of the file" },
    passwordRequired: { th: "กรุณากรอกรหัสผ่านของไฟล์", en: "Enter the password of the file." },
    importButton: { th: "นำเข้าใบรับรอง", en: "Import the certificate" },
    done: {
      rotated: {
        th: "ออกใบรับรองใหม่แล้ว เอกสารต่อจากนี้จะลงนามด้วยใบรับรองนี้",
        en: "A new certificate was issued; documents from now on are signed with it.",
      },
      imported: {
        th: "นำเข้าใบรับรองแล้ว เอกสารต่อจากนี้จะลงนามด้วยใบรับรองนี้",
        en: "The certificate was imported; documents from now on are signed with it.",
      },
    },
  },
});
