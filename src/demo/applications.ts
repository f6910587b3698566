import { acrFor } from "@/core/auth/assurance";
import { upsertCitizen } from "@/core/auth/citizens";
import { DEV_IDENTITY_ISSUER_KEY, devSubjectFor } from "@/core/auth/dev-identity-provider";
import type { SecretBox } from "@/core/crypto/secrets";
import type { Database } from "@/core/db/database";
import type { Actor } from "@/core/http/context";
import { selectAgencyByCode } from "@/modules/agencies";
import {
  amendApplication,
  claimApplication,
  decideApplication,
  rateApplication,
  requestInformation,
  startDraft,
  submitApplication,
  uploadToDraft,
} from "@/modules/applications";

import { demoCitizens } from "./citizens";

/** A one-page PDF, enough to stand for a scanned document. */
const demoPdf = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

const chiangMaiAddress = (line: string, subdistrictCode = "500104", postcode = "50300") => ({
  line,
  provinceCode: "50",
  districtCode: "5001",
  subdistrictCode,
  postcode,
});

function elderlyAnswers(fullName: string, citizenId: string, birthDate: string) {
  return {
    fullName,
    citizenId,
    birthDate,
    maritalStatus: "widowed",
    phone: "0812345678",
    registeredAddress: chiangMaiAddress("99/1 ถนนเจริญราษฎร์"),
    receivesStatePension: false,
    otherAllowances: [],
    paymentMethod: "cash",
    truthfulness: true,
  };
}

type Step =
  | { kind: "claim" }
  | { kind: "request_info"; message: string }
  | { kind: "amend"; change: Record<string, unknown> }
  | { kind: "decide"; outcome: "approved" | "rejected"; reason: string }
  | { kind: "rate"; score: number; comment: string };

interface DemoApplication {
  key: string;
  citizenId: string;
  serviceId: string;
  agencyCode: string;
  answers: Record<string, unknown>;
  files?: Record<string, string>;
  steps: Step[];
}

const [somchai, napatsorn, prayoon, areerat, hiroshi] = demoCitizens;

const demoApplications: DemoApplication[] = [
  {
    key: "demo-elderly-received",
    citizenId: prayoon!.citizenId,
    serviceId: "elderly-allowance",
    agencyCode: "CHIANGMAI-CITY",
    answers: elderlyAnswers("นายประยูร บุญมา", prayoon!.citizenId, "1963-03-14"),
    steps: [],
  },
  {
    key: "demo-elderly-approved",
    citizenId: somchai!.citizenId,
    serviceId: "elderly-allowance",
    agencyCode: "CHIANGMAI-CITY",
    answers: elderlyAnswers("นายสมชาย ใจดี", somchai!.citizenId, "1964-05-02"),
    steps: [
      { kind: "claim" },
      {
        kind: "decide",
        outcome: "approved",
        reason: "คุณสมบัติครบถ้วน ขึ้นทะเบียนรับเงินตั้งแต่เดือนถัดไป",
      },
      { kind: "rate", score: 5, comment: "สะดวก ไม่ต้องเดินทางไปสำนักงาน" },
    ],
  },
  {
    key: "demo-building-info-requested",
    citizenId: napatsorn!.citizenId,
    serviceId: "building-permit",
    agencyCode: "CHIANGMAI-MUEANG",
    answers: {
      applicantType: "person",
      applicantName: "นางสาวนภัสสร วงศ์ทอง",
      citizenId: napatsorn!.citizenId,
      phone: "0891112222",
      titleDeedType: "chanote",
      titleDeedNumber: "12345",
      siteAddress: chiangMaiAddress("เลขที่ 8 ซอย 3 ถนนนิมมานเหมินท์", "500102", "50200"),
      ownsLand: true,
      buildingType: "shophouse",
      floors: 3,
      floorArea: 240,
      applicantDeclaration: true,
    },
    files: { plans: "plans.pdf", calculations: "structure.pdf" },
    steps: [
      { kind: "claim" },
      {
        kind: "request_info",
        message: "โปรดแนบรายการคำนวณโครงสร้างที่มีลายมือชื่อวิศวกรผู้ออกแบบพร้อมสำเนาใบอนุญาตประกอบวิชาชีพ",
      },
    ],
  },
  {
    key: "demo-building-rejected",
    citizenId: areerat!.citizenId,
    serviceId: "building-permit",
    agencyCode: "CHIANGMAI-MUEANG",
    answers: {
      applicantType: "person",
      applicantName: "นางสาวอารีรัตน์ แก้วมณี",
      citizenId: areerat!.citizenId,
      phone: "0867778888",
      titleDeedType: "ns3k",
      titleDeedNumber: "998",
      siteAddress: chiangMaiAddress("หมู่ 4", "500104", "50300"),
      ownsLand: true,
      buildingType: "warehouse",
      floors: 1,
      floorArea: 900,
      applicantDeclaration: true,
    },
    files: { plans: "warehouse-plans.pdf", calculations: "warehouse-structure.pdf" },
    steps: [
      { kind: "claim" },
      {
        kind: "decide",
        outcome: "rejected",
        reason: "ที่ดินอยู่ในเขตผังเมืองรวมที่ห้ามก่อสร้างโกดังเกิน 500 ตารางเมตร ท่านอุทธรณ์ได้ภายใน 30 วัน",
      },
    ],
  },
  {
    key: "demo-tm30-amended",
    citizenId: hiroshi!.citizenId,
    serviceId: "tm30-residence-notification",
    agencyCode: "IMM",
    answers: {
      notifierRole: "house_master",
      notifierPhone: "0823334444",
      foreignerName: "HIROSHI TANAKA",
      nationality: "JPN",
      passportNumber: "TK1234567",
      arrivalDate: "2026-11-01",
      residenceAddress: chiangMaiAddress("55 ถนนห้วยแก้ว", "500102", "50200"),
      checkInDate: "2026-11-02",
      hasCoResidents: false,
      notifierDeclaration: true,
    },
    steps: [
      { kind: "claim" },
      {
        kind: "request_info",
        message: "โปรดตรวจสอบวันที่เข้าพักอีกครั้ง / Please check the check-in date.",
      },
      { kind: "amend", change: { checkInDate: "2026-11-03" } },
    ],
  },
];

