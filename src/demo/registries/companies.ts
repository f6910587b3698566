import { demoCitizens } from "../citizens";
import { type Person, randomAddress, type RegisteredAddress, thaiFullName } from "./population";
import { createRandom, type Random, randomDateIn, withCheckDigit } from "./random";
import type { NamePair } from "./thai-names";

/** A juristic person as DBD's register holds it. */
export interface Company {
  juristicId: string;
  nameTh: string;
  nameEn: string;
  /** บริษัทจำกัด, ห้างหุ้นส่วนจำกัด, บริษัทมหาชนจำกัด. */
  juristicType: string;
  registeredOn: string;
  /** Baht. */
  registeredCapital: number;
  status: "active" | "dissolved";
  objective: string;
  directors: string[];
  address: RegisteredAddress;
}

export const DEMO_COMPANY_COUNT = 300;
const COMPANY_SEED = 2551;

const kinds = {
  company: { digit: "5", th: "บริษัทจำกัด", name: (th: string) => `บริษัท ${th} จำกัด`, en: "Co., Ltd." },
  partnership: {
    digit: "3",
    th: "ห้างหุ้นส่วนจำกัด",
    name: (th: string) => `ห้างหุ้นส่วนจำกัด ${th}`,
    en: "Limited Partnership",
  },
  public: {
    digit: "7",
    th: "บริษัทมหาชนจำกัด",
    name: (th: string) => `บริษัท ${th} จำกัด (มหาชน)`,
    en: "Public Company Limited",
  },
} as const;

const namePrefixes: readonly NamePair[] = [
  ["สยาม", "Siam"],
  ["ล้านนา", "Lanna"],
  ["รุ่งเรือง", "Rungrueang"],
  ["เจริญกิจ", "Charoenkit"],
  ["ไทยรุ่ง", "Thai Rung"],
  ["ศรีเมือง", "Si Mueang"],
  ["ทองคำ", "Thongkham"],
  ["อีสาน", "Isan"],
  ["เชียงใหม่", "Chiang Mai"],
  ["ขอนแก่น", "Khon Kaen"],
  ["อันดามัน", "Andaman"],
  ["มั่นคง", "Mankhong"],
  ["พัฒนา", "Phatthana"],
  ["สุขสวัสดิ์", "Suksawat"],
  ["บูรพา", "Burapha"],
  ["ฟ้าใส", "Fa Sai"],
  ["นครพิงค์", "Nakhon Ping"],
  ["เวียงพิงค์", "Wiang Ping"],
  ["แม่ปิง", "Mae Ping"],
  ["ดาวเหนือ", "Dao Nuea"],
];

const businesses: readonly (readonly [th: string, en: string, objective: string])[] = [
  ["ก่อสร้าง", "Construction", "รับเหมาก่อสร้างอาคารและงานโยธา"],
  ["การค้า", "Trading", "ค้าส่งและค้าปลีกสินค้าอุปโภคบริโภค"],
  ["ฟู้ดส์", "Foods", "ผลิตและจำหน่ายอาหารแปรรูป"],
  ["คอฟฟี่", "Coffee", "คั่วและจำหน่ายกาแฟ ประกอบกิจการร้านกาแฟ"],
  ["เทคโนโลยี", "Technology", "พัฒนาและให้บริการระบบสารสนเทศ"],
  ["โลจิสติกส์", "Logistics", "ขนส่งสินค้าและบริการคลังสินค้า"],
  ["พร็อพเพอร์ตี้", "Property", "พัฒนาและให้เช่าอสังหาริมทรัพย์"],
  ["เกษตรภัณฑ์", "Agro Products", "รับซื้อและแปรรูปผลผลิตทางการเกษตร"],
  ["ทราเวล", "Travel", "ธุรกิจนำเที่ยวและจัดนำเที่ยว"],
  ["วัสดุก่อสร้าง", "Building Materials", "จำหน่ายวัสดุก่อสร้างและเครื่องมือช่าง"],
  ["ซอฟต์แวร์", "Software", "พัฒนาซอฟต์แวร์และให้คำปรึกษาด้านระบบงาน"],
  ["เมดิคอล", "Medical", "จำหน่ายเครื่องมือและเวชภัณฑ์ทางการแพทย์"],
  ["หัตถศิลป์", "Handicrafts", "ผลิตและจำหน่ายสินค้าหัตถกรรม"],
  ["โฮเทล", "Hotel", "ประกอบกิจการโรงแรมและที่พัก"],
  ["พลังงาน", "Energy", "ติดตั้งและจำหน่ายระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์"],
];

