/**
 * A world for tests of once-only in e-services: DOPA's population registry
 * (the exchange fixture) with Chiang Mai City's access rights for a small
 * allowance service, a second copy of the registry kept by an external
 * system that is down, and people the registry knows, and one it does not.
 */
import { expect } from "vitest";

import { elderlyAllowanceService } from "@/demo/service-definitions/elderly-allowance";
import type { ServiceDefinition } from "@/modules/services";

import { createTestApp, type TestApp } from "./app";
import type { BrowserSession, Page } from "./browser-session";
import { createTestCitizen, type TestCitizen } from "./citizens";
import {
  createExchangeFixture,
  type ExchangeFixture,
  insertDataService,
  insertExternalRegistry,
  insertGrant,
  TEST_PURPOSE,
  testPeople,
  unknownCitizenId,
} from "./exchange";
import { type RegistryStub, startRegistryStub } from "./registry-stub";
import { publishTestService } from "./services";

export const SERVICE = "test-allowance";
export const DOWN_SERVICE = "test-allowance-mirror";

const basicRequirement = {
  provider: "DOPA",
  registry: "population",
  dataService: "person.basic",
  purpose: TEST_PURPOSE,
  fill: { fullName: "{firstName} {lastName}", citizenId: "@subject", birthDate: "birthDate" },
};

const addressRequirement = (registry: string) => ({
  provider: "DOPA",
  registry,
  dataService: "person.address",
  purpose: TEST_PURPOSE,
  fill: { registeredAddress: "address" },
  fallbackField: "houseCopy",
});

/** A small allowance whose applicant data comes from the population registry. */
export function allowance(id: string, addressRegistry: string): ServiceDefinition {
  return {
    ...elderlyAllowanceService,
    id,
    documents: [
      {
        name: { th: "บัตรประจำตัวประชาชน", en: "ID card" },
        count: 1,
        source: "registry",
        ...(id === SERVICE ? { registry: basicRequirement } : {}),
      },
      {
        name: { th: "ทะเบียนบ้าน", en: "House registration" },
        count: 1,
        source: "registry",
        registry: addressRequirement(addressRegistry),
      },
    ],
    form: {
      pages: [
        {
          id: "applicant",
          title: { th: "ผู้ยื่นคำขอ", en: "Applicant" },
          fields: [
            {
              id: "fullName",
              type: "text",
              label: { th: "ชื่อ-นามสกุล", en: "Name" },
              required: true,
            },
            {
              id: "citizenId",
              type: "citizen_id",
              label: { th: "เลขประจำตัวประชาชน", en: "Citizen ID" },
              required: true,
            },
            { id: "birthDate", type: "date", label: { th: "วันเกิด", en: "Born" }, required: true },
            { id: "phone", type: "phone", label: { th: "โทรศัพท์", en: "Phone" }, required: true },
          ],
        },
        {
          id: "address",
          title: { th: "ที่อยู่", en: "Address" },
          fields: [
            {
              id: "registeredAddress",
              type: "thai_address",
              label: { th: "ที่อยู่ตามทะเบียนบ้าน", en: "Registered address" },
              required: true,
            },
            {
              id: "houseCopy",
              type: "file",
              label: { th: "สำเนาทะเบียนบ้าน", en: "House registration copy" },
              accept: ["application/pdf"],
              maxBytes: 1024 * 1024,
            },
          ],
        },
        {
          id: "declaration",
          title: { th: "คำรับรอง", en: "Declaration" },
          fields: [
            {
              id: "truth",
              type: "declaration",
              label: { th: "ข้าพเจ้าขอรับรองว่าเป็นความจริง", en: "It is true" },
            },
          ],
        },
      ],
    },
  };
}

export function pathOf(location: string | null): string {
  if (!location) throw new Error("Expected a redirect");
  const url = new URL(location, "http://localhost");
  return url.pathname + url.search;
}

export interface OnceOnlyWorld {
  t: TestApp;
  fixture: ExchangeFixture;
  mirror: RegistryStub;
  /** Known to the registry (testPeople[0]); consents. */
  consenting: TestCitizen;
  /** Known to the registry (testPeople[1]); declines. */
  declining: TestCitizen;
  /** Unknown to the registry. */
  unregistered: TestCitizen;
  close(): Promise<void>;
}

export async function createOnceOnlyWorld(): Promise<OnceOnlyWorld> {
  const t = await createTestApp({ config: { security: { rateLimitPerMinute: 100_000 } } });
  const fixture = await createExchangeFixture(t.db, t.secrets);
  for (const dataService of [fixture.basic, fixture.address]) {
    await insertGrant(t.db, {
      dataService,
      consumer: fixture.consumer,
      subsystem: SERVICE,
      purpose: TEST_PURPOSE,
      basis: dataService === fixture.address ? "consent" : "public_task",
    });
  }
  // A second copy of the registry, kept by DOPA's own system, that is down.
  const mirror = await startRegistryStub({ secret: "mirror-secret", records: {} });
  mirror.behaviour = "error";
  const external = await insertExternalRegistry(t.db, t.secrets, {
    agency: fixture.provider,
    code: "population-mirror",
    url: mirror.url,
    timeoutMs: 2000,
    secret: "mirror-secret",
  });
  const mirrorAddress = await insertDataService(t.db, {
    registry: external,
    code: "person.address",
    fields: ["address"],
  });
  await insertGrant(t.db, {
    dataService: mirrorAddress,
    consumer: fixture.consumer,
    subsystem: DOWN_SERVICE,
    purpose: TEST_PURPOSE,
  });
  await publishTestService(t.db, allowance(SERVICE, "population"));
  await publishTestService(t.db, allowance(DOWN_SERVICE, "population-mirror"));
  const citizenWith = (nationalId: string) =>
    createTestCitizen({ db: t.db, secrets: t.secrets, nationalId });
  return {
    t,
    fixture,
    mirror,
    consenting: await citizenWith(testPeople[0]!.citizenId),
    declining: await citizenWith(testPeople[1]!.citizenId),
    unregistered: await citizenWith(unknownCitizenId),
    close: async () => {
      await mirror.close();
      await t.close();
    },
  };
}

export async function startDraft(browser: BrowserSession, serviceId = SERVICE): Promise<string> {
  const start = await browser.get(`/services/${serviceId}/apply`);
  const started = await browser.submit(start, `/services/${serviceId}/apply`);
  return pathOf(started.location);
}

/** Goes through the consent page, answering as told, and lands on the form. */
export async function answerConsent(
  browser: BrowserSession,
  draftPath: string,
  decision: "give" | "decline",
): Promise<Page> {
  const opened = await browser.get(draftPath);
  expect(opened.status).toBe(303);
  expect(pathOf(opened.location)).toBe(`${draftPath}/sources/1`);
  const request = await browser.get(`${draftPath}/sources/1`);
  expect(request.status).toBe(200);
  expect(request.html).toContain("ขอความยินยอมใช้ข้อมูลของคุณ");
  expect(request.html).toContain("ไม่ให้ความยินยอม — แนบสำเนาเอง");
  const answered = await browser.submit(request, `${draftPath}/sources/1`, {
    consentDecision: decision,
  });
  expect(pathOf(answered.location)).toBe(draftPath);
  return browser.get(draftPath);
}
