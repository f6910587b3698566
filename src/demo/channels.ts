import type { Transaction } from "@/core/db/database";
import { newId } from "@/core/db/ids";
import { withinAgency } from "@/core/db/tenant";
import { type ChannelKind, normaliseChannel, upsertChannel } from "@/modules/channels";

/** The official channels of the demo agencies, as their sites and call centres announce them. */
export const demoChannels: Record<string, [ChannelKind, string][]> = {
  DGA: [
    ["website", "www.dga.or.th"],
    ["email_domain", "dga.or.th"],
    ["email", "contact@dga.or.th"],
    ["line_oa", "@dgathailand"],
    ["phone", "02-612-6000"],
    ["phone", "1111"],
  ],
  MOI: [
    ["website", "www.moi.go.th"],
    ["email_domain", "moi.go.th"],
  ],
  DOPA: [
    ["website", "www.dopa.go.th"],
    ["email_domain", "dopa.go.th"],
    ["eservice_url", "https://bora.dopa.go.th/"],
    ["line_oa", "@dopa_news"],
    ["phone", "1548"],
    ["facebook", "facebook.com/dopapr"],
  ],
  CHIANGMAI: [
    ["website", "www.chiangmai.go.th"],
    ["email_domain", "chiangmai.go.th"],
    ["phone", "053-112-100"],
  ],
  "CHIANGMAI-PAO": [["website", "www.chiangmaipao.go.th"]],
  "CHIANGMAI-CITY": [
    ["website", "www.cmcity.go.th"],
    ["email_domain", "cmcity.go.th"],
    ["line_oa", "@cmcity"],
    ["phone", "053-259-000"],
  ],
  MOC: [["website", "www.moc.go.th"]],
  DBD: [
    ["website", "www.dbd.go.th"],
    ["email_domain", "dbd.go.th"],
    ["eservice_url", "https://efiling.dbd.go.th/"],
    ["line_oa", "@dbdconnect"],
    ["phone", "1570"],
  ],
  MOF: [["website", "www.mof.go.th"]],
  RD: [
    ["website", "www.rd.go.th"],
    ["email_domain", "rd.go.th"],
    ["eservice_url", "https://efiling.rd.go.th/"],
    ["line_oa", "@rdthailand"],
    ["phone", "1161"],
    ["sms_sender", "RD-TAX"],
    ["facebook", "facebook.com/rdthailand"],
    ["app", "th.go.rd.rdsmarttax"],
  ],
  MHESI: [["website", "www.mhesi.go.th"]],
  CMU: [
    ["website", "www.cmu.ac.th"],
    ["email_domain", "cmu.ac.th"],
    ["phone", "053-941-000"],
  ],
  RTP: [
    ["website", "www.royalthaipolice.go.th"],
    ["email_domain", "police.go.th"],
    ["phone", "1599"],
  ],
  IMM: [
    ["website", "www.immigration.go.th"],
    ["email_domain", "immigration.go.th"],
    ["line_oa", "@immigrationbureau"],
    ["phone", "1178"],
  ],
};

/** Registers the demo channels as verified; running it again changes nothing. */
export async function seedDemoChannels(
  tx: Transaction,
  agencyIdsByCode: ReadonlyMap<string, string>,
): Promise<number> {
  let count = 0;
  const verifiedAt = new Date("2026-11-01T03:00:00Z");
  for (const [code, channels] of Object.entries(demoChannels)) {
    const agencyId = agencyIdsByCode.get(code);
    if (!agencyId) continue;
    await withinAgency(tx, agencyId, async (scope) => {
      for (const [kind, raw] of channels) {
        const channel = normaliseChannel(kind, raw);
        await upsertChannel(
          scope,
          {
            id: newId(),
            ...channel,
            status: "verified",
            lastVerifiedAt: verifiedAt,
          },
          { actor: "demo", event: "imported" },
        );
        count++;
      }
    });
  }
  return count;
}
