import { createTestApp, type TestApp } from "@test/support/app";
import {
  isStatusBitSet,
  type Json,
  postJson,
  statusCheckAgainst,
  withChangedField,
} from "@test/support/credentials";
import { issueTestDocument } from "@test/support/documents";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { verifyIndependently } from "@test/support/vc-verifier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { agencySigner, rotateAgencySigningKey } from "@/core/crypto/signing-keys";
import { newId } from "@/core/db/ids";
import type { Actor } from "@/core/http/context";

import { changeDocumentStatus } from "./change-document-status";
import {
  agencyDid,
  agencyVerificationMethod,
  decodeBitstring,
  documentsContextUrl,
  signCredential,
  VC_V2_CONTEXT_URL,
} from "./credentials";

describe("verifiable credentials over HTTP", () => {
  let t: TestApp;
  let agency: TestAgency;
  let credential: Json;
  let documentId: string;
  let revoker: Actor;

  beforeAll(async () => {
    t = await createTestApp();
    agency = await insertTestAgency(t.db, { code: "TESTMUN", nameTh: "เทศบาลทดสอบ" });
    const issued = await issueTestDocument(t, { agencyCode: agency.code });
    credential = issued.document.credential;
    documentId = issued.document.id;
    revoker = {
      type: "api_key",
      agencyId: agency.id,
      keyId: newId(),
      scopes: ["documents:revoke"],
    };
  });
  afterAll(() => t.close());

  it("serves the agency's DID document with its P-256 key as a Multikey", async () => {
    const response = await t.app.request(`/agencies/${agency.code}/did.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      id: string;
      verificationMethod: {
        id: string;
        type: string;
        controller: string;
        publicKeyMultibase: string;
      }[];
      assertionMethod: string[];
    };
    expect(document.id).toBe(`did:web:localhost:agencies:${agency.code}`);
    const [method] = document.verificationMethod;
    expect(method).toMatchObject({ type: "Multikey", controller: document.id });
    expect(method!.publicKeyMultibase).toMatch(/^zDn/);
    expect(document.assertionMethod).toEqual([method!.id]);
    expect((credential.proof as Json).verificationMethod).toBe(method!.id);
    expect((await t.app.request("/agencies/NOSUCH/did.json")).status).toBe(404);
  });

  it("issues credentials that Digital Bazaar's verifier accepts, key and status read from the app", async () => {
    const result = await verifyIndependently({
      credential,
      app: t.app,
      checkStatus: statusCheckAgainst(t),
    });
    expect(result.error?.errors ?? result.error).toBeUndefined();
    expect(result.verified).toBe(true);
  });

  it("verifies an issued credential with every check passed and names the agency", async () => {
    const response = await t.app.request(
      "/credentials/verify",
      postJson({ verifiableCredential: credential }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      verified: boolean;
      checks: string[];
      warnings: unknown[];
      checklist: {
        proof: { cryptosuite: string };
        issuer: { agency: { code: string } };
        status: { state: string };
        issuedRecord: { documentId: string };
      };
    };
    expect(body.verified).toBe(true);
    expect(body.checks).toEqual(["proof", "issuer", "status", "validity", "issuedRecord"]);
    expect(body.warnings).toEqual([]);
    expect(body.checklist.proof.cryptosuite).toBe("ecdsa-rdfc-2019");
    expect(body.checklist.issuer.agency.code).toBe(agency.code);
    expect(body.checklist.status.state).toBe("active");
    expect(body.checklist.issuedRecord.documentId).toBe(documentId);
  });

  it("rejects a credential with one changed field, here and in Digital Bazaar's verifier", async () => {
    const changed = withChangedField(credential);
    const response = await t.app.request(
      "/credentials/verify",
      postJson({ verifiableCredential: changed }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const body = (await response.json()) as {
      verified: boolean;
      code: string;
      errors: { code: string; messages: { th: string } }[];
    };
    expect(body.verified).toBe(false);
    expect(body.code).toBe("invalid_signature");
    expect(body.errors[0]!.messages.th).toContain("ลายมือชื่อไม่ถูกต้อง");
    const independent = await verifyIndependently({ credential: changed, app: t.app });
    expect(independent.verified).toBe(false);
  });

  it("answers a DID of another host as an unknown issuer", async () => {
    const foreign = { ...credential, issuer: { id: "did:web:gov.example:agencies:TESTMUN" } };
    const response = await t.app.request(
      "/credentials/verify",
      postJson({ verifiableCredential: foreign }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      code: string;
      checklist: { proof: { status: string } };
    };
    expect(body.code).toBe("unknown_issuer");
    expect(body.checklist.proof.status).toBe("skipped");
  });

  it("shows a suspension and a revocation at once, in the status lists and the verification", async () => {
    const second = await issueTestDocument(t, { agencyCode: agency.code });
    const index = Number(
      (second.document.credential.credentialStatus as Json[])[0]!.statusListIndex,
    );
    const bitOf = (purpose: string) =>
      isStatusBitSet(t, `/agencies/${agency.code}/credentials/status/${purpose}`, index);
    const verify = async () => {
      const response = await t.app.request(
        "/credentials/verify",
        postJson({ verifiableCredential: second.document.credential }),
      );
      return {
        status: response.status,
        body: (await response.json()) as {
          code?: string;
          checklist: { status: { state: string; reason: string | null } };
        },
      };
    };
    expect([await bitOf("revocation"), await bitOf("suspension")]).toEqual([false, false]);
    expect((await verify()).status).toBe(200);

    const change = (kind: "suspend" | "reinstate" | "revoke", reason: string) =>
      changeDocumentStatus({
        db: t.db,
        actor: revoker,
        agencyId: agency.id,
        documentId: second.document.id,
        change: kind,
        reason,
      });
    await change("suspend", "อยู่ระหว่างตรวจสอบข้อร้องเรียน");
    expect([await bitOf("revocation"), await bitOf("suspension")]).toEqual([false, true]);
    const suspended = await verify();
    expect(suspended.status).toBe(400);
    expect(suspended.body.code).toBe("suspended");
    expect(suspended.body.checklist.status).toMatchObject({
      state: "suspended",
      reason: "อยู่ระหว่างตรวจสอบข้อร้องเรียน",
    });

    await change("reinstate", "ตรวจสอบแล้วไม่พบปัญหา");
    expect((await verify()).status).toBe(200);

    await change("revoke", "ร้านปิดกิจการ");
    expect([await bitOf("revocation"), await bitOf("suspension")]).toEqual([true, false]);
    const revoked = await verify();
    expect(revoked.body.code).toBe("revoked");
    expect(revoked.body.checklist.status).toMatchObject({ state: "revoked", reason: "ร้านปิดกิจการ" });
    const independent = await verifyIndependently({
      credential: second.document.credential,
      app: t.app,
      checkStatus: statusCheckAgainst(t),
    });
    expect(independent.verified).toBe(false);
    // The first document was not touched.
    expect(
      (await t.app.request("/credentials/verify", postJson({ verifiableCredential: credential })))
        .status,
    ).toBe(200);
  });

  it("publishes status lists as signed credentials of at least 131,072 bits", async () => {
    const response = await t.app.request(`/agencies/${agency.code}/credentials/status/revocation`);
    expect(response.status).toBe(200);
    const list = (await response.json()) as Json & {
      credentialSubject: { encodedList: string; statusPurpose: string };
    };
    expect(list.type).toEqual(["VerifiableCredential", "BitstringStatusListCredential"]);
    expect(list.issuer).toBe(agencyDid(t.config.server.publicUrl, agency.code));
    expect(list.credentialSubject.statusPurpose).toBe("revocation");
    const bits = decodeBitstring(list.credentialSubject.encodedList)!;
    expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);
    const independent = await verifyIndependently({ credential: list, app: t.app });
    expect(independent.error?.errors ?? independent.error).toBeUndefined();
    expect(independent.verified).toBe(true);
    expect(
      (await t.app.request(`/agencies/${agency.code}/credentials/status/refresh`)).status,
    ).toBe(400);
    expect((await t.app.request("/agencies/NOSUCH/credentials/status/revocation")).status).toBe(
      404,
    );
  });

  it("keeps credentials signed with a retired key verifiable after rotation", async () => {
    await rotateAgencySigningKey({ db: t.db, agencyId: agency.id });
    const signer = await agencySigner({ db: t.db, secrets: t.secrets, agencyId: agency.id });
    const document = (await (await t.app.request(`/agencies/${agency.code}/did.json`)).json()) as {
      verificationMethod: { id: string }[];
    };
    expect(document.verificationMethod).toHaveLength(2);
    expect(document.verificationMethod.map((method) => method.id)).toContain(
      agencyVerificationMethod(agencyDid(t.config.server.publicUrl, agency.code), signer.kid),
    );
    expect(
      (await t.app.request("/credentials/verify", postJson({ verifiableCredential: credential })))
        .status,
    ).toBe(200);
    expect((await verifyIndependently({ credential, app: t.app })).verified).toBe(true);
  });

  it("refuses an expired credential signed by the agency and warns that it was never stored", async () => {
    const issuer = agencyDid(t.config.server.publicUrl, agency.code);
    const signer = await agencySigner({ db: t.db, secrets: t.secrets, agencyId: agency.id });
    const expired = await signCredential({
      credential: {
        "@context": [VC_V2_CONTEXT_URL, documentsContextUrl],
        type: ["VerifiableCredential", "DocumentCredential", "LicenceCredential"],
        issuer,
        validFrom: "2020-01-01T00:00:00Z",
        validUntil: "2021-01-01T00:00:00Z",
        credentialSubject: { type: "DocumentHolder", name: "บริษัท ทดสอบ จำกัด" },
      },
      signer,
      verificationMethod: agencyVerificationMethod(issuer, signer.kid),
    });
    const response = await t.app.request(
      "/credentials/verify",
      postJson({ verifiableCredential: expired }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      code: string;
      checks: string[];
      warnings: { code: string }[];
    };
    expect(body.code).toBe("expired");
    expect(body.checks).toEqual(["proof", "issuer"]);
    expect(body.warnings.map((warning) => warning.code).sort()).toEqual([
      "no_status",
      "record_differs",
    ]);
  });

  it("describes the VC-API and the issuer's documents in the OpenAPI document", async () => {
    const response = await t.app.request("/api/openapi.json");
    expect(response.status).toBe(200);
    const { paths } = (await response.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        "/credentials/verify",
        "/credentials/issue",
        "/presentations/verify",
        "/agencies/{code}/did.json",
        "/agencies/{code}/credentials/status/{purpose}",
      ]),
    );
  });

  it("serves Pratu's JSON-LD context", async () => {
    const response = await t.app.request("/contexts/documents/v1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/ld+json");
    const context = (await response.json()) as { "@context": Json };
    expect(Object.keys(context["@context"])).toEqual(
      expect.arrayContaining([
        "DocumentCredential",
        "PermitCredential",
        "TranscriptCredential",
        "IssuedDocument",
        "DocumentField",
      ]),
    );
  });
});
