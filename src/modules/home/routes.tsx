import { createRouter } from "@/core/http/openapi";
import { defineMessages } from "@/core/i18n";
import { coreMessages } from "@/core/i18n/core-messages";
import { Layout } from "@/core/ui/layout";
import { pageContext } from "@/core/ui/page-context";
import { listAgencies } from "@/modules/agencies";

const m = defineMessages({
  title: { th: "ประตูเดียวสู่บริการภาครัฐ", en: "One door to government services" },
  lead: {
    th: "ยื่นคำขอออนไลน์ได้ทุกที่ ได้รับใบรับคำขอทันที ติดตามได้ทุกขั้นตอน และรับเอกสารผลที่ใครก็ตรวจสอบได้",
    en: "Apply online from anywhere, get a receipt at once, follow every step, and receive results anyone can verify.",
  },
  whatYouCanDo: { th: "ทำอะไรได้บ้าง", en: "What you can do here" },
  findService: {
    th: "บริการ: ค้นหาบริการและอ่านคู่มือสำหรับประชาชน",
    en: "Services: find a service and read its citizen's manual",
  },
  findAgency: { th: "ค้นหาหน่วยงานและช่องทางติดต่อ", en: "Find an agency and how to reach it" },
  signInCitizen: {
    th: "เข้าสู่ระบบเพื่อยื่นและติดตามคำขอ",
    en: "Sign in to apply and follow your applications",
  },
  signInOfficer: {
    th: "สำหรับเจ้าหน้าที่: เข้าสู่ระบบเจ้าหน้าที่",
    en: "For officers: sign in to the officer console",
  },
  agencyCount: { th: "หน่วยงานที่ให้บริการ {count} แห่ง", en: "{count} agencies serve people here" },
});

export const homeRoutes = createRouter();

homeRoutes.get("/", async (c) => {
  const page = pageContext(c);
  const { t } = page;
  const agencies = await listAgencies({ db: c.get("db"), filter: {} });
  return c.html(
    <Layout page={page} title={t(coreMessages.siteTagline)}>
      <h1>{t(m.title)}</h1>
      <p class="lead">{t(m.lead)}</p>
      <h2>{t(m.whatYouCanDo)}</h2>
      <ul>
        <li>
          <a href="/services">{t(m.findService)}</a>
        </li>
        <li>
          <a href="/agencies">{t(m.findAgency)}</a> — {t(m.agencyCount, { count: agencies.length })}
        </li>
        <li>
          <a href="/sign-in">{t(m.signInCitizen)}</a>
        </li>
        <li>
          <a href="/track">{t(coreMessages.nav.track)}</a>
        </li>
        <li>
          <a href="/verify">{t(coreMessages.nav.verifyDocument)}</a>
        </li>
        <li>
          <a href="/verify/receipt">{t(coreMessages.nav.verifyReceipt)}</a>
        </li>
        <li>
          <a href="/officer/sign-in">{t(m.signInOfficer)}</a>
        </li>
      </ul>
    </Layout>,
  );
});