/**
 * Applications in several states for the demo: one just received, one
 * approved and rated, one waiting for more information, one rejected with
 * the reason, one amended after a request. Run again, it adds nothing.
 */
export async function seedDemoApplications(options: {
  db: Database;
  secrets: SecretBox;
}): Promise<number> {
  const { db, secrets } = options;
  const assurance = acrFor({ ial: "2.3", aal: "2.2" });
  let made = 0;
  for (const demo of demoApplications) {
    const person = demoCitizens.find((each) => each.citizenId === demo.citizenId)!;
    const citizen = await upsertCitizen(db, {
      secrets,
      isSignIn: false,
      identity: {
        issuer: DEV_IDENTITY_ISSUER_KEY,
        subject: devSubjectFor(secrets, person.citizenId),
        assurance,
        citizenId: person.citizenId,
        nameTh: `${person.givenNameTh} ${person.familyNameTh}`,
        nameEn: `${person.givenNameEn} ${person.familyNameEn}`,
        email: person.email,
      },
    });
    const actor: Actor = { type: "citizen", citizenId: citizen.id, assurance };
    const { rows: existing } = await db.query(
      "select 1 from applications where citizen_id = $1 and idempotency_key = $2",
      [citizen.id, demo.key],
    );
    if (existing.length > 0) continue;
    const own = await startDraft({ db, actor, serviceId: demo.serviceId });
    const answers: Record<string, unknown> = { ...demo.answers };
    for (const [fieldId, filename] of Object.entries(demo.files ?? {})) {
      const uploaded = await uploadToDraft({
        db,
        draft: own.draft,
        service: own.service,
        fieldId,
        filename,
        bytes: demoPdf,
      });
      if (!uploaded.ok) throw new Error(`Demo upload refused: ${uploaded.message.en}`);
      answers[fieldId] = [uploaded.attachment.id];
    }
    const submission = await submitApplication({
      db,
      secrets,
      actor,
      serviceId: demo.serviceId,
      answers,
      draftId: own.draft.id,
      idempotencyKey: demo.key,
      locale: "th",
    });
    if (submission.isReplay) continue;
    const agency = await selectAgencyByCode(db, demo.agencyCode);
    const officer = await demoOfficerOf(db, agency!.id);
    if (!officer) throw new Error(`The demo has no officer at ${demo.agencyCode}.`);
    const officerActor: Actor = {
      type: "officer",
      officerId: officer,
      agencyId: agency!.id,
      role: "officer",
    };
    const target = { db, agencyId: agency!.id, applicationId: submission.application.id };
    for (const step of demo.steps) {
      if (step.kind === "claim") await claimApplication({ ...target, actor: officerActor });
      if (step.kind === "request_info") {
        await requestInformation({
          ...target,
          actor: officerActor,
          message: step.message,
          fields: [],
        });
      }
      if (step.kind === "amend") {
        await amendApplication({
          db,
          secrets,
          actor,
          applicationId: submission.application.id,
          answers: { ...answers, ...step.change },
          locale: "th",
        });
      }
      if (step.kind === "decide") {
        await decideApplication({
          ...target,
          actor: officerActor,
          outcome: step.outcome,
          reason: step.reason,
        });
      }
      if (step.kind === "rate") {
        await rateApplication({
          db,
          actor,
          applicationId: submission.application.id,
          score: step.score,
          comment: step.comment,
        });
      }
    }
    made += 1;
  }
  return made;
}

/** A demo officer of the agency who can act on applications, if there is one. */
async function demoOfficerOf(db: Database, agencyId: string): Promise<string | null> {
  const { rows } = await db.query<{ officer_id: string }>(
    `select officer_id from officer_memberships where agency_id = $1 and role in ('officer', 'admin')
      order by officer_id limit 1`,
    [agencyId],
  );
  return rows[0]?.officer_id ?? null;
}
