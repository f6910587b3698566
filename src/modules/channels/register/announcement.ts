import { signCompactJws } from "@/core/crypto/jws";
import type { SecretBox } from "@/core/crypto/secrets";
import { agencySigner } from "@/core/crypto/signing-keys";
import type { Database, Queryable } from "@/core/db/database";
import type { Agency } from "@/modules/agencies";

import { listAgencyChannels } from "../repo";
import { type Channel, type ChannelKind, channelKinds } from "../schema";
import { selectLastVerifiedChange } from "./register-repo";

/** The `typ` of a signed announcement, so it cannot pass for a receipt or any other signed thing. */
export const ANNOUNCEMENT_JWS_TYPE = "pratu-channel-announcement+jws";

export const SECTION_10 = {
  th: "มาตรา 10 แห่งพระราชบัญญัติการปฏิบัติราชการทางอิเล็กทรอนิกส์ พ.ศ. 2565",
  en: "Section 10 of the Electronic Government Operations Act B.E. 2565 (2022)",
} as const;

export interface Announcement {
  agency: Agency;
  /** Verified channels by kind, in the register's order of kinds; kinds without one are left out. */
  groups: { kind: ChannelKind; channels: Channel[] }[];
  /** When the verified channels last changed; null when there are none. */
  effectiveAt: Date | null;
}

/** An agency's section 10 announcement: its verified channels, grouped by kind. */
export async function announcementOf({
  db,
  agency,
}: {
  db: Queryable;
  agency: Agency;
}): Promise<Announcement> {
  const channels = await listAgencyChannels(db, agency.id, { verifiedOnly: true });
  const groups = channelKinds
    .map((kind) => ({ kind, channels: channels.filter((channel) => channel.kind === kind) }))
    .filter((group) => group.channels.length > 0);
  return { agency, groups, effectiveAt: await selectLastVerifiedChange(db, agency.id) };
}

/** What the signed form carries: the same data as the page, in a form programs read. */
export function announcementPayload(announcement: Announcement, issuedAt: Date) {
  const { agency } = announcement;
  return {
    type: "section10-announcement",
    law: SECTION_10,
    agency: { code: agency.code, nameTh: agency.nameTh, nameEn: agency.nameEn },
    effectiveAt: announcement.effectiveAt?.toISOString() ?? null,
    issuedAt: issuedAt.toISOString(),
    channels: announcement.groups.flatMap((group) =>
      group.channels.map((channel) => ({
        kind: channel.kind,
        value: channel.value,
        displayValue: channel.displayValue,
        lastVerifiedAt: channel.lastVerifiedAt,
      })),
    ),
  };
}

export type AnnouncementPayload = ReturnType<typeof announcementPayload>;

/**
 * The announcement as a compact JWS signed with the agency's own key: anyone
 * can check it against the keys the agency publishes at
 * /api/v1/agencies/{code}/signing-keys, long after the page has changed.
 */
export async function signAnnouncement({
  db,
  secrets,
  announcement,
  now = new Date(),
}: {
  db: Database;
  secrets: SecretBox;
  announcement: Announcement;
  now?: Date;
}): Promise<string> {
  const signer = await agencySigner({ db, secrets, agencyId: announcement.agency.id });
  return signCompactJws({
    signer,
    type: ANNOUNCEMENT_JWS_TYPE,
    payload: announcementPayload(announcement, now),
  });
}
