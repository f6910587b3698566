import { demoAgencies } from "@/demo/agencies";
import { demoChannels } from "@/demo/channels";

import { normaliseChannel } from "../normalise-channel";
import type { RegisteredChannel } from "../schema";
import { buildChannelIndex, type ChannelIndex } from "./channel-index";

/** The demo register as the checker sees it, without a database. */
export function demoRegister(): RegisteredChannel[] {
  const channels: RegisteredChannel[] = [];
  for (const [code, list] of Object.entries(demoChannels)) {
    const agency = demoAgencies.find((candidate) => candidate.code === code);
    if (!agency) throw new Error(`No demo agency ${code}`);
    for (const [kind, raw] of list) {
      channels.push({
        id: `${code}:${kind}:${raw}`,
        ...normaliseChannel(kind, raw),
        agency: {
          code,
          nameTh: agency.nameTh,
          nameEn: agency.nameEn,
          shortNameEn: agency.shortNameEn ?? null,
        },
      });
    }
  }
  return channels;
}

export function demoIndex(): ChannelIndex {
  return buildChannelIndex(demoRegister());
}
