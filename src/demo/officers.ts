import type { OfficerRole } from "@/core/http/context";

export interface DemoOfficer {
  email: string;
  nameTh: string;
  nameEn: string;
  memberships: readonly { agency: string; role: OfficerRole }[];
}

/**
 * Sign-in details every demo officer shares, printed by `pratu start`. The
 * second factor is a fixed secret so that a person trying Pratu can add it to
 * an authenticator app once (or ask `pratu dev totp <email>` for the code).
 * Never use these outside a demonstration.
 */
export const demoOfficerSignIn = {
  password: "pratu-demo-2569",
  totpSecret: "UMYT5QBSHLGNK2BKAGQYBO6L3KEG6UJE",
} as const;

/** One officer per kind of agency the demo shows, and one who works for two. */
export const demoOfficers: readonly DemoOfficer[] = [
  {
    email: "somsri@dopa.example",
    nameTh: "สมศรี รักษ์ราษฎร์",
    nameEn: "Somsri Raksrat",
    memberships: [{ agency: "DOPA", role: "admin" }],
  },
  {
    email: "anan@cmcity.example",
    nameTh: "อนันต์ ศรีเวียง",
    nameEn: "Anan Sriwiang",
    memberships: [{ agency: "CHIANGMAI-CITY", role: "officer" }],
  },
  {
    email: "pimchanok@dbd.example",
    nameTh: "พิมพ์ชนก ธุรกิจดี",
    nameEn: "Pimchanok Thurakitdee",
    memberships: [{ agency: "DBD", role: "officer" }],
  },
  {
    email: "kittipong@dga.example",
    nameTh: "กิตติพงษ์ ดิจิทัลไทย",
    nameEn: "Kittipong Digitalthai",
    memberships: [{ agency: "DGA", role: "admin" }],
  },
  {
    email: "prasert@chiangmai.example",
    nameTh: "ประเสริฐ ล้านนา",
    nameEn: "Prasert Lanna",
    memberships: [
      { agency: "CHIANGMAI", role: "admin" },
      { agency: "CHIANGMAI-MUEANG", role: "officer" },
    ],
  },
  {
    email: "wanida@immigration.example",
    nameTh: "วนิดา ตรวจคนเข้าเมือง",
    nameEn: "Wanida Truatkhonkhaomueang",
    memberships: [{ agency: "IMM", role: "officer" }],
  },
  {
    email: "registrar@cmu.example",
    nameTh: "มาลัย ทะเบียนดี",
    nameEn: "Malai Thabiandee",
    memberships: [{ agency: "CMU", role: "admin" }],
  },
];

/** The demo officers as `pratu start` lists them: email, then agency and role. */
export function describeDemoOfficers(): string[] {
  return demoOfficers.map(
    (officer) =>
      `${officer.email}  (${officer.memberships.map((m) => `${m.role} at ${m.agency}`).join(", ")})`,
  );
}
