import { createHash } from "node:crypto";

import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

import {
  attribute,
  cmsOids,
  signatureAlgorithmIdentifier,
  signingCertificateV2,
  sortedForDer,
} from "./cades-signature";
import { certificateFromDer, randomSerialNumber, toArrayBuffer } from "./certificates";
import {
  failureInfo,
  imprintLengths,
  oidText,
  parseExactly,
  PRATU_TIME_STAMP_POLICY,
  type TimeStampFailure,
  timeStampOids,
} from "./time-stamp-protocol";
import type { TimeStampingAuthority } from "./time-stamping-authority";

/** The accuracy the built-in authority claims for genTime: the host clock, kept by NTP. */
const ACCURACY_SECONDS = 1;

/** Why a request was turned down, in the words sent back in the response's status string. */
const failureTexts: Record<TimeStampFailure, string> = {
  badAlg: "The hash algorithm is not supported; use SHA-256, SHA-384 or SHA-512.",
  badRequest: "The request is not a version 1 time-stamp request.",
  badDataFormat: "The request is not a DER TimeStampReq, or its digest has the wrong length.",
  timeNotAvailable: "The time source is not available.",
  unacceptedPolicy: `Only the policy ${PRATU_TIME_STAMP_POLICY} is offered.`,
  unacceptedExtension: "Request extensions are not supported.",
  addInfoNotAvailable: "The additional information asked for is not available.",
  systemFailure: "The time-stamping authority failed.",
};

function rejection(failure: TimeStampFailure): Uint8Array {
  const response = new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({
      status: pkijs.PKIStatus.rejection,
      statusStrings: [new asn1js.Utf8String({ value: failureTexts[failure] })],
      failInfo: failureInfo(failure),
    }),
  });
  return new Uint8Array(response.toSchema().toBER(false));
}

function problemWith(request: pkijs.TimeStampReq): TimeStampFailure | undefined {
  if (request.version !== 1) return "badRequest";
  const algorithm = request.messageImprint.hashAlgorithm;
  const length = imprintLengths.get(algorithm.algorithmId);
  if (length === undefined) return "badAlg";
  // Parameters are absent or NULL for the SHA-2 family (RFC 5754 2).
  if (algorithm.algorithmParams && !(algorithm.algorithmParams instanceof asn1js.Null)) {
    return "badAlg";
  }
  if (request.messageImprint.hashedMessage.valueBlock.valueHexView.length !== length) {
    return "badDataFormat";
  }
  if (request.reqPolicy !== undefined && oidText(request.reqPolicy) !== PRATU_TIME_STAMP_POLICY) {
    return "unacceptedPolicy";
  }
  if (request.extensions && request.extensions.length > 0) return "unacceptedExtension";
  return undefined;
}

async function signTstInfo(
  authority: TimeStampingAuthority,
  tstInfoDer: Uint8Array,
  includeCertificates: boolean,
): Promise<pkijs.ContentInfo> {
  const certificate = certificateFromDer(authority.certificateDer);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber,
    }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: cmsOids.sha256 }),
    signatureAlgorithm: signatureAlgorithmIdentifier(authority.signer.signatureAlgorithm),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({
      type: 0,
      attributes: sortedForDer([
        attribute(
          cmsOids.contentType,
          new asn1js.ObjectIdentifier({ value: timeStampOids.tstInfo }),
        ),
        attribute(
          cmsOids.messageDigest,
          new asn1js.OctetString({
            valueHex: toArrayBuffer(createHash("sha256").update(tstInfoDer).digest()),
          }),
        ),
        // RFC 5816: the token names the TSA's certificate by its SHA-256 hash.
        attribute(cmsOids.signingCertificateV2, signingCertificateV2(authority.certificateDer)),
      ]),
    }),
  });
  const toBeSigned = new Uint8Array(signerInfo.signedAttrs!.toSchema().toBER(false));
  toBeSigned[0] = 0x31;
  const signature = await authority.signer.sign(toBeSigned);
  signerInfo.signature = new asn1js.OctetString({ valueHex: toArrayBuffer(signature) });

  const signedData = new pkijs.SignedData({
    // Version 3: the content is not id-data (RFC 5652 5.1).
    version: 3,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: cmsOids.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: timeStampOids.tstInfo,
      eContent: new asn1js.OctetString({ valueHex: toArrayBuffer(tstInfoDer) }),
    }),
    signerInfos: [signerInfo],
  });
  // RFC 3161 2.4.1: the certificates only when the request asked for them.
  if (includeCertificates) {
    signedData.certificates = [authority.certificateDer, ...authority.chainDers].map(
      certificateFromDer,
    );
  }
  return new pkijs.ContentInfo({
    contentType: cmsOids.signedData,
    content: signedData.toSchema(true),
  });
}

/**
 * Answers an RFC 3161 time-stamp request (DER TimeStampReq) with a DER
 * TimeStampResp. A request that cannot be honoured, whatever its bytes,
 * gets a response with status rejection and the reason in failInfo, never
 * an exception: the bytes come from anyone who can reach `/tsa`.
 */
export async function createTimeStampResponse(options: {
  authority: TimeStampingAuthority;
  request: Uint8Array;
  now?: Date;
}): Promise<Uint8Array> {
  const request = parseExactly(options.request, (schema) => new pkijs.TimeStampReq({ schema }));
  if (!request) return rejection("badDataFormat");
  const failure = problemWith(request);
  if (failure) return rejection(failure);

  const certificate = certificateFromDer(options.authority.certificateDer);
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: PRATU_TIME_STAMP_POLICY,
    messageImprint: request.messageImprint,
    serialNumber: randomSerialNumber(),
    genTime: options.now ?? new Date(),
    accuracy: new pkijs.Accuracy({ seconds: ACCURACY_SECONDS }),
    ...(request.nonce ? { nonce: request.nonce } : {}),
    // The TSA's name, as its certificate gives it (RFC 3161 2.4.2).
    tsa: new pkijs.GeneralName({ type: 4, value: certificate.subject }),
  });
  const tstInfoDer = new Uint8Array(tstInfo.toSchema().toBER(false));
  const token = await signTstInfo(options.authority, tstInfoDer, request.certReq === true);
  const response = new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
    timeStampToken: token,
  });
  return new Uint8Array(response.toSchema().toBER(false));
}
