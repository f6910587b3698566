import { defineMessages } from "@/core/i18n";

/**
 * What an agency's API key may be used for. The list is fixed so that an
 * administrator picks from named permissions instead of typing free text;
 * the module that serves a scope checks it through its policy.
 */
export const apiKeyScopes = [
  "agency:read",
  "services:read",
  "services:write",
  "applications:read",
  "applications:write",
  "documents:read",
  "documents:issue",
  "documents:revoke",
  "exchange:query",
  "exchange:manage",
  "webhooks:manage",
] as const;

export type ApiKeyScope = (typeof apiKeyScopes)[number];

export const apiKeyScopeMessages = defineMessages({
  "agency:read": { th: "อ่านข้อมูลหน่วยงาน", en: "Read the agency's information" },
  "services:read": { th: "อ่านรายการบริการ", en: "Read the service catalogue" },
  "services:write": { th: "แก้ไขรายการบริการ", en: "Change the service catalogue" },
  "applications:read": { th: "อ่านคำขอที่ยื่นต่อหน่วยงาน", en: "Read applications to the agency" },
  "applications:write": {
    th: "ดำเนินการกับคำขอ (รับเรื่อง พิจารณา)",
    en: "Work on applications (receive, decide)",
  },
  "documents:read": { th: "อ่านเอกสารที่หน่วยงานออก", en: "Read the documents the agency issued" },
  "documents:issue": { th: "ออกเอกสารที่ตรวจสอบได้", en: "Issue verifiable documents" },
  "documents:revoke": {
    th: "ระงับ ยกเลิกการระงับ และเพิกถอนเอกสาร",
    en: "Suspend, reinstate and revoke documents",
  },
  "exchange:manage": {
    th: "ดูแลทะเบียน บริการข้อมูล และสิทธิ์การเข้าถึงของหน่วยงาน",
    en: "Manage the agency's registries, data services and access rights",
  },
  "exchange:query": {
    th: "ขอข้อมูลจากหน่วยงานอื่นผ่านการแลกเปลี่ยนข้อมูล",
    en: "Query other agencies through data exchange",
  },
  "webhooks:manage": {
    th: "จัดการการแจ้งเหตุการณ์ (webhook) ไปยังระบบของหน่วยงาน",
    en: "Manage webhooks to the agency's systems",
  },
} satisfies Record<ApiKeyScope, { th: string; en: string }>);
