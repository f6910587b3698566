import {
  type District,
  listDistricts,
  listProvinces,
  listSubdistricts,
  type Subdistrict,
} from "@/modules/services";

import { demoCitizens } from "../citizens";
import { createRandom, type Random, randomDateIn, withCheckDigit } from "./random";
import {
  bangkokRoads,
  familyNames,
  femaleGivenNames,
  maleGivenNames,
  type NamePair,
} from "./thai-names";

/** An address as the form's Thai address field holds it. */
export interface RegisteredAddress {
  line: string;
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
  postcode: string;
}

/** One person in the population registry, keyed by citizen ID. */
export interface Person {
  citizenId: string;
  titleTh: string;
  givenNameTh: string;
  familyNameTh: string;
  titleEn: string;
  givenNameEn: string;
  familyNameEn: string;
  birthDate: string;
  sex: "male" | "female";
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  address: RegisteredAddress;
}

export const POPULATION_SEED = 2569;
export const DEMO_POPULATION_SIZE = 3000;
/** The year the demo is set in: ages and dates are counted from it, not from today. */
export const DEMO_YEAR = 2026;

/**
 * The people who sign in through the development identity provider, as the
 * registry knows them: the same IDs and names, and addresses that agree
 * with the demo applications (Prayoon lives in Chiang Mai city and receives
 * the elderly allowance there).
 */
const demoPeople: Record<
  string,
  Omit<Person, "citizenId" | "givenNameTh" | "familyNameTh" | "givenNameEn" | "familyNameEn">
> = {
  "1101700234568": {
    titleTh: "นาย",
    titleEn: "Mr",
    birthDate: "1964-05-02",
    sex: "male",
    nationality: "TH",
    address: {
      line: "88/12 ซอยประชาราษฎร์บำเพ็ญ 5 ถนนประชาราษฎร์บำเพ็ญ",
      provinceCode: "10",
      districtCode: "1017",
      subdistrictCode: "101701",
      postcode: "10310",
    },
  },
  "1500600219341": {
    titleTh: "นางสาว",
    titleEn: "Miss",
    birthDate: "1995-08-21",
    sex: "female",
    nationality: "TH",
    address: {
      line: "8 ซอย 3 ถนนนิมมานเหมินท์",
      provinceCode: "50",
      districtCode: "5001",
      subdistrictCode: "500108",
      postcode: "50200",
    },
  },
  "3100500141782": {
    titleTh: "นาย",
    titleEn: "Mr",
    birthDate: "1963-03-14",
    sex: "male",
    nationality: "TH",
    address: {
      line: "99/1 ถนนเจริญราษฎร์",
      provinceCode: "50",
      districtCode: "5001",
      subdistrictCode: "500104",
      postcode: "50300",
    },
  },
  "1400100315725": {
    titleTh: "นางสาว",
    titleEn: "Miss",
    birthDate: "2004-11-09",
    sex: "female",
    nationality: "TH",
    address: {
      line: "123 ถนนศรีจันทร์",
      provinceCode: "40",
      districtCode: "4001",
      subdistrictCode: "400101",
      postcode: "40000",
    },
  },
  "8500100077651": {
    titleTh: "นาย",
    titleEn: "Mr",
    birthDate: "1985-02-17",
    sex: "male",
    nationality: "JP",
    address: {
      line: "15 ถนนราชดำเนิน",
      provinceCode: "50",
      districtCode: "5001",
      subdistrictCode: "500101",
      postcode: "50200",
    },
  },
};

/** The demo citizens first, with the names they sign in with. */
export function demoCitizenPeople(): Person[] {
  return demoCitizens.map((citizen) => {
    const known = demoPeople[citizen.citizenId];
    if (!known) throw new Error(`No registry entry for demo citizen ${citizen.givenNameEn}.`);
    return {
      citizenId: citizen.citizenId,
      givenNameTh: citizen.givenNameTh,
      familyNameTh: citizen.familyNameTh,
      givenNameEn: citizen.givenNameEn,
      familyNameEn: citizen.familyNameEn,
      ...known,
    };
  });
}

/** Ages in bands roughly as Thailand's population has them (15 and over). */
const ageBands: readonly { from: number; to: number; share: number }[] = [
  { from: 15, to: 29, share: 0.22 },
  { from: 30, to: 44, share: 0.26 },
  { from: 45, to: 59, share: 0.27 },
  { from: 60, to: 74, share: 0.18 },
  { from: 75, to: 90, share: 0.07 },
];

