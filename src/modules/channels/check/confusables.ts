import { domainToUnicode } from "node:url";

/**
 * The common look-alikes of Latin letters and digits, after Unicode's
 * confusables table (UTS #39): what a reader sees, not what a computer stores.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  і: "l",
  ї: "l",
  ј: "j",
  ԁ: "d",
  ӏ: "l",
  һ: "h",
  ԛ: "q",
  ԝ: "w",
  ɡ: "g",
  ո: "n",
  ս: "u",
  ց: "g",
  // Greek
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "l",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  γ: "y",
  ϲ: "c",
  // Latin with marks that vanish at a glance
  á: "a",
  à: "a",
  â: "a",
  ä: "a",
  ã: "a",
  å: "a",
  é: "e",
  è: "e",
  ê: "e",
  ë: "e",
  í: "l",
  ì: "l",
  î: "l",
  ï: "l",
  ó: "o",
  ò: "o",
  ô: "o",
  ö: "o",
  õ: "o",
  ú: "u",
  ù: "u",
  û: "u",
  ü: "u",
  ı: "l",
  ł: "l",
  ç: "c",
  ñ: "n",
  ý: "y",
  ÿ: "y",
  // Digits and letters that pass for each other
  "0": "o",
  "1": "l",
  i: "l",
  "|": "l",
  "3": "e",
  "5": "s",
  "8": "b",
  // Thai digits that look like Arabic ones
  "๐": "o",
  "๑": "l",
  "๗": "n",
  "๘": "b",
};

const MULTI_LETTER = [
  ["rn", "m"],
  ["vv", "w"],
  ["cl", "d"],
] as const;

/**
 * The skeleton of a string: two strings with the same skeleton look alike.
 * Separators are dropped too, so `rd-go-th` and `rd.go.th` share one.
 */
export function skeleton(value: string): string {
  const unicode = value.includes("xn--") ? domainToUnicode(value) || value : value;
  let mapped = "";
  for (const char of unicode.normalize("NFKC").toLowerCase()) mapped += CONFUSABLES[char] ?? char;
  for (const [from, to] of MULTI_LETTER) mapped = mapped.replaceAll(from, to);
  return mapped.replace(/[-._\s]/g, "");
}

/** Letters and digits only: `rd-go-th` and `rd.go.th` both flatten to `rdgoth`. */
export function flatten(value: string): string {
  return value.replace(/[^a-z0-9]/g, "");
}

/** Optimal-string-alignment Damerau-Levenshtein distance, stopping once it passes `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many typos a name of this length may carry and still be called a look-alike. */
export function allowedDistance(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/** Prefix of each key the deletion index works on, as SymSpell does, to keep it small. */
const PREFIX = 8;

/** Every string made by deleting up to `depth` characters from the key's prefix. */
export function deletions(key: string, depth: number): Set<string> {
  const out = new Set<string>([key.slice(0, PREFIX)]);
  let frontier = [key.slice(0, PREFIX)];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const word of frontier) {
      for (let i = 0; i < word.length; i++) {
        const shorter = word.slice(0, i) + word.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}
