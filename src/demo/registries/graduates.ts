import { demoGraduates } from "../transcripts";
import { DEMO_YEAR, englishFullName, type Person, thaiFullName } from "./population";
import { createRandom } from "./random";

/** One degree awarded, as the university's graduate register lists it. */
export interface Degree extends Record<string, string> {
  studentId: string;
  degree: string;
  degreeEn: string;
  faculty: string;
  facultyEn: string;
  admissionDate: string;
  graduationDate: string;
}

export interface Graduate {
  citizenId: string;
  nameTh: string;
  nameEn: string;
  degrees: Degree[];
}

export const DEMO_GRADUATE_COUNT = 400;
const GRADUATE_SEED = 2507;

/** Chiang Mai University's faculties, the bachelor's degree each awards, and its code in student IDs. */
const faculties: readonly {
  code: string;
  th: string;
  en: string;
  degree: readonly [string, string];
  master: readonly [string, string];
}[] = [
  {
    code: "01",
    th: "คณะมนุษยศาสตร์",
    en: "Faculty of Humanities",
    degree: ["ศิลปศาสตรบัณฑิต", "Bachelor of Arts"],
    master: ["ศิลปศาสตรมหาบัณฑิต", "Master of Arts"],
  },
  {
    code: "02",
    th: "คณะศึกษาศาสตร์",
    en: "Faculty of Education",
    degree: ["ศึกษาศาสตรบัณฑิต", "Bachelor of Education"],
    master: ["ศึกษาศาสตรมหาบัณฑิต", "Master of Education"],
  },
  {
    code: "03",
    th: "คณะวิจิตรศิลป์",
    en: "Faculty of Fine Arts",
    degree: ["วิจิตรศิลปบัณฑิต", "Bachelor of Fine Arts"],
    master: ["ศิลปมหาบัณฑิต", "Master of Fine Arts"],
  },
  {
    code: "04",
    th: "คณะสังคมศาสตร์",
    en: "Faculty of Social Sciences",
    degree: ["ศิลปศาสตรบัณฑิต", "Bachelor of Arts"],
    master: ["ศิลปศาสตรมหาบัณฑิต", "Master of Arts"],
  },
  {
    code: "05",
    th: "คณะวิทยาศาสตร์",
    en: "Faculty of Science",
    degree: ["วิทยาศาสตรบัณฑิต", "Bachelor of Science"],
    master: ["วิทยาศาสตรมหาบัณฑิต", "Master of Science"],
  },
  {
    code: "06",
    th: "คณะวิศวกรรมศาสตร์",
    en: "Faculty of Engineering",
    degree: ["วิศวกรรมศาสตรบัณฑิต", "Bachelor of Engineering"],
    master: ["วิศวกรรมศาสตรมหาบัณฑิต", "Master of Engineering"],
  },
  {
    code: "07",
    th: "คณะแพทยศาสตร์",
    en: "Faculty of Medicine",
    degree: ["แพทยศาสตรบัณฑิต", "Doctor of Medicine"],
    master: ["วิทยาศาสตรมหาบัณฑิต", "Master of Science"],
  },
  {
    code: "08",
    th: "คณะเกษตรศาสตร์",
    en: "Faculty of Agriculture",
    degree: ["วิทยาศาสตรบัณฑิต (เกษตรศาสตร์)", "Bachelor of Science (Agriculture)"],
    master: ["วิทยาศาสตรมหาบัณฑิต (เกษตรศาสตร์)", "Master of Science (Agriculture)"],
  },
  {
    code: "09",
    th: "คณะทันตแพทยศาสตร์",
    en: "Faculty of Dentistry",
    degree: ["ทันตแพทยศาสตรบัณฑิต", "Doctor of Dental Surgery"],
    master: ["วิทยาศาสตรมหาบัณฑิต", "Master of Science"],
  },
  {
    code: "10",
    th: "คณะเภสัชศาสตร์",
    en: "Faculty of Pharmacy",
    degree: ["เภสัชศาสตรบัณฑิต", "Doctor of Pharmacy"],
    master: ["เภสัชศาสตรมหาบัณฑิต", "Master of Pharmacy"],
  },
  {
    code: "12",
    th: "คณะพยาบาลศาสตร์",
    en: "Faculty of Nursing",
    degree: ["พยาบาลศาสตรบัณฑิต", "Bachelor of Nursing Science"],
    master: ["พยาบาลศาสตรมหาบัณฑิต", "Master of Nursing Science"],
  },
  {
    code: "15",
    th: "คณะบริหารธุรกิจ",
    en: "Faculty of Business Administration",
    degree: ["บริหารธุรกิจบัณฑิต", "Bachelor of Business Administration"],
    master: ["บริหารธุรกิจมหาบัณฑิต", "Master of Business Administration"],
  },
  {
    code: "16",
    th: "คณะเศรษฐศาสตร์",
    en: "Faculty of Economics",
    degree: ["เศรษฐศาสตรบัณฑิต", "Bachelor of Economics"],
    master: ["เศรษฐศาสตรมหาบัณฑิต", "Master of Economics"],
  },
  {
    code: "17",
    th: "คณะสถาปัตยกรรมศาสตร์",
    en: "Faculty of Architecture",
    degree: ["สถาปัตยกรรมศาสตรบัณฑิต", "Bachelor of Architecture"],
    master: ["สถาปัตยกรรมศาสตรมหาบัณฑิต", "Master of Architecture"],
  },
  {
    code: "18",
    th: "คณะนิติศาสตร์",
    en: "Faculty of Law",
    degree: ["นิติศาสตรบัณฑิต", "Bachelor of Laws"],
    master: ["นิติศาสตรมหาบัณฑิต", "Master of Laws"],
  },
  {
    code: "19",
    th: "คณะการสื่อสารมวลชน",
    en: "Faculty of Mass Communication",
    degree: ["นิเทศศาสตรบัณฑิต", "Bachelor of Communication Arts"],
    master: ["นิเทศศาสตรมหาบัณฑิต", "Master of Communication Arts"],
  },
  {
    code: "20",
    th: "คณะรัฐศาสตร์และรัฐประศาสนศาสตร์",
    en: "Faculty of Political Science and Public Administration",
    degree: ["รัฐศาสตรบัณฑิต", "Bachelor of Political Science"],
    master: ["รัฐประศาสนศาสตรมหาบัณฑิต", "Master of Public Administration"],
  },
];

