import { foldText } from "./normalise";

export type ItemType = "link" | "email" | "phone" | "line" | "sender";

export interface ExtractedItem {
  type: ItemType;
  /** As it appeared in the text (after Thai digits were read as digits). */
  raw: string;
}

// Labels of Latin, Greek or Cyrillic letters (look-alikes hide there); Thai
// letters are left out so a domain written right after Thai words is not glued to them.
const LABEL =
  "[a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f](?:[a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f-]{0,61}[a-z0-9\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u052f])?";
const HOST = `(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})`;
const EMAIL = new RegExp(`[a-z0-9._%+-]+@${HOST}`, "giu");
const URL_WITH_SCHEME = /https?:\/\/[^\s<>"'“”‘’()]+/giu;
const BARE_URL = new RegExp(`(?<![@\\w.-])${HOST}(?::\\d{2,5})?(?:/[^\\s<>"'“”‘’()]*)?`, "giu");
const LINE_LINK =
  /^(?:https?:\/\/)?(?:page\.)?line\.me\/(?:r\/)?(?:ti\/p\/|ti\/g2\/)?(?:~)?(@?[a-z0-9._-]+)/i;
const LINE_AT = /(?<![\w.@/])@([a-z0-9._-]{3,20})/giu;
const LINE_LABEL =
  /(?<![\w.])(?:ไลน์\s*ไอดี|ไอดี\s*ไลน์|ไลน์|line\s*id|line)(?:\s*[:：]\s*|\s+)(@?[a-z0-9_-][a-z0-9._-]{2,19})/giu;
const PHONE = /(?<![\d+])(?:\+66|66|0)[\s-]?\d(?:[\s-]?\d){7,8}(?![\d])/gu;
const SHORT_CODE =
  /(?:โทร(?:ศัพท์)?|สายด่วน|ติดต่อ|call(?:\s*centre|\s*center)?|tel|hotline|phone)[^\d\n]{0,12}(1\d{3})(?![\d,.])/giu;
const TRAILING = /[.,;:!?…'"”’)\]}>]+$/u;

/** Each link, e-mail address, phone number and LINE id in free text, once each, in order. */
export function extractItems(text: string): ExtractedItem[] {
  const found: { at: number; item: ExtractedItem }[] = [];
  let rest = foldText(text);
  const take = (pattern: RegExp, type: ItemType, group = 0, clean = true) => {
    rest = rest.replace(pattern, (...args) => {
      const match = args[0];
      const at = args[args.length - 2] as number;
      const captured = (args[group] as string | undefined) ?? match;
      const raw = clean ? captured.replace(TRAILING, "") : captured;
      if (raw !== "") found.push({ at, item: lineFromLink(raw) ?? { type, raw } });
      return " ".repeat(match.length);
    });
  };
  take(URL_WITH_SCHEME, "link");
  take(EMAIL, "email");
  take(LINE_LABEL, "line", 1);
  take(BARE_URL, "link");
  take(LINE_AT, "line");
  take(PHONE, "phone");
  take(SHORT_CODE, "phone", 1);
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ item }) => item)
    .filter((item) => {
      const key = `${item.type}:${item.raw.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function lineFromLink(raw: string): ExtractedItem | null {
  const match = LINE_LINK.exec(raw);
  return match?.[1] ? { type: "line", raw: match[1] } : null;
}

/** One item a person typed on its own line: read as the kind of thing it looks like. */
export function classifyItem(input: string): ExtractedItem | null {
  const value = input.trim();
  if (value === "") return null;
  const [first] = extractItems(value);
  if (first) return first;
  const folded = foldText(value);
  if (/^\+?[\d\s-]{4,15}$/.test(folded)) return { type: "phone", raw: folded };
  if (/^@?[a-z0-9._-]{3,20}$/i.test(folded) && folded.startsWith("@")) {
    return { type: "line", raw: folded };
  }
  if (/^[a-z0-9][a-z0-9 ._-]{1,10}$/i.test(folded)) return { type: "sender", raw: folded };
  return null;
}
