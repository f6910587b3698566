import { defineMessages } from "@/core/i18n";

/** The words of the e-mails the channel lifecycle sends, in Thai and English. */
export const mailMessages = defineMessages({
  confirm: {
    subject: {
      th: "ยืนยันอีเมลทางการของ{agency}",
      en: "Confirm the official e-mail address of {agency}",
    },
    intro: {
      th: "{agency}ลงทะเบียน {address} เป็นช่องทางทางการในทะเบียนช่องทางอิเล็กทรอนิกส์ภาครัฐ (มาตรา 10) หากท่านดูแลกล่องอีเมลนี้ในนามของหน่วยงาน โปรดเปิดลิงก์แล้วกดปุ่มยืนยัน",
      en: "{agency} has registered {address} as an official channel in the government register of electronic channels (section 10). If you look after this mailbox for the agency, open the link and press the confirm button.",
    },
    expires: {
      th: "ลิงก์ใช้ได้ถึง {date} หากท่านไม่ได้ดูแลกล่องอีเมลนี้ให้หน่วยงาน โปรดเพิกเฉยต่ออีเมลนี้",
      en: "The link works until {date}. If you do not look after this mailbox for the agency, ignore this e-mail.",
    },
    action: { th: "เปิดหน้ายืนยัน", en: "Open the confirmation page" },
  },
  notice: {
    subject: {
      th: "ช่องทาง {channel}: {what}",
      en: "Channel {channel}: {what}",
    },
    what: {
      approved: { th: "ผู้ดูแลระบบกลางยืนยันแล้ว", en: "approved by the central operator" },
      rejected: { th: "ผู้ดูแลระบบกลางไม่อนุมัติ", en: "rejected by the central operator" },
      transferred_in: {
        th: "ผู้ดูแลระบบกลางโอนให้หน่วยงานของท่าน",
        en: "transferred to your agency by the central operator",
      },
      transferred_away: {
        th: "ผู้ดูแลระบบกลางโอนให้หน่วยงานอื่น",
        en: "transferred to another agency by the central operator",
      },
      suspended: { th: "ถูกระงับ", en: "suspended" },
      flagged: { th: "ตรวจสอบซ้ำไม่ผ่าน", en: "failed its periodic check" },
    },
    body: {
      th: "ช่องทาง {channel} ของ{agency}: {what}",
      en: "The channel {channel} of {agency}: {what}.",
    },
    reason: { th: "เหตุผล: {reason}", en: "Reason: {reason}" },
    flaggedAdvice: {
      th: "โปรดพิสูจน์การควบคุมช่องทางอีกครั้งภายใน {days} วัน มิฉะนั้นช่องทางจะถูกระงับและหายจากทะเบียนสาธารณะ",
      en: "Prove control again within {days} days, or the channel will be suspended and leave the public register.",
    },
    action: { th: "เปิดช่องทางในคอนโซล", en: "Open the channel in the console" },
  },
});