const bothLanguages = new Map<string, string>();
for (const faculty of faculties) {
  bothLanguages.set(faculty.th, faculty.en).set(faculty.en, faculty.th);
  for (const [th, en] of [faculty.degree, faculty.master]) bothLanguages.set(th, en).set(en, th);
}
const isThai = (text: string) => /[\u0E00-\u0E7F]/.test(text);

/** The demo people whose transcripts the university issued, with the degree their transcript states. */
function transcriptGraduates(population: readonly Person[]): Graduate[] {
  return demoGraduates.map((graduate) => {
    const person = population.find((each) => each.citizenId === graduate.nationalId);
    if (!person) throw new Error("A demo graduate is not in the population registry.");
    const {
      degree = "",
      faculty = "",
      program,
      studentId = "",
      admissionDate = "",
      graduationDate = "",
    } = graduate.data;
    const pair = (text: string) =>
      isThai(text)
        ? [text, bothLanguages.get(text) ?? text]
        : [bothLanguages.get(text) ?? text, text];
    const [degreeTh, degreeEn] = pair(degree);
    const [facultyTh, facultyEn] = pair(faculty);
    return {
      citizenId: person.citizenId,
      nameTh: thaiFullName(person),
      nameEn: englishFullName(person),
      degrees: [
        {
          studentId,
          degree: degreeTh!,
          degreeEn: degreeEn!,
          faculty: facultyTh!,
          facultyEn: facultyEn!,
          ...(program ? { program } : {}),
          admissionDate,
          graduationDate,
        },
      ],
    };
  });
}

/**
 * The university's graduates: the demo people with transcripts, then people
 * of the population old enough to have graduated, more of them from Chiang
 * Mai; some went on to a master's degree.
 */
export function generateGraduates(
  population: readonly Person[],
  { count = DEMO_GRADUATE_COUNT, seed = GRADUATE_SEED }: { count?: number; seed?: number } = {},
): Graduate[] {
  const random = createRandom(seed);
  const graduates = transcriptGraduates(population);
  const chosen = new Set(graduates.map((graduate) => graduate.citizenId));
  const candidates = population.filter((person) => {
    const age = DEMO_YEAR - Number(person.birthDate.slice(0, 4));
    return age >= 23 && age <= 70 && !chosen.has(person.citizenId);
  });
  const studentIds = new Set<string>();
  while (graduates.length < count && chosen.size < candidates.length) {
    const person = random.pick(candidates);
    if (chosen.has(person.citizenId)) continue;
    if (person.address.provinceCode !== "50" && random.chance(0.5)) continue;
    chosen.add(person.citizenId);
    const faculty = random.pick(faculties);
    const admissionYear = Number(person.birthDate.slice(0, 4)) + 18 + random.integer(0, 2);
    // Medicine, dentistry and pharmacy take six years; the rest four.
    const years = ["07", "09", "10"].includes(faculty.code) ? 6 : 4;
    // A CMU student ID: the Buddhist year of admission, the faculty, a running number.
    const studentId = (year: number) => {
      let id: string;
      do id = `${String(year + 543).slice(-2)}${faculty.code}${random.digits(5)}`;
      while (studentIds.has(id));
      studentIds.add(id);
      return id;
    };
    const degrees: Degree[] = [
      {
        studentId: studentId(admissionYear),
        degree: faculty.degree[0],
        degreeEn: faculty.degree[1],
        faculty: faculty.th,
        facultyEn: faculty.en,
        admissionDate: `${admissionYear}-06-${String(random.integer(5, 15)).padStart(2, "0")}`,
        graduationDate: `${admissionYear + years}-03-31`,
        ...(random.chance(0.15)
          ? random.chance(0.35)
            ? { honours: "เกียรตินิยมอันดับหนึ่ง", honoursEn: "First-class honours" }
            : { honours: "เกียรตินิยมอันดับสอง", honoursEn: "Second-class honours" }
          : {}),
      },
    ];
    const masterYear = admissionYear + years + random.integer(1, 8);
    if (random.chance(0.12) && masterYear + 2 <= DEMO_YEAR) {
      degrees.push({
        studentId: studentId(masterYear),
        degree: faculty.master[0],
        degreeEn: faculty.master[1],
        faculty: faculty.th,
        facultyEn: faculty.en,
        admissionDate: `${masterYear}-06-${String(random.integer(5, 15)).padStart(2, "0")}`,
        graduationDate: `${masterYear + 2}-07-31`,
      });
    }
    // Still studying: not a graduate yet.
    if (degrees[0]!.graduationDate > `${DEMO_YEAR}-03-31`) continue;
    graduates.push({
      citizenId: person.citizenId,
      nameTh: thaiFullName(person),
      nameEn: englishFullName(person),
      degrees,
    });
  }
  return graduates;
}
