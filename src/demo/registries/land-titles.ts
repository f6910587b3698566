import { findDistrict, findProvince, findSubdistrict, listSubdistricts } from "@/modules/services";

import { demoCitizens } from "../citizens";
import { DEMO_YEAR, type Person, thaiFullName } from "./population";
import { createRandom, type Random } from "./random";

/** One land parcel under a title document, as the Department of Lands records it. */
export interface Parcel extends Record<string, string | number> {
  /** The kind of title, with the codes the building-permit form uses. */
  deedType: "chanote" | "ns3k" | "ns3";
  deedTypeTh: string;
  deedNumber: string;
  /** เลขที่ดิน */
  parcelNumber: string;
  /** หน้าสำรวจ */
  surveyPage: string;
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  /** Where it lies, in words: ตำบล… อำเภอ… จังหวัด… */
  location: string;
  rai: number;
  ngan: number;
  squareWah: number;
}

export interface LandHolding {
  citizenId: string;
  ownerName: string;
  parcels: Parcel[];
}

const LAND_SEED = 2497;
const deedTypeNames = { chanote: "โฉนดที่ดิน", ns3k: "น.ส.3 ก.", ns3: "น.ส.3" } as const;

/** Bangkok names its districts เขต and subdistricts แขวง; the provinces อำเภอ and ตำบล. */
export function describeLocation(subdistrictCode: string): string {
  const subdistrict = findSubdistrict(subdistrictCode)!;
  const district = findDistrict(subdistrict.districtCode)!;
  const province = findProvince(subdistrict.provinceCode)!;
  return subdistrict.provinceCode === "10"
    ? `แขวง${subdistrict.nameTh} เขต${district.nameTh} ${province.nameTh}`
    : `ตำบล${subdistrict.nameTh} อำเภอ${district.nameTh} จังหวัด${province.nameTh}`;
}

function parcelAt(
  random: Random,
  subdistrictCode: string,
  fixed: Partial<Pick<Parcel, "deedType" | "deedNumber">> = {},
): Parcel {
  const subdistrict = findSubdistrict(subdistrictCode)!;
  const roll = random.next();
  const deedType = fixed.deedType ?? (roll < 0.75 ? "chanote" : roll < 0.92 ? "ns3k" : "ns3");
  const isCity = subdistrict.provinceCode === "10" || subdistrict.districtCode.endsWith("01");
  return {
    deedType,
    deedTypeTh: deedTypeNames[deedType],
    deedNumber: fixed.deedNumber ?? String(random.integer(100, 99_999)),
    parcelNumber: String(random.integer(1, 999)),
    surveyPage: String(random.integer(1, 9999)),
    provinceCode: subdistrict.provinceCode,
    districtCode: subdistrict.districtCode,
    subdistrictCode,
    location: describeLocation(subdistrictCode),
    rai: isCity ? 0 : random.integer(0, 25),
    ngan: random.integer(0, 3),
    squareWah: random.integer(isCity ? 20 : 0, 99),
  };
}

/**
 * Who holds land in the demo: Napatsorn's shop plot and Areerat's warehouse
 * plot (the title deeds their demo building-permit applications name),
 * Prayoon's house, then about a quarter of the adults, mostly near where
 * they live.
 */
export function generateLandHoldings(population: readonly Person[]): LandHolding[] {
  const random = createRandom(LAND_SEED);
  const [, napatsorn, prayoon, areerat] = demoCitizens;
  const fixed: Record<string, Parcel[]> = {
    [napatsorn!.citizenId]: [
      parcelAt(random, "500102", { deedType: "chanote", deedNumber: "12345" }),
    ],
    [prayoon!.citizenId]: [parcelAt(random, "500104", { deedType: "chanote", deedNumber: "4417" })],
    [areerat!.citizenId]: [parcelAt(random, "500104", { deedType: "ns3k", deedNumber: "998" })],
  };
  const holdings: LandHolding[] = [];
  for (const person of population) {
    const known = fixed[person.citizenId];
    const age = DEMO_YEAR - Number(person.birthDate.slice(0, 4));
    if (!known && (age < 25 || !random.chance(0.25))) continue;
    const parcels =
      known ??
      Array.from({ length: random.chance(0.2) ? random.integer(2, 4) : 1 }, () => {
        const nearHome = random.chance(0.8);
        const subdistricts = listSubdistricts(person.address.districtCode) ?? [];
        const code = nearHome
          ? person.address.subdistrictCode
          : (random.pick(subdistricts)?.code ?? person.address.subdistrictCode);
        return parcelAt(random, code);
      });
    holdings.push({ citizenId: person.citizenId, ownerName: thaiFullName(person), parcels });
  }
  return holdings;
}
