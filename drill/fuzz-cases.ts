// Random requests for every public endpoint that takes input from anyone:
// nearly-right inputs (a real credential, receipt or form with one part
// replaced) as well as plain garbage, so that the checks past the first
// validation are reached too.
import fc from "fast-check";

import { elderlyAllowanceForm } from "@/demo/forms/elderly-allowance-form";
import { validAnswersArbitrary } from "@/modules/services/form/arbitrary-answers";

import { BENCH_SERVICE_ID } from "../bench/harness/submission-payload";

export interface FuzzRequest {
  endpoint: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer | string;
}

export interface FuzzTargets {
  token: string;
  credential: unknown;
  receipt: string;
  verifyCode: string;
  draftId: string;
  /** Paths of the exchange's edge (`/r1/...`) found in the OpenAPI document, if any. */
  exchangePaths: string[];
}

const headerText = fc.stringMatching(/^[\x21-\x7e]{0,120}$/);
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 100 }),
);
const contentTypes = [
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
];
const json = (value: unknown) => JSON.stringify(value) ?? "null";
const jsonHeaders = { "content-type": "application/json", accept: "application/json" };

/** Percent-encodes every byte but the unreserved ones (lone surrogates become U+FFFD). */
function encodeSegment(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((byte) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}

/** Every path to a leaf (or container) of a JSON value, as lists of keys. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [prefix];
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      paths.push(...pathsOf(item, [...prefix, Array.isArray(value) ? Number(key) : key]));
    }
  }
  return paths;
}

/** The value with the thing at one of its paths replaced (or removed). */
function mutated(value: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(value).filter((path) => path.length > 0);
  return fc
    .tuple(
      fc.nat({ max: Math.max(0, paths.length - 1) }),
      fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
    )
    .map(([index, replacement]) => {
      const copy = structuredClone(value) as Record<string | number, unknown>;
      const path = paths[index] ?? [];
      let holder: Record<string | number, unknown> = copy;
      for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
      const last = path.at(-1)!;
      if (replacement === undefined) delete holder[last];
      else holder[last] = replacement;
      return copy;
    });
}

/** A JWS with one of its three parts, or one character, changed. */
function mutatedJws(jws: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(fc.nat({ max: jws.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }))
      .map(([at, text]) => `${jws.slice(0, at)}${text}${jws.slice(at + 1)}`),
    fc.tuple(fc.nat({ max: 2 }), fc.base64String({ maxLength: 200 })).map(([part, text]) => {
      const parts = jws.split(".");
      parts[part] = text.replace(/=/g, "");
      return parts.join(".");
    }),
  );
}

