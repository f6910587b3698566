import { TEST_SECRET_KEY } from "@test/support/app";
import { createTestCitizen, type TestCitizen } from "@test/support/citizens";
import { createTestDatabase } from "@test/support/database";
import {
  createExchangeFixture,
  type ExchangeFixture,
  insertGrant,
  testPeople,
} from "@test/support/exchange";
import { compactVerify, decodeProtectedHeader, importJWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SecretBox } from "@/core/crypto/secrets";
import { listAgencyPublicKeys } from "@/core/crypto/signing-keys";
import type { Database } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { translatorFor } from "@/core/i18n";
import type { PageContext } from "@/core/ui/page-context";

import { findLiveConsent } from "../lookups";
import {
  CONSENT_RECEIPT_JWS_TYPE,
  ConsentRequest,
  describeConsentRequest,
  explainConsentRequest,
  giveConsent,
  listConsents,
  readConsentDecision,
  revokeConsent,
  verifyConsentReceipt,
} from "./index";

const secrets = new SecretBox(TEST_SECRET_KEY);
const purpose = "elderly-allowance";
const explanation = {
  th: "ข้าพเจ้ายินยอมให้เทศบาลดึงที่อยู่ของข้าพเจ้าจากกรมการปกครอง",
  en: "I consent to the city fetching my address from DOPA.",
};

let db: Database;
let fixture: ExchangeFixture;
let somchai: TestCitizen;
let somsri: TestCitizen;
const [somchaiPerson, somsriPerson] = testPeople as [
  (typeof testPeople)[0],
  (typeof testPeople)[0],
];

beforeAll(async () => {
  db = await createTestDatabase();
  fixture = await createExchangeFixture(db, secrets);
  somchai = await createTestCitizen({ db, secrets, nationalId: somchaiPerson.citizenId });
  somsri = await createTestCitizen({ db, secrets, nationalId: somsriPerson.citizenId });
});

afterAll(async () => {
  await db?.close();
});

function give(
  citizen: TestCitizen,
  overrides: Partial<Parameters<typeof giveConsent>[0]> = {},
): ReturnType<typeof giveConsent> {
  const nationalId = citizen === somchai ? somchaiPerson.citizenId : somsriPerson.citizenId;
  return giveConsent({
    db,
    secrets,
    citizen: { citizenId: citizen.citizenId, assurance: citizen.actor.assurance },
    subjectHash: secrets.hashNationalId(nationalId),
    consumerAgencyId: fixture.consumer.id,
    dataServiceId: fixture.address.id,
    purpose,
    serviceId: "elderly-allowance",
    explanation,
    ...overrides,
  });
}

async function auditActions(consentId: string): Promise<string[]> {
  const { rows } = await db.query<{ action: string; actor_id: string }>(
    "select action, actor_id from audit_log where target_type = 'exchange_consent' and target_id = $1 order by occurred_at, seq",
    [consentId],
  );
  return rows.map((row) => `${row.action}:${row.actor_id}`);
}

