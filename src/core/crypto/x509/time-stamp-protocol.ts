import { randomBytes } from "node:crypto";

import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

import { cmsOids } from "./cades-signature";
import { toArrayBuffer } from "./certificates";

export const timeStampOids = {
  /** id-ct-TSTInfo, the content type a time-stamp token signs. */
  tstInfo: "1.2.840.113549.1.9.16.1.4",
  sha256: cmsOids.sha256,
  sha384: "2.16.840.1.101.3.4.2.2",
  sha512: "2.16.840.1.101.3.4.2.3",
} as const;

/**
 * The policy under which Pratu's built-in authority stamps: a UUID OID
 * (ITU-T X.667, arc 2.25), which needs no registration. Genuine time from
 * the host's clock (kept by NTP), accurate to a second.
 */
export const PRATU_TIME_STAMP_POLICY = "2.25.288354405721425794309292644847654098429";

/** Digest lengths, in bytes, of the hash algorithms a request may use. */
export const imprintLengths: ReadonlyMap<string, number> = new Map([
  [timeStampOids.sha256, 32],
  [timeStampOids.sha384, 48],
  [timeStampOids.sha512, 64],
]);

/** PKIFailureInfo (RFC 3161 2.4.2): the bit each reason sets. */
export const failureBits = {
  badAlg: 0,
  badRequest: 2,
  badDataFormat: 5,
  timeNotAvailable: 14,
  unacceptedPolicy: 15,
  unacceptedExtension: 16,
  addInfoNotAvailable: 17,
  systemFailure: 25,
} as const;

export type TimeStampFailure = keyof typeof failureBits;

/**
 * An object identifier as dotted decimals. asn1js writes an arc too large
 * for a JavaScript number as `{hex}` of its base-128 digits, one byte each;
 * UUID OIDs (2.25.…) have such an arc.
 */
export function oidText(value: string): string {
  return value.replace(/\{([0-9a-f]+)\}/gi, (_whole, hex: string) => {
    let arc = 0n;
    for (const digit of Buffer.from(hex, "hex")) arc = arc * 128n + BigInt(digit & 0x7f);
    return arc.toString(10);
  });
}

/** A named bit string with one bit set, in DER (no trailing zero bits). */
export function failureInfo(failure: TimeStampFailure): asn1js.BitString {
  const bit = failureBits[failure];
  const bytes = new Uint8Array((bit >> 3) + 1);
  bytes[bit >> 3] = 0x80 >> (bit & 7);
  return new asn1js.BitString({ valueHex: bytes.buffer, unusedBits: 7 - (bit & 7) });
}

/** Which failure a PKIFailureInfo names, if one Pratu knows. */
export function failureOf(bits: asn1js.BitString | undefined): TimeStampFailure | undefined {
  if (!bits) return undefined;
  const bytes = bits.valueBlock.valueHexView;
  return (Object.keys(failureBits) as TimeStampFailure[]).find((failure) => {
    const bit = failureBits[failure];
    return ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0;
  });
}

/** A positive random nonce of 64 bits, as clients send. */
export function randomNonce(): asn1js.Integer {
  const bytes = randomBytes(8);
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return new asn1js.Integer({ valueHex: toArrayBuffer(bytes) });
}

/** A request for a token over a SHA-256 digest, asking for the TSA's certificate in it. */
export function createTimeStampRequest(options: {
  messageImprint: Uint8Array;
  nonce?: asn1js.Integer;
}): { der: Uint8Array; nonce: asn1js.Integer } {
  if (options.messageImprint.length !== 32) throw new Error("A SHA-256 digest has 32 bytes");
  const nonce = options.nonce ?? randomNonce();
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: timeStampOids.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(options.messageImprint) }),
    }),
    nonce,
    // The verifier of a PAdES B-T signature finds the TSA's certificate in the token.
    certReq: true,
  });
  return { der: new Uint8Array(request.toSchema().toBER(false)), nonce };
}

/** Parses DER that must be exactly one value of the given pkijs type, or answers undefined. */
export function parseExactly<T>(
  bytes: Uint8Array,
  make: (schema: asn1js.AsnType) => T,
): T | undefined {
  try {
    const parsed = asn1js.fromBER(toArrayBuffer(bytes));
    if (parsed.offset === -1 || parsed.offset !== bytes.byteLength) return undefined;
    return make(parsed.result);
  } catch {
    return undefined;
  }
}