const capitals = [500_000, 1_000_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000];

/**
 * A juristic person ID as DBD issues it: 0, the province of the
 * registration office, the kind (5 company, 3 partnership, 7 public
 * company), the Buddhist year of registration, a running number, and the
 * check digit.
 */
function juristicIdFor(random: Random, provinceCode: string, kindDigit: string, year: number) {
  const buddhistYear = String(year + 543).slice(-3);
  return withCheckDigit(`0${provinceCode}${kindDigit}${buddhistYear}${random.digits(5)}`);
}

/** The demo coffee shop of Napatsorn (a demo citizen), so a demo company has a known director. */
export const DEMO_COMPANY_ID = withCheckDigit("050356100012");

function demoCompany(population: readonly Person[]): Company {
  const napatsorn = population.find((person) => person.citizenId === demoCitizens[1]!.citizenId)!;
  return {
    juristicId: DEMO_COMPANY_ID,
    nameTh: "ห้างหุ้นส่วนจำกัด นิมมาน คอฟฟี่",
    nameEn: "Nimman Coffee Limited Partnership",
    juristicType: kinds.partnership.th,
    registeredOn: "2018-02-14",
    registeredCapital: 1_000_000,
    status: "active",
    objective: "คั่วและจำหน่ายกาแฟ ประกอบกิจการร้านกาแฟ",
    directors: [thaiFullName(napatsorn)],
    address: { ...napatsorn.address, line: "8 ซอย 3 ถนนนิมมานเหมินท์" },
  };
}

/** Companies and partnerships with valid, distinct juristic IDs and directors from the population. */
export function generateCompanies(
  population: readonly Person[],
  { count = DEMO_COMPANY_COUNT, seed = COMPANY_SEED }: { count?: number; seed?: number } = {},
): Company[] {
  const random = createRandom(seed);
  const companies = [demoCompany(population)];
  const taken = new Set([DEMO_COMPANY_ID]);
  const names = new Set([companies[0]!.nameTh]);
  const adults = population.filter((person) => Number(person.birthDate.slice(0, 4)) <= 2000);
  while (companies.length < count) {
    const roll = random.next();
    const kind = roll < 0.03 ? kinds.public : roll < 0.35 ? kinds.partnership : kinds.company;
    const prefix = random.pick(namePrefixes);
    const business = random.pick(businesses);
    const nameTh = kind.name(`${prefix[0]}${business[0]}`);
    if (names.has(nameTh)) continue;
    const address = randomAddress(random);
    const year = random.integer(1990, 2025);
    const juristicId = juristicIdFor(random, address.provinceCode, kind.digit, year);
    if (taken.has(juristicId)) continue;
    names.add(nameTh);
    taken.add(juristicId);
    const directorCount = kind === kinds.public ? random.integer(5, 9) : random.integer(1, 3);
    const directors = new Set<string>();
    while (directors.size < directorCount) directors.add(thaiFullName(random.pick(adults)));
    companies.push({
      juristicId,
      nameTh,
      nameEn: `${prefix[1]} ${business[1]} ${kind.en}`,
      juristicType: kind.th,
      registeredOn: randomDateIn(random, year),
      registeredCapital:
        kind === kinds.public ? random.integer(2, 40) * 100_000_000 : random.pick(capitals),
      status: random.chance(0.06) ? "dissolved" : "active",
      objective: business[2],
      directors: [...directors],
      address,
    });
  }
  return companies;
}
