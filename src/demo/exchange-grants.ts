import type { Database } from "@/core/db/database";
import { selectAgencyByCode } from "@/modules/agencies";
import { loadGrant, selectCatalogue } from "@/modules/exchange/grants";

import { buildingPermitService } from "./service-definitions/building-permit";
import { elderlyAllowanceService } from "./service-definitions/elderly-allowance";

/** The law every demo grant on a public task relies on: agencies share data instead of asking for copies. */
const DIGITAL_GOVERNMENT_ACT = {
  th: "พ.ร.บ.การบริหารงานและการให้บริการภาครัฐผ่านระบบดิจิทัล พ.ศ. 2565 มาตรา 12",
  en: "Digital Government Administration and Services Act B.E. 2565 (2022), section 12",
};

// Pratu's e-services call as their agency, with the service id as the subsystem.
const ELDERLY_ALLOWANCE = {
  consumer: elderlyAllowanceService.agencyCode,
  subsystem: elderlyAllowanceService.id,
  purpose: "elderly-allowance-eligibility",
  purposeText: {
    th: "ตรวจสอบคุณสมบัติผู้ขอรับเบี้ยยังชีพผู้สูงอายุ (อายุ สัญชาติ และที่อยู่ในเขตเทศบาล)",
    en: "Checking who may receive the elderly allowance (age, nationality and an address in the municipality)",
  },
};

const BUILDING_PERMIT = {
  consumer: buildingPermitService.agencyCode,
  subsystem: buildingPermitService.id,
  purpose: "building-permit-review",
  purposeText: {
    th: "ตรวจสอบผู้ขออนุญาตก่อสร้างอาคารและกรรมสิทธิ์ในที่ดินที่จะก่อสร้าง",
    en: "Checking who applies for a building permit and who owns the land to be built on",
  },
};

const CONSENT = {
  th: "ความยินยอมของเจ้าของข้อมูล ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 19",
  en: "The data subject's consent, under the Personal Data Protection Act B.E. 2562 (2019), section 19",
};

interface DemoGrant {
  consumer: string;
  subsystem: string;
  purpose: string;
  purposeText: { th: string; en: string };
  service: string;
  basis: "consent" | "public_task";
  legalBasis: { th: string; en: string };
  isApproved: boolean;
}

/**
 * The demo's access rights, for the agencies that run the demo e-services.
 * The elderly allowance reads DOPA's basic data on a public task and the
 * address with the applicant's consent (so the demo shows a consent step);
 * the building permit reads the Department of Lands' external land register
 * and DBD's juristic persons. One request waits for DOPA's decision, so the
 * console shows the flow. Every grant covers all of its data service's
 * fields, so the demo e-services may prefill whichever they need.
 */
export const demoGrants: readonly DemoGrant[] = [
  {
    ...ELDERLY_ALLOWANCE,
    service: "DOPA/population/person.basic",
    basis: "public_task",
    legalBasis: DIGITAL_GOVERNMENT_ACT,
    isApproved: true,
  },
  {
    ...ELDERLY_ALLOWANCE,
    service: "DOPA/population/person.address",
    basis: "consent",
    legalBasis: CONSENT,
    isApproved: true,
  },
  {
    ...BUILDING_PERMIT,
    service: "DOL/land-titles/land.parcel",
    basis: "public_task",
    legalBasis: {
      th: `พ.ร.บ.ควบคุมอาคาร พ.ศ. 2522 มาตรา 21 ประกอบ${DIGITAL_GOVERNMENT_ACT.th}`,
      en: `Building Control Act B.E. 2522 (1979), section 21, with the ${DIGITAL_GOVERNMENT_ACT.en}`,
    },
    isApproved: true,
  },
  {
    ...BUILDING_PERMIT,
    service: "DBD/juristic-persons/juristic.profile",
    basis: "public_task",
    legalBasis: DIGITAL_GOVERNMENT_ACT,
    isApproved: true,
  },
  {
    ...BUILDING_PERMIT,
    service: "DOPA/population/person.address",
    basis: "consent",
    legalBasis: CONSENT,
    isApproved: false,
  },
];

/**
 * Loads the demo grants through the grants module, after the demo
 * registries (`seedExchangeDemo`). Safe to run again: a grant already
 * there, whatever became of it, is left alone; a data service or agency the
 * demo lacks is skipped. Resolves to the number of grants added.
 */
export async function seedExchangeGrants({
  db,
  instance = "TH",
}: {
  db: Database;
  /** The exchange's instance code (config `exchange.instance`). */
  instance?: string;
}): Promise<number> {
  const offered = new Set(
    (await selectCatalogue(db, { instance })).map((entry) => entry.serviceId),
  );
  let added = 0;
  for (const grant of demoGrants) {
    const service = `${instance}/GOV/${grant.service}`;
    const consumer = await selectAgencyByCode(db, grant.consumer);
    if (!consumer || !offered.has(service)) continue;
    const isAdded = await loadGrant({
      db,
      instance,
      loadedBy: "demo-seed",
      consumerAgencyId: consumer.id,
      isApproved: grant.isApproved,
      input: {
        service,
        subsystem: grant.subsystem,
        purpose: grant.purpose,
        purposeText: grant.purposeText,
        basis: grant.basis,
        legalBasis: grant.legalBasis,
      },
    });
    if (isAdded) added += 1;
  }
  return added;
}
