import { createTestApp, type TestApp } from "@test/support/app";
import { insertTestAgency, type TestAgency } from "@test/support/test-agencies";
import { verifyIndependently } from "@test/support/vc-verifier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApiKey } from "@/core/auth/credentials";
import { withinAgency } from "@/core/db/tenant";

import { agencyDid, documentsContextUrl, VC_V2_CONTEXT_URL } from "./credentials";

type Json = Record<string, unknown>;

const licence = (): Json => ({
  "@context": [VC_V2_CONTEXT_URL, documentsContextUrl],
  type: ["VerifiableCredential", "DocumentCredential", "LicenceCredential"],
  validFrom: "2026-02-01T00:00:00Z",
  credentialSubject: {
    type: "DocumentHolder",
    name: "บริษัท ตัวอย่าง จำกัด",
    document: {
      type: "IssuedDocument",
      documentKind: "licence",
      documentNumber: "UNI-2569-000042",
      title: "ใบอนุญาตจัดตั้งสถานศึกษา",
      fields: [{ type: "DocumentField", key: "campus", label: "วิทยาเขต", value: "ศาลายา" }],
    },
  },
});

describe("POST /credentials/issue", () => {
  let t: TestApp;
  let agency: TestAgency;
  let issuingKey: string;
  let readingKey: string;

  const issue = (body: unknown, headers: Record<string, string> = {}) =>
    t.app.request("/credentials/issue", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    t = await createTestApp();
    agency = await insertTestAgency(t.db, { code: "TESTUNI", nameTh: "มหาวิทยาลัยทดสอบ" });
    const keys = await withinAgency(t.db, agency.id, async (scope) => ({
      issuing: await createApiKey(scope, {
        name: "registrar",
        scopes: ["documents:issue"],
        createdBy: null,
      }),
      reading: await createApiKey(scope, {
        name: "reports",
        scopes: ["applications:read"],
        createdBy: null,
      }),
    }));
    issuingKey = `Bearer ${keys.issuing.key}`;
    readingKey = `Bearer ${keys.reading.key}`;
  });
  afterAll(() => t.close());

  it("signs and keeps an agency system's credential, which then verifies here and independently", async () => {
    const response = await issue({ credential: licence() }, { authorization: issuingKey });
    expect(response.status).toBe(201);
    const { verifiableCredential } = (await response.json()) as { verifiableCredential: Json };
    expect(verifiableCredential.issuer).toMatchObject({
      id: agencyDid(t.config.server.publicUrl, agency.code),
    });
    expect(verifiableCredential.proof).toMatchObject({ cryptosuite: "ecdsa-rdfc-2019" });
    expect(verifiableCredential.credentialStatus).toHaveLength(2);

    const verified = await t.app.request("/credentials/verify", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ verifiableCredential }),
    });
    expect(verified.status).toBe(200);
    expect(await verified.json()).toMatchObject({
      checks: ["proof", "issuer", "status", "validity", "issuedRecord"],
    });
    const independent = await verifyIndependently({ credential: verifiableCredential, app: t.app });
    expect(independent.verified).toBe(true);
  });

  it("returns the credential issued the first time when the idempotency key comes again", async () => {
    const headers = { authorization: issuingKey, "idempotency-key": "row-17" };
    const first = (await (await issue({ credential: licence() }, headers)).json()) as Json;
    const second = (await (await issue({ credential: licence() }, headers)).json()) as Json;
    expect(second).toEqual(first);
  });

  it("asks for an API key with the documents:issue scope", async () => {
    expect((await issue({ credential: licence() })).status).toBe(401);
    expect((await issue({ credential: licence() }, { authorization: readingKey })).status).toBe(
      403,
    );
  });

  it("names every reason a credential cannot be issued as it stands", async () => {
    const cases: [Json, string][] = [
      [{ ...licence(), issuer: "did:web:localhost:agencies:DOPA" }, "wrong_issuer"],
      [{ ...licence(), proof: { type: "DataIntegrityProof" } }, "already_signed"],
      [{ ...licence(), "@context": ["https://www.w3.org/2018/credentials/v1"] }, "vc_v2_required"],
      [{ ...licence(), favouriteColour: "blue" }, "undefined_term"],
      [
        { ...licence(), "@context": [VC_V2_CONTEXT_URL, "https://evil.example/v1"] },
        "unknown_context",
      ],
    ];
    for (const [credential, code] of cases) {
      const response = await issue({ credential }, { authorization: issuingKey });
      expect(response.status, code).toBe(400);
      const body = (await response.json()) as { errors: { code: string }[] };
      expect(body.errors.map((error) => error.code)).toContain(code);
    }
    expect(
      (await issue({ credential: "not an object" }, { authorization: issuingKey })).status,
    ).toBe(400);
  });
});
