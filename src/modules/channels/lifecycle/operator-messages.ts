import { defineMessages } from "@/core/i18n";

/** The words of the central operator's queue of channel reviews. */
export const operatorMessages = defineMessages({
  title: { th: "ตรวจสอบช่องทางของหน่วยงาน", en: "Channel reviews" },
  lead: {
    th: "คำขอที่ต้องให้ผู้ดูแลระบบกลางตัดสิน: รหัสที่หน่วยงานโพสต์บนช่องทาง ข้อพิพาทเมื่อหน่วยงานอื่นถือช่องทางอยู่ และการขอคืนสถานะ รวมถึงช่องทางที่ตรวจสอบซ้ำไม่ผ่าน",
    en: "What the central operator must decide: codes agencies posted on their channels, disputes over channels another agency holds, and reinstatements; and channels that failed their periodic check.",
  },
  reviewsHeading: { th: "รอการพิจารณา", en: "Waiting for a decision" },
  noReviews: { th: "ไม่มีคำขอรอการพิจารณา", en: "Nothing is waiting for a decision." },
  flaggedHeading: { th: "ช่องทางที่ตรวจสอบซ้ำไม่ผ่าน", en: "Channels failing their re-check" },
  noFlagged: { th: "ไม่มีช่องทางที่ตรวจสอบซ้ำไม่ผ่าน", en: "No channel is failing its re-check." },
  agency: { th: "หน่วยงานที่ขอ", en: "Agency asking" },
  holder: { th: "หน่วยงานที่ถืออยู่", en: "Agency holding it" },
  channelAgency: { th: "หน่วยงาน", en: "Agency" },
  channel: { th: "ช่องทาง", en: "Channel" },
  review: { th: "เรื่อง", en: "Matter" },
  code: { th: "รหัสที่ต้องพบบนช่องทาง", en: "Code to look for on the channel" },
  evidence: { th: "หลักฐานจากหน่วยงาน", en: "The agency's evidence" },
  proof: { th: "การพิสูจน์ที่ผ่านแล้ว", en: "Proof already shown" },
  submittedAt: { th: "ส่งเมื่อ", en: "Sent" },
  flaggedAt: { th: "ไม่ผ่านตั้งแต่", en: "Failing since" },
  reasonHint: {
    th: "บันทึกไว้ในประวัติของช่องทางและแจ้งผู้ดูแลของหน่วยงาน",
    en: "Kept in the channel's history and sent to the agency's administrators.",
  },
  approve: { th: "อนุมัติ", en: "Approve" },
  transfer: { th: "อนุมัติและโอนช่องทาง", en: "Approve and transfer" },
  reject: { th: "ไม่อนุมัติ", en: "Reject" },
  suspend: { th: "ระงับช่องทาง", en: "Suspend the channel" },
  decideLabel: { th: "พิจารณา {channel} ของ {agency}", en: "Decide on {channel} of {agency}" },
  done: {
    approved: { th: "อนุมัติแล้ว", en: "Approved." },
    transferred: { th: "โอนช่องทางแล้ว", en: "The channel is transferred." },
    rejected: { th: "ไม่อนุมัติแล้ว", en: "Rejected." },
    suspended: { th: "ระงับช่องทางแล้ว", en: "The channel is suspended." },
  },
});