export function fuzzRequests(targets: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const bearer = { authorization: `Bearer ${targets.token}` };
  const answers = validAnswersArbitrary(elderlyAllowanceForm, new Date()).map((g) => g.answers);
  const submitBody = fc.oneof(
    answers.map((value) => json({ answers: value })),
    answers.chain((value) => mutated(value)).map((value) => json({ answers: value })),
    fc.jsonValue().map(json),
    anyText,
    fc
      .record({ answers: fc.jsonValue(), serviceVersion: fc.jsonValue(), draftId: fc.jsonValue() })
      .map(json),
  );
  const submit = fc
    .record({ body: submitBody, key: headerText, contentType: fc.constantFrom(...contentTypes) })
    .map(({ body, key, contentType }) => ({
      endpoint: "POST /api/v1/services/{id}/applications",
      method: "POST",
      path: `/api/v1/services/${BENCH_SERVICE_ID}/applications`,
      headers: {
        ...bearer,
        accept: "application/json",
        "content-type": contentType,
        "idempotency-key": key,
      },
      body,
    }));
  const submitElsewhere = fc
    .record({ id: anyText, body: fc.jsonValue().map(json) })
    .map(({ id, body }) => ({
      endpoint: "POST /api/v1/services/{random}/applications",
      method: "POST",
      path: `/api/v1/services/${encodeSegment(id)}/applications`,
      headers: { ...bearer, ...jsonHeaders, "idempotency-key": "fuzz" },
      body,
    }));
  const checker = fc
    .oneof(
      fc.record({ text: anyText }, { requiredKeys: [] }).map(json),
      fc.record({ items: fc.array(anyText, { maxLength: 30 }) }).map(json),
      fc.webUrl().map((url) => json({ text: `ด่วน! ยืนยันตัวตนที่ ${url} โทร 02-123-4567` })),
      fc.jsonValue().map(json),
      anyText,
    )
    .map((body) => ({
      endpoint: "POST /api/v1/channels/check",
      method: "POST",
      path: "/api/v1/channels/check",
      headers: jsonHeaders,
      body,
    }));
  const verifyJson = fc
    .oneof(
      fc.record({ code: anyText }).map(json),
      fc.record({ code: fc.constant(targets.verifyCode) }).map(json),
      mutated(targets.credential).map((credential) => json({ credential })),
      anyText.map((credential) => json({ credential })),
      fc.jsonValue().map(json),
    )
    .map((body) => ({
      endpoint: "POST /api/v1/documents/verify (JSON)",
      method: "POST",
      path: "/api/v1/documents/verify",
      headers: jsonHeaders,
      body,
    }));
  const verifyPdf = fc
    .oneof(
      fc.uint8Array({ maxLength: 4000 }),
      fc
        .uint8Array({ maxLength: 4000 })
        .map((bytes) => Buffer.concat([Buffer.from("%PDF-1.7\n"), bytes, Buffer.from("\n%%EOF")])),
    )
    .map((bytes) => ({
      endpoint: "POST /api/v1/documents/verify (PDF)",
      method: "POST",
      path: "/api/v1/documents/verify",
      headers: { "content-type": "application/pdf", accept: "application/json" },
      body: Buffer.from(bytes),
    }));
  const verifyLink = anyText.map((code) => ({
    endpoint: "GET /v/{code}",
    method: "GET",
    path: `/v/${encodeSegment(code)}`,
    headers: {},
  }));
  const credentialVerify = fc
    .oneof(
      mutated(targets.credential).map((credential) => json({ verifiableCredential: credential })),
      mutated({ verifiableCredential: targets.credential, options: {} }).map(json),
      fc.jsonValue().map(json),
      anyText,
    )
    .map((body) => ({
      endpoint: "POST /credentials/verify (VC-API)",
      method: "POST",
      path: "/credentials/verify",
      headers: jsonHeaders,
      body,
    }));
  const presentationVerify = fc
    .oneof(
      mutated({
        verifiablePresentation: {
          "@context": ["https://www.w3.org/ns/credentials/v2"],
          type: ["VerifiablePresentation"],
          verifiableCredential: [targets.credential],
        },
      }).map(json),
      fc.jsonValue().map(json),
    )
    .map((body) => ({
      endpoint: "POST /presentations/verify (VC-API)",
      method: "POST",
      path: "/presentations/verify",
      headers: jsonHeaders,
      body,
    }));
  const receiptVerify = fc
    .oneof(
      mutatedJws(targets.receipt).map((receipt) => json({ receipt })),
      anyText.map((receipt) => json({ receipt })),
      fc.jsonValue().map(json),
    )
    .map((body) => ({
      endpoint: "POST /api/v1/receipts/verify",
      method: "POST",
      path: "/api/v1/receipts/verify",
      headers: jsonHeaders,
      body,
    }));
  const upload = fc
    .record({
      bytes: fc.uint8Array({ maxLength: 3000 }),
      field: fc.oneof(anyText, fc.constant("passbook")),
    })
    .map(({ bytes, field }) => {
      const boundary = "fuzzboundary";
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\ncontent-disposition: form-data; name="fieldId"\r\n\r\n${field}\r\n--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="f.pdf"\r\ncontent-type: application/pdf\r\n\r\n`,
        ),
        Buffer.from(bytes),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return {
        endpoint: "POST /api/v1/services/{id}/drafts/{id}/attachments",
        method: "POST",
        path: `/api/v1/services/${BENCH_SERVICE_ID}/drafts/${targets.draftId}/attachments`,
        headers: {
          ...bearer,
          accept: "application/json",
          "content-type": `multipart/form-data; boundary=${boundary}`,
        },
        body,
      };
    });
  const weighted: { arbitrary: fc.Arbitrary<FuzzRequest>; weight: number }[] = [
    { arbitrary: submit, weight: 4 },
    { arbitrary: submitElsewhere, weight: 1 },
    { arbitrary: checker, weight: 2 },
    { arbitrary: verifyJson, weight: 2 },
    { arbitrary: verifyPdf, weight: 1 },
    { arbitrary: verifyLink, weight: 1 },
    { arbitrary: credentialVerify, weight: 2 },
    { arbitrary: presentationVerify, weight: 1 },
    { arbitrary: receiptVerify, weight: 1 },
    { arbitrary: upload, weight: 1 },
  ];
  if (targets.exchangePaths.length > 0) {
    const exchange = fc
      .record({
        path: fc.constantFrom(...targets.exchangePaths),
        segment: anyText,
        method: fc.constantFrom("GET", "POST"),
        client: headerText,
        body: fc.jsonValue().map(json),
      })
      .map(({ path, segment, method, client, body }) => ({
        endpoint: `${method} /r1/… (exchange edge)`,
        method,
        path: path.replace(/\{[^}]+\}/g, () => encodeSegment(segment) || "x"),
        headers: { ...jsonHeaders, "x-road-client": client },
        body: method === "POST" ? body : undefined,
      }));
    weighted.push({ arbitrary: exchange, weight: 3 });
  }
  return fc.oneof(...weighted);
}