function pickAge(random: Random): number {
  let roll = random.next();
  for (const band of ageBands) {
    if (roll < band.share) return random.integer(band.from, band.to);
    roll -= band.share;
  }
  return random.integer(15, 90);
}

/**
 * A registered address at a real subdistrict: many people in Bangkok and in
 * Chiang Mai (where the demo's municipal services are, half of them in the
 * city district), the rest spread over every province.
 */
export function randomAddress(random: Random): RegisteredAddress {
  const roll = random.next();
  const provinceCode = roll < 0.12 ? "10" : roll < 0.37 ? "50" : random.pick(listProvinces()).code;
  const districts: readonly District[] = listDistricts(provinceCode) ?? [];
  const district =
    provinceCode === "50" && random.chance(0.5)
      ? districts.find((each) => each.code === "5001")!
      : random.pick(districts);
  const subdistrict: Subdistrict = random.pick(listSubdistricts(district.code) ?? []);
  return {
    line: addressLine(random, provinceCode),
    provinceCode,
    districtCode: district.code,
    subdistrictCode: subdistrict.code,
    postcode: random.pick(subdistrict.postcodes),
  };
}

function addressLine(random: Random, provinceCode: string): string {
  const house = random.chance(0.35)
    ? `${random.integer(1, 399)}/${random.integer(1, 99)}`
    : String(random.integer(1, 499));
  if (provinceCode === "10") {
    const road = random.pick(bangkokRoads);
    return `${house} ซอย${road} ${random.integer(1, 120)} ถนน${road}`;
  }
  return `${house} หมู่ที่ ${random.integer(1, 15)}`;
}

/**
 * A citizen ID as DOPA issues them: 1 for people born from 1984 (registered
 * at birth), 3 for those already in a house registration before; then the
 * registration office (a district code, usually of the person's province),
 * a book and entry number, and the check digit.
 */
function citizenIdFor(random: Random, birthYear: number, address: RegisteredAddress): string {
  const kind = birthYear >= 1984 ? "1" : "3";
  const office = random.chance(0.7)
    ? address.districtCode
    : random.pick(listDistricts(random.pick(listProvinces()).code) ?? []).code;
  return withCheckDigit(`${kind}${office}${random.digits(5)}${random.digits(2)}`);
}

function fullTitle(random: Random, sex: Person["sex"], age: number) {
  if (sex === "male") return { titleTh: "นาย", titleEn: "Mr" };
  const isMarried = age >= 23 && random.chance(Math.min(0.8, (age - 20) / 25));
  return isMarried ? { titleTh: "นาง", titleEn: "Mrs" } : { titleTh: "นางสาว", titleEn: "Miss" };
}

/**
 * The synthetic population: the demo citizens, then `size` generated people
 * with valid, distinct citizen IDs, the same for the same seed.
 */
export function generatePopulation({
  size = DEMO_POPULATION_SIZE,
  seed = POPULATION_SEED,
}: { size?: number; seed?: number } = {}): Person[] {
  const random = createRandom(seed);
  const people = demoCitizenPeople();
  const taken = new Set(people.map((person) => person.citizenId));
  while (people.length < size) {
    const sex = random.chance(0.49) ? "male" : "female";
    const age = pickAge(random);
    const birthYear = DEMO_YEAR - age;
    const address = randomAddress(random);
    const citizenId = citizenIdFor(random, birthYear, address);
    if (taken.has(citizenId)) continue;
    taken.add(citizenId);
    const given: NamePair = random.pick(sex === "male" ? maleGivenNames : femaleGivenNames);
    const family: NamePair = random.pick(familyNames);
    people.push({
      citizenId,
      ...fullTitle(random, sex, age),
      givenNameTh: given[0],
      familyNameTh: family[0],
      givenNameEn: given[1],
      familyNameEn: family[1],
      birthDate: randomDateIn(random, birthYear),
      sex,
      nationality: "TH",
      address,
    });
  }
  return people;
}

/** A person's name as registries and documents print it: นายสมชาย ใจดี. */
export function thaiFullName(person: Pick<Person, "titleTh" | "givenNameTh" | "familyNameTh">) {
  return `${person.titleTh}${person.givenNameTh} ${person.familyNameTh}`;
}

export function englishFullName(person: Pick<Person, "titleEn" | "givenNameEn" | "familyNameEn">) {
  return `${person.titleEn} ${person.givenNameEn} ${person.familyNameEn}`;
}
