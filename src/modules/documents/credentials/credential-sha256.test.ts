import { createTestDatabase } from "@test/support/database";
import { describe, expect, it } from "vitest";

import { canonicalJson, credentialSha256 } from "./credential-sha256";

describe("credentialSha256", () => {
  const credential = {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    type: ["VerifiableCredential"],
    issuer: { name: "กรมการปกครอง", id: "did:web:localhost:agencies:DOPA" },
    credentialSubject: { name: "สมชาย", score: 3.5, pass: true, note: null },
  };

  it("writes JSON in the RFC 8785 form: sorted keys, no spaces", () => {
    expect(canonicalJson({ b: [1, "x", null], a: { d: 1e21, c: -0 } })).toBe(
      '{"a":{"c":0,"d":1e+21},"b":[1,"x",null]}',
    );
  });

  it("is the same however the JSON is spaced or ordered, and differs for one changed value", () => {
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : typeof value === "object" && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverseKeys(v)]),
            )
          : value;
    const reordered = JSON.parse(JSON.stringify(reverseKeys(credential), null, 2)) as unknown;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(credential));
    expect(credentialSha256(reordered)).toBe(credentialSha256(credential));
    expect(
      credentialSha256({
        ...credential,
        credentialSubject: { ...credential.credentialSubject, score: 3.6 },
      }),
    ).not.toBe(credentialSha256(credential));
    expect(credentialSha256(credential)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("survives a round trip through jsonb, whose key order is its own", async () => {
    const db = await createTestDatabase();
    try {
      const { rows } = await db.query<{ value: unknown }>("select $1::jsonb as value", [
        JSON.stringify(credential),
      ]);
      expect(credentialSha256(rows[0]!.value)).toBe(credentialSha256(credential));
    } finally {
      await db.close();
    }
  });
});
