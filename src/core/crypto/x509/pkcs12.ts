import { createPrivateKey, type KeyObject } from "node:crypto";

import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

import { AppError } from "@/core/errors";
import { defineMessages, type Message } from "@/core/i18n";

import { certificateFromDer, certificateToDer, toArrayBuffer } from "./certificates";
import { publicKeyDerOf } from "./document-signer";

const bagTypes = {
  keyBag: "1.2.840.113549.1.12.10.1.1",
  shroudedKeyBag: "1.2.840.113549.1.12.10.1.2",
  certBag: "1.2.840.113549.1.12.10.1.3",
} as const;

export const pkcs12Messages = defineMessages({
  unreadable: {
    th: "ไฟล์นี้ไม่ใช่ไฟล์ PKCS#12 (.p12 หรือ .pfx) ที่อ่านได้",
    en: "This file is not a readable PKCS#12 (.p12 or .pfx) file.",
  },
  wrongPassword: {
    th: "รหัสผ่านไม่ถูกต้อง หรือไฟล์เสียหาย",
    en: "The password is wrong, or the file is damaged.",
  },
  unsupportedEncryption: {
    th: "ไฟล์นี้เข้ารหัสด้วยวิธีเก่าที่ไม่รองรับ โปรดส่งออกใหม่ด้วย AES-256 (เช่น openssl pkcs12 -export)",
    en: "This file uses an old encryption method that is not supported. Export it again with AES-256 (for example openssl pkcs12 -export).",
  },
  noKey: {
    th: "ไฟล์นี้ไม่มีกุญแจส่วนตัวที่ตรงกับใบรับรอง",
    en: "This file holds no private key that matches a certificate in it.",
  },
  unsupportedKey: {
    th: "กุญแจในไฟล์นี้ไม่ใช่ RSA หรือ ECDSA จึงใช้ลงนามเอกสารไม่ได้",
    en: "The key in this file is neither RSA nor ECDSA, so it cannot sign documents.",
  },
});

export function pkcs12Problem(message: Message, code: string, cause?: unknown): AppError {
  return new AppError("validation_failed", message.en, {
    cause,
    fields: [{ field: "pkcs12", code, message: message.en, messages: message }],
  });
}

export interface Pkcs12Contents {
  certificateDer: Uint8Array;
  /** The other certificates in the file, ordered from the certificate's issuer upwards. */
  chainDers: Uint8Array[];
  privateKey: KeyObject;
}

async function openSafeContents(
  pfx: pkijs.PFX,
  password: ArrayBuffer,
): Promise<pkijs.SafeContents[]> {
  const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
  if (!authenticatedSafe) throw pkcs12Problem(pkcs12Messages.unreadable, "unreadable");
  const keys = authenticatedSafe.safeContents.map((content) =>
    content.contentType === pkijs.ContentInfo.ENCRYPTED_DATA ? { password } : {},
  );
  try {
    await authenticatedSafe.parseInternalValues({ safeContents: keys });
  } catch (error) {
    throw pkcs12Problem(pkcs12Messages.unsupportedEncryption, "unsupported_encryption", error);
  }
  const parsed = authenticatedSafe.parsedValue as
    { safeContents: { value: pkijs.SafeContents }[] } | undefined;
  return (parsed?.safeContents ?? []).map((content) => content.value);
}

function decryptKeyBag(bag: pkijs.SafeBag, password: string): KeyObject {
  const bagValue = bag.bagValue as { toSchema(): asn1js.BaseBlock };
  const der = Buffer.from(bagValue.toSchema().toBER(false));
  try {
    return bag.bagId === bagTypes.keyBag
      ? createPrivateKey({ key: der, format: "der", type: "pkcs8" })
      : createPrivateKey({ key: der, format: "der", type: "pkcs8", passphrase: password });
  } catch (error) {
    throw pkcs12Problem(pkcs12Messages.unsupportedEncryption, "unsupported_encryption", error);
  }
}

function certificateDerOf(bag: pkijs.SafeBag): Uint8Array | null {
  const certBag = bag.bagValue as pkijs.CertBag;
  if (certBag.parsedValue instanceof pkijs.Certificate)
    return certificateToDer(certBag.parsedValue);
  const value = certBag.certValue;
  return value instanceof asn1js.OctetString ? new Uint8Array(value.valueBlock.valueHexView) : null;
}

function sameBytes(left: ArrayBuffer | Uint8Array, right: ArrayBuffer | Uint8Array): boolean {
  return Buffer.from(left as Uint8Array).equals(Buffer.from(right as Uint8Array));
}

/** The certificates above `leaf`, each one the issuer of the one before. */
function orderChain(leaf: Uint8Array, others: Uint8Array[]): Uint8Array[] {
  const chain: Uint8Array[] = [];
  let current = certificateFromDer(leaf);
  const remaining = [...others];
  for (;;) {
    const issuerName = current.issuer.toSchema().toBER(false);
    if (sameBytes(issuerName, current.subject.toSchema().toBER(false))) break;
    const index = remaining.findIndex((der) =>
      sameBytes(certificateFromDer(der).subject.toSchema().toBER(false), issuerName),
    );
    if (index === -1) break;
    const [issuer] = remaining.splice(index, 1);
    chain.push(issuer!);
    current = certificateFromDer(issuer!);
  }
  return [...chain, ...remaining];
}

/**
 * Opens a PKCS#12 file: the certificate, its private key and the issuers it
 * carries. Every way the file can be wrong is a validation problem, never a
 * crash. Files protected the modern way (PBES2 with AES, as OpenSSL 3 and
 * current Windows export) open; the legacy RC2/3DES schemes do not.
 */
export async function readPkcs12(pkcs12: Uint8Array, password: string): Promise<Pkcs12Contents> {
  const passwordBytes = toArrayBuffer(new TextEncoder().encode(password));
  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(toArrayBuffer(pkcs12));
  } catch (error) {
    throw pkcs12Problem(pkcs12Messages.unreadable, "unreadable", error);
  }
  try {
    await pfx.parseInternalValues({ password: passwordBytes, checkIntegrity: !!pfx.macData });
  } catch (error) {
    throw pkcs12Problem(pkcs12Messages.wrongPassword, "wrong_password", error);
  }
  const bags = (await openSafeContents(pfx, passwordBytes)).flatMap((content) => content.safeBags);

  const keys = bags
    .filter((bag) => bag.bagId === bagTypes.keyBag || bag.bagId === bagTypes.shroudedKeyBag)
    .map((bag) => decryptKeyBag(bag, password));
  const certificates = bags
    .filter((bag) => bag.bagId === bagTypes.certBag)
    .map(certificateDerOf)
    .filter((der): der is Uint8Array => der !== null);

  for (const privateKey of keys) {
    const publicKeyDer = publicKeyDerOf(privateKey);
    const certificateDer = certificates.find((der) =>
      sameBytes(certificateFromDer(der).subjectPublicKeyInfo.toSchema().toBER(false), publicKeyDer),
    );
    if (!certificateDer) continue;
    if (privateKey.asymmetricKeyType !== "rsa" && privateKey.asymmetricKeyType !== "ec") {
      throw pkcs12Problem(pkcs12Messages.unsupportedKey, "unsupported_key");
    }
    const others = certificates.filter((der) => der !== certificateDer);
    return { certificateDer, chainDers: orderChain(certificateDer, others), privateKey };
  }
  throw pkcs12Problem(pkcs12Messages.noKey, "no_key");
}
