// Builds src/modules/services/form/data/thai-addresses.json, the Thai address
// dataset (province > district > subdistrict, with postcodes) that Thai address
// questions use. The source is the dev package thai-address-universal (Thailand
// Post's data, as published by thai-address-database); Pratu reads only the
// generated file at run time. Run: node scripts/build-thai-addresses.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

import * as prettier from "prettier";
import * as source from "thai-address-universal";

const OUTPUT = new URL("../src/modules/services/form/data/thai-addresses.json", import.meta.url);
const require = createRequire(import.meta.url);
const sourceVersion = JSON.parse(
  readFileSync(require.resolve("thai-address-universal/package.json"), "utf8"),
).version;

const thaiOrder = new Intl.Collator("th").compare;

await source.setGeoMode(true);
await source.getProvinceAll();
const thaiRows = source.getDatabase();
await source.setEngMode(true);
const englishRows = source.getDatabase();
if (thaiRows.length !== englishRows.length) throw new Error("Thai and English rows differ.");

// A few islands without people carry no postcode; they are not places anyone
// can give as an address.
const rows = thaiRows
  .map((th, index) => ({ th, en: englishRows[index] }))
  .filter(({ th }) => /^\d{5}$/.test(th.postal_code));

/** Codes made up here because the source has none, or one another place already uses. */
const synthesisedCodes = [];

function nextFreeCode(prefix, taken) {
  for (let number = 1; number < 100; number += 1) {
    const code = `${prefix}${String(number).padStart(2, "0")}`;
    if (!taken.has(code)) return code;
  }
  throw new Error(`No free code under ${prefix}.`);
}

function mostCommon(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const provinces = new Map();
for (const row of rows) {
  const code = row.th.province_code;
  if (!/^\d{2}$/.test(code)) throw new Error(`Province ${row.th.province} has no code.`);
  let province = provinces.get(code);
  if (!province) {
    province = { code, th: row.th.province, en: row.en.province, districts: new Map() };
    provinces.set(code, province);
  }
  let district = province.districts.get(row.th.district);
  if (!district) {
    district = { th: row.th.district, en: row.en.district, sourceCode: row.th.district_code };
    district.rows = [];
    province.districts.set(row.th.district, district);
  }
  district.rows.push(row);
}

// District codes: the source's, unless missing or shared by two districts (the
// source gives two Chiang Mai and two Uttaradit districts one code). Of those
// sharing a code, the district whose subdistricts' codes agree with it most
// keeps it; the other takes its subdistricts' common prefix when that is free,
// or the next free number in the province.
const takenDistrictCodes = new Set();
for (const province of provinces.values()) {
  const districts = [...province.districts.values()];
  const support = (district) =>
    district.rows.filter((row) => row.th.sub_district_code.startsWith(district.sourceCode)).length;
  const claimants = districts
    .filter((district) => /^\d{4}$/.test(district.sourceCode))
    .sort((a, b) => support(b) - support(a) || thaiOrder(a.th, b.th));
  const unassigned = districts.filter((district) => !/^\d{4}$/.test(district.sourceCode));
  for (const district of claimants) {
    if (!takenDistrictCodes.has(district.sourceCode)) {
      district.code = district.sourceCode;
      takenDistrictCodes.add(district.code);
    } else {
      unassigned.push(district);
    }
  }
  for (const district of unassigned.sort((a, b) => thaiOrder(a.th, b.th))) {
    const prefix = mostCommon(district.rows.map((row) => row.th.sub_district_code.slice(0, 4)));
    district.code =
      prefix &&
      /^\d{4}$/.test(prefix) &&
      prefix.startsWith(province.code) &&
      !takenDistrictCodes.has(prefix)
        ? prefix
        : nextFreeCode(province.code, takenDistrictCodes);
    takenDistrictCodes.add(district.code);
    synthesisedCodes.push(district.code);
  }
}

// Subdistricts: one per name within a district, with every postcode the source
// lists for it. Codes: the source's when it lies under the district's code and
// no other subdistrict has it; otherwise the next free number in the district.
const takenSubdistrictCodes = new Set();
const output = [];
for (const province of [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code))) {
  const districtList = [];
  for (const district of [...province.districts.values()].sort((a, b) =>
    a.code.localeCompare(b.code),
  )) {
    const byName = new Map();
    for (const row of district.rows) {
      let subdistrict = byName.get(row.th.sub_district);
      if (!subdistrict) {
        subdistrict = {
          th: row.th.sub_district,
          en: row.en.sub_district,
          sourceCodes: new Set(),
          postcodes: new Set(),
        };
        byName.set(row.th.sub_district, subdistrict);
      }
      subdistrict.sourceCodes.add(row.th.sub_district_code);
      subdistrict.postcodes.add(row.th.postal_code);
    }
    const subdistricts = [...byName.values()].sort((a, b) => thaiOrder(a.th, b.th));
    const unassigned = [];
    for (const subdistrict of subdistricts) {
      const [candidate] = subdistrict.sourceCodes;
      const isUsable =
        subdistrict.sourceCodes.size === 1 &&
        /^\d{6}$/.test(candidate) &&
        candidate.startsWith(district.code) &&
        !takenSubdistrictCodes.has(candidate);
      if (isUsable) {
        subdistrict.code = candidate;
        takenSubdistrictCodes.add(candidate);
      } else {
        unassigned.push(subdistrict);
      }
    }
    for (const subdistrict of unassigned) {
      subdistrict.code = nextFreeCode(district.code, takenSubdistrictCodes);
      takenSubdistrictCodes.add(subdistrict.code);
      synthesisedCodes.push(subdistrict.code);
    }
    districtList.push([
      district.code,
      district.th,
      district.en,
      subdistricts
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((subdistrict) => [
          subdistrict.code,
          subdistrict.th,
          subdistrict.en,
          [...subdistrict.postcodes].sort(),
        ]),
    ]);
  }
  output.push([province.code, province.th, province.en, districtList]);
}

const dataset = {
  source: `thai-address-universal ${sourceVersion} (Thailand Post data via thai-address-database)`,
  layout:
    "provinces: [code, nameTh, nameEn, districts: [code, nameTh, nameEn, subdistricts: [code, nameTh, nameEn, postcodes]]]",
  // One string, not a list, so the file stays short: codes are separated by spaces.
  synthesisedCodes: synthesisedCodes.sort().join(" "),
  provinces: output,
};

const text = await prettier.format(JSON.stringify(dataset), {
  ...(await prettier.resolveConfig(OUTPUT)),
  parser: "json",
});
writeFileSync(OUTPUT, text);
const districtCount = output.reduce((sum, province) => sum + province[3].length, 0);
const subdistrictCount = output.reduce(
  (sum, province) => sum + province[3].reduce((inner, district) => inner + district[3].length, 0),
  0,
);
console.log(
  `${output.length} provinces, ${districtCount} districts, ${subdistrictCount} subdistricts ` +
    `(${synthesisedCodes.length} codes assigned here) -> ${OUTPUT.pathname}`,
);