describe("giving consent", () => {
  it("records the consent with a receipt signed by the consumer agency that names no national ID", async () => {
    const { consent, isNew } = await give(somchai, { dataServiceId: fixture.basic.id });
    expect(isNew).toBe(true);
    expect(consent).toMatchObject({
      citizenId: somchai.citizenId,
      consumerAgencyId: fixture.consumer.id,
      dataServiceId: fixture.basic.id,
      purpose,
      serviceId: "elderly-allowance",
      explanation,
      revokedAt: null,
      expiresAt: null,
    });
    const jws = consent.receipt!;
    expect(decodeProtectedHeader(jws)).toMatchObject({
      typ: CONSENT_RECEIPT_JWS_TYPE,
      alg: "ES256",
    });

    // Verified with the consumer agency's own public key, outside Pratu's helpers.
    const [key] = await listAgencyPublicKeys({ db, agencyId: fixture.consumer.id });
    const verified = await compactVerify(jws, await importJWK(key!.jwk, "ES256"));
    const claims = JSON.parse(new TextDecoder().decode(verified.payload)) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({
      version: "KI-CR-v1.1.0",
      iss: "TH/GOV/CHIANGMAI-CITY",
      jti: consent.id,
      consentReceiptID: consent.id,
      piiPrincipalId: secrets.hashNationalId(somchaiPerson.citizenId),
      basis: "consent",
      explanation,
      expiresAt: null,
      withdrawal: "/me/data-use",
      piiControllers: [{ memberId: "TH/GOV/CHIANGMAI-CITY", agencyCode: "CHIANGMAI-CITY" }],
      services: [
        {
          service: "TH/GOV/DOPA/population/person.basic",
          provider: { memberId: "TH/GOV/DOPA", agencyCode: "DOPA" },
          purposes: [
            {
              purpose,
              consentType: "EXPLICIT",
              piiCategory: ["firstName", "lastName", "birthDate"],
              termination: "withdrawal",
            },
          ],
        },
      ],
    });
    const decodedJson = JSON.stringify(claims);
    expect(decodedJson).not.toContain(somchaiPerson.citizenId);
    expect(jws).not.toContain(somchaiPerson.citizenId);

    const pratuCheck = await verifyConsentReceipt({ db, jws });
    expect(pratuCheck).toMatchObject({ isValid: true, key: { agencyId: fixture.consumer.id } });
    expect(await auditActions(consent.id)).toEqual([`exchange.consent_given:${somchai.citizenId}`]);
  });

  it("returns the consent in force when it is given again, without a second row or receipt", async () => {
    const first = await give(somchai);
    const second = await give(somchai, { explanation: { th: "อีกครั้ง", en: "Again" } });
    expect(second.isNew).toBe(false);
    expect(second.consent.id).toBe(first.consent.id);
    expect(second.consent.receipt).toBe(first.consent.receipt);
    const { rows } = await db.query<{ count: string | number }>(
      `select count(*) as count from exchange_consents
        where subject_hash = $1 and consumer_agency_id = $2 and data_service_id = $3 and purpose = $4`,
      [
        secrets.hashNationalId(somchaiPerson.citizenId),
        fixture.consumer.id,
        fixture.address.id,
        purpose,
      ],
    );
    expect(Number(rows[0]!.count)).toBe(1);
    expect(await auditActions(first.consent.id)).toHaveLength(1);
  });

  it("refuses a consent about someone else's data", async () => {
    await expect(
      give(somsri, { subjectHash: secrets.hashNationalId(somchaiPerson.citizenId) }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses an unknown data service and an expiry in the past", async () => {
    await expect(give(somsri, { dataServiceId: newId() })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(give(somsri, { expiresAt: new Date(Date.now() - 60_000) })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });

  it("gives a fresh consent once the last one has lapsed, and shows the old one as expired", async () => {
    const hash = secrets.hashNationalId(somsriPerson.citizenId);
    const lapsedId = newId();
    await db.query(
      `insert into exchange_consents (id, subject_hash, citizen_id, consumer_agency_id, data_service_id,
         purpose, explanation, given_at, expires_at)
       values ($1, $2, $3, $4, $5, 'lapsing', $6, now() - interval '2 days', now() - interval '1 day')`,
      [
        lapsedId,
        hash,
        somsri.citizenId,
        fixture.consumer.id,
        fixture.address.id,
        JSON.stringify(explanation),
      ],
    );
    const expiresAt = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
    const { consent, isNew } = await give(somsri, { purpose: "lapsing", expiresAt });
    expect(isNew).toBe(true);
    expect(consent.id).not.toBe(lapsedId);
    expect(consent.expiresAt?.getTime()).toBe(expiresAt.getTime());
    const states = Object.fromEntries(
      (await listConsents({ db, citizenId: somsri.citizenId })).map((each) => [
        each.id,
        each.state,
      ]),
    );
    expect(states[lapsedId]).toBe("expired");
    expect(states[consent.id]).toBe("live");
  });
});

describe("withdrawing consent", () => {
  it("takes effect at once, is audited as the person, and changes nothing the second time", async () => {
    const { consent } = await give(somchai, { purpose: "building-permit" });
    const tuple = {
      db,
      subjectHash: secrets.hashNationalId(somchaiPerson.citizenId),
      consumerAgencyId: fixture.consumer.id,
      dataServiceId: fixture.address.id,
      purpose: "building-permit",
    };
    expect(await findLiveConsent(tuple)).toMatchObject({ id: consent.id });

    const revoked = await revokeConsent({
      db,
      citizenId: somchai.citizenId,
      consentId: consent.id,
    });
    expect(revoked.isChanged).toBe(true);
    expect(revoked.consent.revokedAt).toBeInstanceOf(Date);
    expect(await findLiveConsent(tuple)).toBeNull();

    const again = await revokeConsent({ db, citizenId: somchai.citizenId, consentId: consent.id });
    expect(again.isChanged).toBe(false);
    expect(await auditActions(consent.id)).toEqual([
      `exchange.consent_given:${somchai.citizenId}`,
      `exchange.consent_revoked:${somchai.citizenId}`,
    ]);

    // Consenting again afterwards is a new consent with a receipt of its own.
    const renewed = await give(somchai, { purpose: "building-permit" });
    expect(renewed.isNew).toBe(true);
    expect(renewed.consent.id).not.toBe(consent.id);
  });

  it("answers another person's consent as not found and leaves it in force", async () => {
    const { consent } = await give(somchai);
    await expect(
      revokeConsent({ db, citizenId: somsri.citizenId, consentId: consent.id }),
    ).rejects.toMatchObject({ code: "not_found" });
    const listed = await listConsents({ db, citizenId: somchai.citizenId });
    expect(listed.find((each) => each.id === consent.id)?.state).toBe("live");
  });

  it("lists the person's consents only, those in force first, with the names of those involved", async () => {
    const listed = await listConsents({ db, citizenId: somchai.citizenId });
    expect(listed.length).toBeGreaterThanOrEqual(3);
    expect(
      listed.every((each) => each.subjectHash === secrets.hashNationalId(somchaiPerson.citizenId)),
    ).toBe(true);
    const firstClosed = listed.findIndex((each) => each.state !== "live");
    expect(firstClosed).toBeGreaterThan(0);
    expect(listed.slice(firstClosed).every((each) => each.state !== "live")).toBe(true);
    expect(listed[0]).toMatchObject({
      consumer: { code: "CHIANGMAI-CITY", name: { th: "เทศบาลนครเชียงใหม่" } },
      provider: { code: "DOPA", name: { en: "Department of Provincial Administration" } },
    });
  });
});

describe("the consent request in the form", () => {
  const pageOf = (locale: "th" | "en"): PageContext => ({
    locale,
    t: translatorFor(locale),
    actor: { type: "anonymous" },
    csrfToken: "csrf-token",
    path: "/services/elderly-allowance/apply",
    requestId: "test",
    nonce: undefined,
  });

  async function render(node: unknown): Promise<string> {
    return String(await (node as { toString(): string | Promise<string> }).toString());
  }

  it("says who gets what, from whom, for what, on which basis and for how long, in words", async () => {
    await insertGrant(db, {
      dataService: fixture.address,
      consumer: fixture.consumer,
      purpose: "allowance-consent",
      basis: "consent",
    });
    const details = await describeConsentRequest({
      db,
      consumerAgencyId: fixture.consumer.id,
      subsystem: "elderly-allowance",
      dataServiceId: fixture.address.id,
      purpose: "allowance-consent",
    });
    expect(details).toMatchObject({
      consumer: { th: "เทศบาลนครเชียงใหม่" },
      provider: { th: "กรมการปกครอง" },
      fields: [{ th: "ที่อยู่ตามทะเบียนบ้าน", en: "Registered address" }],
      basis: "consent",
      expiresAt: null,
    });
    expect(explainConsentRequest(details!)).toEqual({
      th: "ข้าพเจ้ายินยอมให้เทศบาลนครเชียงใหม่ดึงข้อมูล “บริการ person.address” (ที่อยู่ตามทะเบียนบ้าน) ของข้าพเจ้าจากกรมการปกครอง เพื่อตรวจสอบสิทธิ์เบี้ยยังชีพผู้สูงอายุ ความยินยอมนี้มีผลจนกว่าข้าพเจ้าจะถอน และข้าพเจ้าถอนความยินยอมได้ทุกเมื่อที่หน้า “ใครใช้ข้อมูลของฉัน” ของประตู",
      en: "I consent to Chiang Mai City Municipality fetching my “Service person.address” (Registered address) from Department of Provincial Administration for Check elderly allowance eligibility. This consent lasts until I withdraw it, and I can withdraw it at any time on Pratu's page “Who used my data”.",
    });

    const html = await render(
      <ConsentRequest
        page={pageOf("en")}
        details={details!}
        action="/services/elderly-allowance/apply/d1/consent"
        hiddenFields={{ requirement: "address" }}
      />,
    );
    expect(html).toContain("Chiang Mai City Municipality");
    expect(html).toContain("Registered address");
    expect(html).toContain("Department of Provincial Administration");
    expect(html).toContain("Check elderly allowance eligibility");
    expect(html).toContain("Personal Data Protection Act, section 19");
    expect(html).toContain("Until you withdraw it");
    expect(html).toContain('<a href="/me/data-use">Who used my data</a>');
    expect(html).toContain('name="_csrf" value="csrf-token"');
    expect(html).toContain('name="requirement" value="address"');
    expect(html).toMatch(
      /<button[^>]*name="consentDecision"[^>]*value="give"[^>]*>I consent<\/button>/,
    );
    expect(html).toMatch(
      /<button[^>]*name="consentDecision"[^>]*value="decline"[^>]*>No, I&#39;ll attach a copy<\/button>/,
    );

    const thai = await render(<ConsentRequest page={pageOf("th")} details={details!} />);
    expect(thai).not.toContain("<form");
    expect(thai).toContain("ให้ความยินยอม");
    expect(thai).toContain("ไม่ให้ความยินยอม — แนบสำเนาเอง");
  });

  it("asks nothing when no grant would allow the call", async () => {
    expect(
      await describeConsentRequest({
        db,
        consumerAgencyId: fixture.otherConsumer.id,
        subsystem: null,
        dataServiceId: fixture.address.id,
        purpose: "allowance-consent",
      }),
    ).toBeNull();
  });

  it("reads the person's answer from the posted form", () => {
    expect(readConsentDecision({ consentDecision: "give" })).toBe("give");
    expect(readConsentDecision({ consentDecision: "decline" })).toBe("decline");
    expect(readConsentDecision({ consentDecision: "maybe" })).toBeNull();
    expect(readConsentDecision({})).toBeNull();
  });
});
