import { createTestApp, type TestApp } from "@test/support/app";
import type { BrowserSession } from "@test/support/browser-session";
import { citizenBrowser, createTestCitizen } from "@test/support/citizens";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoCitizens } from "@/demo/citizens";
import { demoLandRecords } from "@/demo/registries/demo-registry-command";
import {
  type RunningExternalRegistry,
  startExternalRegistryServer,
} from "@/demo/registries/external-registry-server";
import { demoLandRegistrySecret } from "@/demo/registries/land-registry-secret";
import { seedDemo } from "@/demo/seed";

import { relocateExternalRegistry } from "../registries";

/**
 * The demo's e-services fetch what the demo registries hold: the elderly
 * allowance reads DOPA's population registry, the building permit the
 * Department of Lands' external land register (a copy of the title deed is
 * asked only when that register cannot be reached).
 */
describe("the demo services, prefilled from the demo registries", () => {
  let t: TestApp;
  let landRegister: RunningExternalRegistry | undefined;
  const [, napatsorn, prayoon] = demoCitizens;

  beforeAll(async () => {
    t = await createTestApp({ config: { security: { rateLimitPerMinute: 100_000 } } });
    await seedDemo({ db: t.db, secrets: t.secrets, config: t.config });
  });
  afterAll(async () => {
    await landRegister?.close();
    await t.close();
  });

  async function browserOf(nationalId: string): Promise<BrowserSession> {
    const citizen = await createTestCitizen({ db: t.db, secrets: t.secrets, nationalId });
    return citizenBrowser(t, citizen);
  }

  async function startDraft(browser: BrowserSession, serviceId: string): Promise<string> {
    const start = await browser.get(`/services/${serviceId}/apply`);
    const started = await browser.submit(start, `/services/${serviceId}/apply`);
    return new URL(started.location!, "http://localhost").pathname;
  }

  async function answersOf(draftPath: string): Promise<Record<string, unknown>> {
    const { rows } = await t.db.query<{ answers: Record<string, unknown> }>(
      "select answers from application_drafts where id = $1",
      [draftPath.split("/").at(-1)],
    );
    return rows[0]!.answers;
  }

  it("fills the elderly allowance with Prayoon's name, ID and birth date, and his address once he consents", async () => {
    const browser = await browserOf(prayoon!.citizenId);
    const draftPath = await startDraft(browser, "elderly-allowance");
    const opened = await browser.get(draftPath);
    expect(opened.location).toBe(`${draftPath}/sources/1`);
    expect(await answersOf(draftPath)).toEqual({
      fullName: "นายประยูร บุญมา",
      citizenId: prayoon!.citizenId,
      birthDate: "1963-03-14",
    });
    const request = await browser.get(`${draftPath}/sources/1`);
    await browser.submit(request, `${draftPath}/sources/1`, { consentDecision: "give" });
    expect((await answersOf(draftPath)).registeredAddress).toEqual({
      line: "99/1 ถนนเจริญราษฎร์",
      provinceCode: "50",
      districtCode: "5001",
      subdistrictCode: "500104",
      postcode: "50300",
    });
    const address = await browser.get(`${draftPath}?step=address`);
    expect(address.html).toContain('data-locked="registeredAddress"');
    expect(address.html).not.toContain('name="houseRegistrationCopy"');
  });

  it("fills the building permit's title deed from the land register, and asks for a copy when it is down", async () => {
    // The Department of Lands' own system, as `pratu demo-registry` runs it.
    const registry = (landRegister = await startExternalRegistryServer({
      secret: demoLandRegistrySecret(t.secrets),
      records: demoLandRecords(),
    }));
    const { rows } = await t.db.query<{ id: string }>("select id from agencies where code = 'DOL'");
    await relocateExternalRegistry({
      db: t.db,
      author: { type: "system", id: "test" },
      agencyId: rows[0]!.id,
      code: "land-titles",
      url: registry.url,
    });
    const browser = await browserOf(napatsorn!.citizenId);
    const draftPath = await startDraft(browser, "building-permit");
    const land = await browser.get(`${draftPath}?step=land`);
    expect(land.html).toContain('data-locked="titleDeedType"');
    expect(land.html).toContain('data-locked="titleDeedNumber"');
    expect(land.html).not.toContain('name="titleDeedCopy"');
    expect(await answersOf(draftPath)).toMatchObject({
      titleDeedType: "chanote",
      titleDeedNumber: "12345",
    });

    await registry.close();
    landRegister = undefined;
    const later = await browserOf(napatsorn!.citizenId);
    const laterPath = await startDraft(later, "building-permit");
    const down = await later.get(`${laterPath}?step=land`);
    expect(down.html).toContain('name="titleDeedCopy"');
    expect(down.html).toContain('name="titleDeedNumber"');
    expect(down.html).toContain("โปรดกรอกข้อมูลเองและแนบสำเนาเอกสาร");
  });
});
