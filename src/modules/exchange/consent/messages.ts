import { defineMessages } from "@/core/i18n";

/** The words of a consent request and of a person's consents, in Thai and English. */
export const consentMessages = defineMessages({
  request: {
    heading: {
      th: "ขอความยินยอมใช้ข้อมูลของคุณ",
      en: "May we use your data?",
    },
    lead: {
      th: "แทนการแนบสำเนาเอกสาร {consumer}ขอดึงข้อมูลของคุณจาก{provider}โดยตรง ต้องได้รับความยินยอมจากคุณก่อน",
      en: "Instead of you attaching a copy, {consumer} asks to fetch your data directly from {provider}. It needs your consent first.",
    },
    who: { th: "ใครขอใช้ข้อมูล", en: "Who asks" },
    what: { th: "ข้อมูลที่ขอใช้", en: "What data" },
    fields: { th: "ได้แก่", en: "That is" },
    from: { th: "ดึงข้อมูลจาก", en: "From whom" },
    why: { th: "ใช้เพื่อ", en: "What for" },
    basis: { th: "ฐานทางกฎหมาย", en: "Legal basis" },
    howLong: { th: "ความยินยอมมีผลถึง", en: "For how long" },
    untilRevoked: {
      th: "จนกว่าคุณจะถอนความยินยอม",
      en: "Until you withdraw it",
    },
    until: {
      th: "ถึง {date} หรือจนกว่าคุณจะถอนความยินยอม",
      en: "Until {date}, or until you withdraw it",
    },
    revocable: {
      th: "คุณถอนความยินยอมได้ทุกเมื่อ การถอนมีผลทันทีตั้งแต่การดึงข้อมูลครั้งต่อไป และไม่กระทบคำขอที่ยื่นไปแล้ว ดูและถอนความยินยอมได้ที่หน้า",
      en: "You can withdraw your consent at any time. It takes effect from the next fetch and does not affect applications already made. See and withdraw your consents on the page",
    },
    revocableLink: { th: "ใครใช้ข้อมูลของฉัน", en: "Who used my data" },
    refuse: {
      th: "หากไม่ให้ความยินยอม คุณยังใช้บริการได้ โดยแนบสำเนาเอกสารเอง",
      en: "If you do not consent, you can still use the service by attaching a copy yourself.",
    },
    give: { th: "ให้ความยินยอม", en: "I consent" },
    decline: { th: "ไม่ให้ความยินยอม — แนบสำเนาเอง", en: "No, I'll attach a copy" },
  },
  explanation: {
    th: "ข้าพเจ้ายินยอมให้{consumer}ดึงข้อมูล “{dataService}” ({fields}) ของข้าพเจ้าจาก{provider} เพื่อ{purpose} ความยินยอมนี้มีผล{duration} และข้าพเจ้าถอนความยินยอมได้ทุกเมื่อที่หน้า “ใครใช้ข้อมูลของฉัน” ของประตู",
    en: "I consent to {consumer} fetching my “{dataService}” ({fields}) from {provider} for {purpose}. This consent lasts {duration}, and I can withdraw it at any time on Pratu's page “Who used my data”.",
  },
  explanationUntilRevoked: { th: "จนกว่าข้าพเจ้าจะถอน", en: "until I withdraw it" },
  explanationUntil: { th: "ถึง {date}", en: "until {date}" },
  bases: {
    consent: {
      th: "ความยินยอมของเจ้าของข้อมูล (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล มาตรา 19)",
      en: "Your consent (Personal Data Protection Act, section 19)",
    },
    legal_obligation: {
      th: "การปฏิบัติตามกฎหมาย (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล มาตรา 24 (6))",
      en: "A legal obligation (Personal Data Protection Act, section 24 (6))",
    },
    public_task: {
      th: "ภารกิจเพื่อประโยชน์สาธารณะหรืออำนาจรัฐ (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล มาตรา 24 (4))",
      en: "A task in the public interest or official authority (Personal Data Protection Act, section 24 (4))",
    },
    contract: {
      th: "การปฏิบัติตามสัญญา (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล มาตรา 24 (3))",
      en: "A contract with you (Personal Data Protection Act, section 24 (3))",
    },
    vital_interest: {
      th: "การป้องกันอันตรายต่อชีวิต ร่างกาย หรือสุขภาพ (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล มาตรา 24 (2))",
      en: "Protecting someone's life, body or health (Personal Data Protection Act, section 24 (2))",
    },
  },
});
