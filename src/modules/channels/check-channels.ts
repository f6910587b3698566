import type { Queryable } from "@/core/db/database";
import { AppError } from "@/core/errors";

import { buildChannelIndex, type ChannelIndex } from "./check/channel-index";
import { checkItems, type CheckResult } from "./check/check";
import { classifyItem, type ExtractedItem, extractItems } from "./check/extract";
import { channelRegisterVersion, listVerifiedChannels } from "./repo";
import { MAX_CHECK_TEXT } from "./schema";

interface CachedIndex {
  version: string;
  builtAt: number;
  index: ChannelIndex;
}

/**
 * Rebuilt at least this often even when the version did not move: two
 * changes committed out of order can leave the newest time unchanged.
 */
const MAX_INDEX_AGE_MS = 60_000;

// One index per database handle, rebuilt when the register's version moves.
const cache = new WeakMap<object, CachedIndex>();

export async function loadChannelIndex(db: Queryable): Promise<ChannelIndex> {
  const version = await channelRegisterVersion(db);
  const cached = cache.get(db);
  if (cached && cached.version === version && Date.now() - cached.builtAt < MAX_INDEX_AGE_MS) {
    return cached.index;
  }
  const index = buildChannelIndex(await listVerifiedChannels(db));
  cache.set(db, { version, builtAt: Date.now(), index });
  return index;
}

/**
 * Checks pasted text, or a list of items, against the register of official
 * channels. The text is read and forgotten: it is neither logged nor stored.
 */
export async function checkChannels({
  db,
  text,
  items,
}: {
  db: Queryable;
  text?: string | undefined;
  items?: readonly string[] | undefined;
}): Promise<CheckResult> {
  const found = itemsToCheck(text, items);
  return checkItems(await loadChannelIndex(db), found);
}

function itemsToCheck(text: string | undefined, items: readonly string[] | undefined) {
  const size = (text ?? "").length + (items ?? []).reduce((sum, item) => sum + item.length, 0);
  if (size > MAX_CHECK_TEXT) {
    throw new AppError(
      "validation_failed",
      "ข้อความยาวเกิน 5,000 ตัวอักษร / The text is longer than 5,000 characters.",
      { fields: [{ field: text === undefined ? "items" : "text", message: "too_long" }] },
    );
  }
  const fromText = text?.trim() ? extractItems(text) : [];
  const fromItems = (items ?? [])
    .map((item) => classifyItem(item))
    .filter((item): item is ExtractedItem => item !== null);
  if (!text?.trim() && (items ?? []).every((item) => item.trim() === "")) {
    throw new AppError(
      "validation_failed",
      "กรุณาใส่ข้อความที่ต้องการตรวจสอบ / Give the text or items to check.",
      { fields: [{ field: "text", message: "required" }] },
    );
  }
  return [...fromText, ...fromItems];
}
