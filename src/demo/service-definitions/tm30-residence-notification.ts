import { acrFor } from "@/core/auth/assurance";
import type { ServiceDefinition } from "@/modules/services";

import { residenceNotificationForm } from "../forms/residence-notification-form";
import { ONE_COPY } from "./copies";

export const residenceNotificationService: ServiceDefinition = {
  id: "tm30-residence-notification",
  agencyCode: "IMM",
  name: {
    th: "การแจ้งที่พักของคนต่างด้าว (ตม.30)",
    en: "Notification of a foreigner's residence (TM30)",
  },
  summary: {
    th: "เจ้าบ้าน เจ้าของ ผู้ครอบครอง หรือผู้จัดการโรงแรม ซึ่งให้คนต่างด้าวพักอาศัย ต้องแจ้งพนักงานเจ้าหน้าที่ภายในยี่สิบสี่ชั่วโมง",
    en: "A house master, owner, occupier or hotel manager who lets a foreigner stay must notify the immigration officer within twenty-four hours.",
  },
  category: "immigration",
  lifeEvents: ["arriving_in_thailand", "moving_home"],
  legalBasis: [
    {
      title: {
        th: "พระราชบัญญัติคนเข้าเมือง พ.ศ. 2522",
        en: "Immigration Act, B.E. 2522 (1979)",
      },
      section: "38",
    },
  ],
  applicants: ["citizen", "juristic_person", "foreigner"],
  requiredAssurance: acrFor({ ial: "1.3", aal: "2.1" }),
  criteria: [
    {
      th: "แจ้งภายใน 24 ชั่วโมงนับแต่เวลาที่คนต่างด้าวเข้าพัก",
      en: "Notify within 24 hours of the foreigner's arrival at the residence",
    },
    {
      th: "ผู้แจ้งเป็นเจ้าบ้าน เจ้าของหรือผู้ครอบครองเคหสถาน หรือผู้จัดการโรงแรม",
      en: "The notifier is the house master, the owner or occupier of the residence, or the hotel manager",
    },
  ],
  steps: [
    {
      title: { th: "รับแจ้งและตรวจสอบข้อมูล", en: "Receive and check the notification" },
      responsible: { th: "พนักงานเจ้าหน้าที่ตรวจคนเข้าเมือง", en: "Immigration officer" },
      workingDays: 0,
    },
    {
      title: { th: "บันทึกข้อมูลและออกใบรับแจ้ง", en: "Record it and issue the receipt" },
      responsible: { th: "พนักงานเจ้าหน้าที่ตรวจคนเข้าเมือง", en: "Immigration officer" },
      workingDays: 1,
    },
  ],
  fees: [],
  documents: [
    {
      name: {
        th: "สำเนาหนังสือเดินทางของคนต่างด้าว (หน้ารูปถ่าย หน้าวีซ่า และหน้าตราประทับเข้าเมือง)",
        en: "Copy of the foreigner's passport (photo page, visa and arrival stamp)",
      },
      count: ONE_COPY,
      source: "attach",
    },
    {
      name: {
        th: "บัตรประจำตัวประชาชนของเจ้าบ้านหรือผู้แจ้ง",
        en: "National ID card of the house master or notifier",
      },
      count: ONE_COPY,
      source: "registry",
    },
    {
      name: { th: "ทะเบียนบ้านของที่พัก", en: "House registration of the residence" },
      count: ONE_COPY,
      source: "registry",
    },
    {
      name: { th: "สัญญาเช่าที่พัก", en: "Lease agreement" },
      count: ONE_COPY,
      source: "attach",
      note: {
        th: "เฉพาะกรณีผู้แจ้งเป็นผู้เช่า",
        en: "Only when the notifier rents the residence",
      },
    },
  ],
  outputs: [
    {
      name: {
        th: "ใบรับแจ้งที่พักของคนต่างด้าว (ตม.30)",
        en: "Receipt of the residence notification (TM30)",
      },
    },
  ],
  channels: [
    { kind: "online", th: "แจ้งผ่านประตู", en: "Notify through Pratu" },
    {
      kind: "counter",
      th: "ด่านตรวจคนเข้าเมืองหรือสำนักงานตรวจคนเข้าเมืองจังหวัดที่ที่พักตั้งอยู่",
      en: "The immigration checkpoint or provincial immigration office where the residence is",
    },
  ],
  form: residenceNotificationForm,
  reasonTemplates: [
    {
      id: "recorded",
      outcome: "approved",
      label: { th: "รับแจ้งแล้ว", en: "Notification recorded" },
      text: {
        th: "สำนักงานตรวจคนเข้าเมืองรับแจ้งที่พักของคนต่างด้าวแล้ว เก็บหลักฐานนี้ไว้แสดงต่อเจ้าหน้าที่",
        en: "Immigration has recorded the foreigner's residence; keep this as proof.",
      },
    },
  ],
};
