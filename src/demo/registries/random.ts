import { thaiIdCheckDigit } from "@/core/identity/thai-id";

/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same
 * demo population on every machine and every run, so a demo person found
 * once is found again.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  integer(min: number, max: number): number;
  pick<Item>(items: readonly Item[]): Item;
  chance(probability: number): boolean;
  /** Digits, as many as asked for, leading zeros kept. */
  digits(count: number): string;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    integer,
    pick: <Item>(items: readonly Item[]) => {
      if (items.length === 0) throw new RangeError("Nothing to pick from.");
      return items[integer(0, items.length - 1)]!;
    },
    chance: (probability) => next() < probability,
    digits: (count) => Array.from({ length: count }, () => String(integer(0, 9))).join(""),
  };
}

/** Twelve digits and the check digit they call for: a valid Thai citizen or juristic ID. */
export function withCheckDigit(firstTwelve: string): string {
  return `${firstTwelve}${thaiIdCheckDigit(firstTwelve)}`;
}

/** An ISO date (YYYY-MM-DD) in a year, any day of it. */
export function randomDateIn(random: Random, year: number): string {
  const month = random.integer(1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = random.integer(1, days);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
