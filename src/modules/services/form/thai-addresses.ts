import { readFileSync } from "node:fs";

import { z } from "@hono/zod-openapi";

/**
 * Thailand's provinces, districts and subdistricts with their postcodes, from
 * the dataset in ./data (built by scripts/build-thai-addresses.mjs). Codes are
 * the interior ministry's geocodes where the source has consistent ones; the
 * dataset lists those it had to assign itself.
 */

export interface AddressPlace {
  code: string;
  nameTh: string;
  nameEn: string;
}

export interface Subdistrict extends AddressPlace {
  districtCode: string;
  provinceCode: string;
  /** Most subdistricts have one postcode; a few share out two. */
  postcodes: string[];
}

export interface District extends AddressPlace {
  provinceCode: string;
}

const name = z.string().min(1).max(100);
const DatasetSchema = z.object({
  provinces: z.array(
    z.tuple([
      z.string().regex(/^\d{2}$/),
      name,
      name,
      z.array(
        z.tuple([
          z.string().regex(/^\d{4}$/),
          name,
          name,
          z.array(
            z.tuple([
              z.string().regex(/^\d{6}$/),
              name,
              name,
              z.array(z.string().regex(/^\d{5}$/)).min(1),
            ]),
          ),
        ]),
      ),
    ]),
  ),
});

interface Index {
  provinces: AddressPlace[];
  districtsByProvince: Map<string, District[]>;
  subdistrictsByDistrict: Map<string, Subdistrict[]>;
  districts: Map<string, District>;
  subdistricts: Map<string, Subdistrict>;
}

let index: Index | undefined;

// Read on first use, not at import: most processes (the worker, the CLI) never ask.
function loadIndex(): Index {
  if (index) return index;
  const raw: unknown = JSON.parse(
    readFileSync(new URL("./data/thai-addresses.json", import.meta.url), "utf8"),
  );
  const dataset = DatasetSchema.parse(raw);
  const built: Index = {
    provinces: [],
    districtsByProvince: new Map(),
    subdistrictsByDistrict: new Map(),
    districts: new Map(),
    subdistricts: new Map(),
  };
  for (const [provinceCode, provinceTh, provinceEn, districts] of dataset.provinces) {
    built.provinces.push({ code: provinceCode, nameTh: provinceTh, nameEn: provinceEn });
    const districtList: District[] = [];
    for (const [districtCode, districtTh, districtEn, subdistricts] of districts) {
      const district = { code: districtCode, nameTh: districtTh, nameEn: districtEn, provinceCode };
      districtList.push(district);
      built.districts.set(districtCode, district);
      const subdistrictList = subdistricts.map(([code, nameTh, nameEn, postcodes]) => ({
        code,
        nameTh,
        nameEn,
        districtCode,
        provinceCode,
        postcodes,
      }));
      for (const subdistrict of subdistrictList)
        built.subdistricts.set(subdistrict.code, subdistrict);
      built.subdistrictsByDistrict.set(districtCode, subdistrictList);
    }
    built.districtsByProvince.set(provinceCode, districtList);
  }
  index = built;
  return built;
}

export function listProvinces(): readonly AddressPlace[] {
  return loadIndex().provinces;
}

/** The districts of a province, or undefined when no province has the code. */
export function listDistricts(provinceCode: string): readonly District[] | undefined {
  return loadIndex().districtsByProvince.get(provinceCode);
}

/** The subdistricts of a district, or undefined when no district has the code. */
export function listSubdistricts(districtCode: string): readonly Subdistrict[] | undefined {
  return loadIndex().subdistrictsByDistrict.get(districtCode);
}

export function findProvince(code: string): AddressPlace | undefined {
  return loadIndex().provinces.find((province) => province.code === code);
}

export function findDistrict(code: string): District | undefined {
  return loadIndex().districts.get(code);
}

export function findSubdistrict(code: string): Subdistrict | undefined {
  return loadIndex().subdistricts.get(code);
}

const collators = { th: new Intl.Collator("th"), en: new Intl.Collator("en") };

/** Places in the order a reader of the language looks for them: by name. */
export function sortPlaces<Place extends AddressPlace>(
  places: readonly Place[],
  locale: "th" | "en",
): Place[] {
  const key = locale === "th" ? "nameTh" : "nameEn";
  return [...places].sort((a, b) => collators[locale].compare(a[key], b[key]));
}
