import { z } from "@hono/zod-openapi";

import type { Queryable } from "@/core/db/database";
import { agencyKinds } from "@/modules/agencies";

import { foldText, normalisePhone, normaliseUrl } from "../check/normalise";
import { channelKinds } from "../schema";
import { containsPattern, selectMatchingAgencies, selectVerifiedChannelsOf } from "./register-repo";

export const SEARCH_PAGE_SIZE = 20;
/** Pages past this are not served: a search that needs them should be narrower. */
export const MAX_SEARCH_PAGE = 50;
/** Channels shown per agency in results; the agency's own page lists them all. */
export const CHANNELS_PER_RESULT = 20;

export const RegisterSearchQuerySchema = z.object({
  q: z.string().trim().max(100, "Search for at most 100 characters").optional(),
  kind: z.enum(channelKinds).optional(),
  page: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).optional(),
});

export const RegisterSearchResultSchema = z
  .object({
    query: z.string(),
    kind: z.enum(channelKinds).nullable(),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    pages: z.number().int(),
    items: z.array(
      z.object({
        agency: z.object({
          code: z.string(),
          nameTh: z.string(),
          nameEn: z.string(),
          shortNameTh: z.string().nullable(),
          shortNameEn: z.string().nullable(),
          kind: z.enum(agencyKinds),
          provinceTh: z.string().nullable(),
        }),
        matchedBy: z.array(z.enum(["name", "channel"])),
        channelCount: z.number().int(),
        channels: z.array(
          z.object({
            kind: z.enum(channelKinds),
            value: z.string(),
            displayValue: z.string(),
            lastVerifiedAt: z.string().nullable(),
            isMatch: z.boolean(),
          }),
        ),
      }),
    ),
  })
  .openapi("ChannelRegisterSearchResult");

export type RegisterSearchResult = z.infer<typeof RegisterSearchResultSchema>;

/**
 * The fragments of a channel's stored value a query may be: the text as
 * typed, a host without `www.` (values keep hosts in punycode), and a phone
 * number's digits after the leading 0 (values keep +66 numbers).
 */
export function valueFragments(query: string): string[] {
  const folded = foldText(query).trim().toLowerCase();
  if (folded === "") return [];
  const fragments = new Set([folded]);
  if (/^[^\s@]+\.[^\s]+$/.test(folded)) {
    const host = normaliseUrl(folded)?.host;
    if (host) fragments.add(host.replace(/^www\./, ""));
  }
  const at = folded.lastIndexOf("@");
  if (at > 0) {
    const domain = normaliseUrl(folded.slice(at + 1))?.host;
    if (domain) fragments.add(domain);
  }
  if (/^[\d\s+().-]{3,}$/.test(folded)) {
    const digits = folded.replace(/\D/g, "");
    const phone = normalisePhone(digits);
    const national = phone?.startsWith("+66") ? phone.slice(3) : digits.replace(/^(66|0)/, "");
    if (national.length >= 3) fragments.add(national);
  }
  return [...fragments];
}

/**
 * Searches the public register in Thai or English: agencies by name, short
 * name or code, and verified channels by any part of their value (a domain,
 * a LINE ID, a few digits of a phone number). Results are grouped by agency,
 * each with its verified channels, a page at a time.
 */
export async function searchRegister({
  db,
  query = "",
  kind = null,
  page = 1,
}: {
  db: Queryable;
  query?: string | undefined;
  kind?: (typeof channelKinds)[number] | null | undefined;
  page?: number | undefined;
}): Promise<RegisterSearchResult> {
  const text = query.normalize("NFC").trim();
  const fragments = valueFragments(text);
  const rows = await selectMatchingAgencies(db, {
    namePattern: text === "" ? null : containsPattern(text),
    valuePatterns: fragments.map(containsPattern),
    exactCode: text === "" ? null : text.toUpperCase(),
    kind,
    limit: SEARCH_PAGE_SIZE,
    offset: (page - 1) * SEARCH_PAGE_SIZE,
  });
  const channels = await selectVerifiedChannelsOf(
    db,
    rows.map((row) => row.id),
    { kind, perAgency: CHANNELS_PER_RESULT },
  );
  const total = rows[0]?.total ?? 0;
  return {
    query: text,
    kind,
    page,
    pageSize: SEARCH_PAGE_SIZE,
    total,
    pages: Math.min(MAX_SEARCH_PAGE, Math.ceil(total / SEARCH_PAGE_SIZE)),
    items: rows.map((row) => {
      const own = channels.filter((channel) => channel.agency_id === row.id);
      return {
        agency: {
          code: row.code,
          nameTh: row.name_th,
          nameEn: row.name_en,
          shortNameTh: row.short_name_th,
          shortNameEn: row.short_name_en,
          kind: row.kind,
          provinceTh: row.province_th,
        },
        matchedBy: [
          ...(row.by_name ? (["name"] as const) : []),
          ...(row.by_channel ? (["channel"] as const) : []),
        ],
        channelCount: own[0]?.channel_count ?? 0,
        channels: own.map((channel) => ({
          kind: channel.kind,
          value: channel.value,
          displayValue: channel.display_value,
          lastVerifiedAt: channel.last_verified_at
            ? new Date(channel.last_verified_at).toISOString()
            : null,
          isMatch: fragments.some((fragment) => channel.value.toLowerCase().includes(fragment)),
        })),
      };
    }),
  };
}
