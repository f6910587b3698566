import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { isValidThaiCitizenId, isValidThaiJuristicPersonId } from "@/core/identity/thai-id";
import {
  checkRecordData,
  type RecordData,
  type RegistryDefinition,
} from "@/modules/exchange/registries";
import { findDistrict, findProvince, findSubdistrict } from "@/modules/services";

import { demoCitizens } from "../citizens";
import { demoGraduates } from "../transcripts";
import { DEMO_COMPANY_ID, generateCompanies } from "./companies";
import {
  graduateRegistry,
  juristicRegistry,
  landRegistry,
  populationRegistry,
} from "./definitions";
import { demoLandRecords } from "./demo-registry-command";
import { generateGraduates } from "./graduates";
import { companyRecord, graduateRecord, personRecord } from "./index";
import { generateLandHoldings } from "./land-titles";
import { DEMO_POPULATION_SIZE, generatePopulation, type RegisteredAddress } from "./population";

const population = generatePopulation();
const companies = generateCompanies(population);
const graduates = generateGraduates(population);
const landHoldings = generateLandHoldings(population);

/** Why an address is not one of the dataset's, or null when every level fits the one above. */
function addressProblem(address: Omit<RegisteredAddress, "line">): string | null {
  if (!findProvince(address.provinceCode)) return `no province ${address.provinceCode}`;
  if (findDistrict(address.districtCode)?.provinceCode !== address.provinceCode)
    return `district ${address.districtCode} not in ${address.provinceCode}`;
  const subdistrict = findSubdistrict(address.subdistrictCode);
  if (subdistrict?.districtCode !== address.districtCode)
    return `subdistrict ${address.subdistrictCode} not in ${address.districtCode}`;
  if (!subdistrict.postcodes.includes(address.postcode))
    return `postcode ${address.postcode} not of ${address.subdistrictCode}`;
  return null;
}

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

describe("the demo registry generator", () => {
  it("makes about three thousand distinct people, each with a valid citizen-ID check digit", () => {
    expect(population).toHaveLength(DEMO_POPULATION_SIZE);
    const invalid = population.filter((person) => !isValidThaiCitizenId(person.citizenId));
    expect(invalid).toEqual([]);
    expect(new Set(population.map((person) => person.citizenId)).size).toBe(population.length);
  });

  it("gives every person a registered address that exists in the Thai address data", () => {
    const problems = population
      .map((person) => addressProblem(person.address))
      .filter((problem) => problem !== null);
    expect(problems).toEqual([]);
    // Spread over the country, not one province.
    expect(new Set(population.map((person) => person.address.provinceCode)).size).toBeGreaterThan(
      60,
    );
  });

  it("names people as Thai registration does, with a title that fits their sex", () => {
    for (const person of population) {
      expect(person.givenNameTh).toMatch(/^[\u0E00-\u0E7F]+$/);
      expect(person.givenNameEn).toMatch(/^[A-Z][a-z-]+$/);
      expect(person.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(person.birthDate))).toBe(false);
      expect(person.sex === "male" ? ["นาย"] : ["นาง", "นางสาว"]).toContain(person.titleTh);
    }
  });

  it("includes every demo citizen under their real ID and the names they sign in with", () => {
    for (const citizen of demoCitizens) {
      const person = population.find((each) => each.citizenId === citizen.citizenId);
      expect(person).toMatchObject({
        givenNameTh: citizen.givenNameTh,
        familyNameTh: citizen.familyNameTh,
        givenNameEn: citizen.givenNameEn,
        familyNameEn: citizen.familyNameEn,
      });
    }
  });

  it("gives companies valid juristic IDs, real addresses and directors from the population", () => {
    expect(companies.length).toBeGreaterThanOrEqual(200);
    expect(companies.filter((company) => !isValidThaiJuristicPersonId(company.juristicId))).toEqual(
      [],
    );
    expect(new Set(companies.map((company) => company.juristicId)).size).toBe(companies.length);
    expect(companies.map((company) => addressProblem(company.address)).filter(Boolean)).toEqual([]);
    expect(companies.find((company) => company.juristicId === DEMO_COMPANY_ID)?.directors).toEqual([
      "นางสาวนภัสสร วงศ์ทอง",
    ]);
  });

  it("lists every demo graduate with the degree on their transcript", () => {
    for (const transcript of demoGraduates) {
      const graduate = graduates.find((each) => each.citizenId === transcript.nationalId);
      expect(graduate?.degrees[0]).toMatchObject({
        studentId: transcript.data.studentId,
        graduationDate: transcript.data.graduationDate,
      });
    }
    expect(graduates.length).toBeGreaterThanOrEqual(300);
    expect(graduates.filter((each) => !isValidThaiCitizenId(each.citizenId))).toEqual([]);
  });

  it("places every land parcel in a real subdistrict, and holds the demo applications' deeds", () => {
    const parcels = landHoldings.flatMap((holding) => holding.parcels);
    expect(
      parcels
        .map((parcel) =>
          addressProblem({
            ...parcel,
            postcode: findSubdistrict(parcel.subdistrictCode)?.postcodes[0] ?? "",
          }),
        )
        .filter(Boolean),
    ).toEqual([]);
    const napatsorn = landHoldings.find((each) => each.citizenId === demoCitizens[1]!.citizenId);
    expect(napatsorn?.parcels[0]).toMatchObject({ deedType: "chanote", deedNumber: "12345" });
  });

  it("makes records that fit their registries' record schemas", () => {
    const misfits = (schema: RegistryDefinition["recordSchema"], records: RecordData[]) =>
      records
        .map((record) => checkRecordData(schema, record))
        .flatMap((check) => (check.ok ? [] : check.problems.map((problem) => problem.messages.en)));
    expect(
      misfits(populationRegistry.definition.recordSchema, population.map(personRecord)),
    ).toEqual([]);
    expect(misfits(juristicRegistry.definition.recordSchema, companies.map(companyRecord))).toEqual(
      [],
    );
    expect(
      misfits(graduateRegistry.definition.recordSchema, graduates.map(graduateRecord)),
    ).toEqual([]);
    expect(
      misfits(
        landRegistry.definition.recordSchema,
        [...demoLandRecords().values()].map((record) => record.data),
      ),
    ).toEqual([]);
  });

  it("is deterministic: the same seed gives the same records", () => {
    const again = generatePopulation();
    expect(digest(again)).toBe(digest(population));
    expect(digest(generateCompanies(again))).toBe(digest(companies));
    expect(digest(generateGraduates(again))).toBe(digest(graduates));
    expect(digest(generateLandHoldings(again))).toBe(digest(landHoldings));
    expect(digest(generatePopulation({ seed: 1 }))).not.toBe(digest(population));
  });
});
