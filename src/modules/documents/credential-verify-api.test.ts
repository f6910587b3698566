import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { createTestApp, type TestApp } from "@test/support/app";
import { type Json, postJson as json, withChangedField } from "@test/support/credentials";
import { issueTestDocument } from "@test/support/documents";
import { insertTestAgency } from "@test/support/test-agencies";
import { independentDocumentLoader, verifyIndependently } from "@test/support/vc-verifier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { documentsContextUrl, VC_V2_CONTEXT_URL } from "./credentials";

describe("VC-API verification of what Pratu did not issue, of presentations and of junk", () => {
  let t: TestApp;
  let credential: Json;

  beforeAll(async () => {
    t = await createTestApp();
    const agency = await insertTestAgency(t.db, { code: "TESTMUN", nameTh: "เทศบาลทดสอบ" });
    credential = (await issueTestDocument(t, { agencyCode: agency.code })).document.credential;
  });
  afterAll(() => t.close());

  it("verifies an eddsa-rdfc-2022 credential of a did:key, which is not an agency of the register", async () => {
    const keyPair = await Ed25519Multikey.generate();
    const did = `did:key:${keyPair.publicKeyMultibase}`;
    keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
    keyPair.controller = did;
    const signed = await vc.issue({
      credential: {
        "@context": [VC_V2_CONTEXT_URL, documentsContextUrl],
        type: ["VerifiableCredential", "DocumentCredential", "CertificateCredential"],
        issuer: did,
        validFrom: "2026-01-01T00:00:00Z",
        credentialSubject: { type: "DocumentHolder", name: "นางสาวทดสอบ ใจดี" },
      },
      suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022, signer: keyPair.signer() }),
      documentLoader: independentDocumentLoader(),
    });
    const strict = await t.app.request(
      "/credentials/verify",
      json({ verifiableCredential: signed }),
    );
    expect(strict.status).toBe(400);
    const strictBody = (await strict.json()) as {
      code: string;
      checks: string[];
      checklist: { proof: { cryptosuite: string } };
    };
    expect(strictBody.code).toBe("issuer_not_registered");
    expect(strictBody.checks).toContain("proof");
    expect(strictBody.checklist.proof.cryptosuite).toBe("eddsa-rdfc-2022");

    const lenient = await t.app.request(
      "/credentials/verify",
      json({ verifiableCredential: signed, options: { allowUnregisteredIssuer: true } }),
    );
    expect(lenient.status).toBe(200);
    const lenientBody = (await lenient.json()) as {
      verified: boolean;
      warnings: { code: string }[];
    };
    expect(lenientBody.verified).toBe(true);
    expect(lenientBody.warnings.map((warning) => warning.code)).toEqual([
      "issuer_not_registered",
      "no_status",
    ]);

    const changed = { ...signed, credentialSubject: { type: "DocumentHolder", name: "คนอื่น" } };
    const tampered = await t.app.request(
      "/credentials/verify",
      json({ verifiableCredential: changed, options: { allowUnregisteredIssuer: true } }),
    );
    expect(((await tampered.json()) as { code: string }).code).toBe("invalid_signature");
    expect((await verifyIndependently({ credential: changed })).verified).toBe(false);
  });

  it("verifies a presentation signed by its holder with the expected challenge and domain", async () => {
    const holderKey = await Ed25519Multikey.generate();
    const holder = `did:key:${holderKey.publicKeyMultibase}`;
    holderKey.id = `${holder}#${holderKey.publicKeyMultibase}`;
    holderKey.controller = holder;
    const present = (credentials: Json[]) =>
      vc.signPresentation({
        presentation: vc.createPresentation({
          verifiableCredential: credentials,
          holder,
          version: 2,
        }),
        suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022, signer: holderKey.signer() }),
        documentLoader: independentDocumentLoader(t.app),
        challenge: "nonce-123",
        domain: "bank.example",
      });
    const options = { challenge: "nonce-123", domain: "bank.example" };
    const presentation = await present([credential]);
    const good = await t.app.request(
      "/presentations/verify",
      json({ verifiablePresentation: presentation, options }),
    );
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({
      verified: true,
      checks: ["proof", "credentials"],
      presentationResult: { status: "passed", holder, cryptosuite: "eddsa-rdfc-2022" },
    });

    const replayed = await t.app.request(
      "/presentations/verify",
      json({ verifiablePresentation: presentation, options: { ...options, challenge: "other" } }),
    );
    expect(((await replayed.json()) as { code: string }).code).toBe("challenge_mismatch");

    const unsigned = { ...presentation };
    delete unsigned.proof;
    const missing = await t.app.request(
      "/presentations/verify",
      json({ verifiablePresentation: unsigned, options }),
    );
    expect(((await missing.json()) as { code: string }).code).toBe("presentation_proof_required");

    const withTampered = await present([withChangedField(credential)]);
    const bad = await t.app.request(
      "/presentations/verify",
      json({ verifiablePresentation: withTampered, options }),
    );
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as { errors: { code: string; field: string }[] };
    expect(badBody.errors.map((error) => [error.code, error.field])).toEqual([
      ["credential_not_verified", "verifiableCredential.0"],
      ["invalid_signature", "verifiableCredential.0.proof"],
    ]);
  });

  it("answers junk with 4xx problems, never a 5xx", async () => {
    const post = (path: string, init: RequestInit) =>
      t.app.request(path, { method: "POST", ...init });
    const cases: [string, RequestInit, number, string?][] = [
      [
        "/credentials/verify",
        { headers: { "content-type": "application/json" }, body: "{not json" },
        400,
      ],
      ["/credentials/verify", json({}), 400, "validation_failed"],
      ["/credentials/verify", json([credential]), 400, "validation_failed"],
      [
        "/credentials/verify",
        json({ verifiableCredential: "eyJhbGciOi..." }),
        400,
        "validation_failed",
      ],
      ["/credentials/verify", json({ verifiableCredential: {} }), 400, "malformed_credential"],
      [
        "/credentials/verify",
        json({ verifiableCredential: { ...credential, proof: undefined } }),
        400,
        "missing_proof",
      ],
      [
        "/credentials/verify",
        json({
          verifiableCredential: {
            ...credential,
            proof: { ...(credential.proof as Json), proofValue: "not-base58" },
          },
        }),
        400,
        "malformed_proof",
      ],
      [
        "/credentials/verify",
        json({
          verifiableCredential: {
            ...credential,
            proof: { ...(credential.proof as Json), cryptosuite: "bbs-2023" },
          },
        }),
        400,
        "unsupported_cryptosuite",
      ],
      [
        "/credentials/verify",
        json({
          verifiableCredential: {
            ...credential,
            "@context": [VC_V2_CONTEXT_URL, "https://evil.example/context"],
          },
        }),
        400,
        "unknown_context",
      ],
      [
        "/credentials/verify",
        json({
          verifiableCredential: { ...credential, issuer: "did:web:localhost:agencies:NOSUCH" },
        }),
        400,
        "unknown_issuer",
      ],
      [
        "/credentials/verify",
        json({ verifiableCredential: { ...credential, issuer: 42 } }),
        400,
        "malformed_credential",
      ],
      [
        "/credentials/verify",
        json({
          verifiableCredential: {
            ...credential,
            credentialStatus: [{ type: "BitstringStatusListEntry" }],
          },
        }),
        400,
      ],
      [
        "/credentials/verify",
        json({ verifiableCredential: { ...credential, validUntil: "tomorrow" } }),
        400,
      ],
      [
        "/credentials/verify",
        {
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ verifiableCredential: { padding: "x".repeat(600_000) } }),
        },
        413,
        "payload_too_large",
      ],
      [
        "/presentations/verify",
        json({ verifiablePresentation: { type: "VerifiablePresentation" } }),
        400,
        "malformed_presentation",
      ],
      ["/presentations/verify", json({ verifiablePresentation: null }), 400, "validation_failed"],
    ];
    for (const [path, init, status, code] of cases) {
      const response = await post(path, init);
      const label = `${path} ${typeof init.body === "string" ? init.body.slice(0, 120) : ""}`;
      expect(response.status, label).toBe(status);
      const body = (await response.json()) as { code: string };
      if (code) expect(body.code, label).toBe(code);
    }
  });
});
