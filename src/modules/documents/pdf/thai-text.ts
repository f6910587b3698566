const wordSegmenter = new Intl.Segmenter("th", { granularity: "word" });
const graphemeSegmenter = new Intl.Segmenter("th", { granularity: "grapheme" });

const SARA_AM = "\u0E33";
const NIKHAHIT_SARA_AA = "\u0E4D\u0E32";

/**
 * Splits text into lines no wider than `maxWidth`, breaking Thai between
 * words (Thai writes no spaces between them) as `Intl.Segmenter` finds them,
 * and other scripts at spaces. A single word wider than the line is split
 * between grapheme clusters, so a vowel or tone mark never leaves its
 * consonant. Line feeds in the text start new lines.
 */
export function breakIntoLines(options: {
  text: string;
  maxWidth: number;
  measure: (text: string) => number;
}): string[] {
  const { maxWidth, measure } = options;
  const lines: string[] = [];
  for (const paragraph of options.text.split(/\r?\n/)) {
    let line = "";
    const startLineWith = (word: string) => {
      if (word.trim() === "") return;
      if (measure(word) <= maxWidth) {
        line = word;
        return;
      }
      for (const { segment } of graphemeSegmenter.segment(word)) {
        if (line !== "" && measure(line + segment) > maxWidth) {
          lines.push(line);
          line = "";
        }
        line += segment;
      }
    };
    for (const { segment } of wordSegmenter.segment(paragraph)) {
      if (line === "") {
        startLineWith(segment);
      } else if (measure((line + segment).trimEnd()) <= maxWidth) {
        line += segment;
      } else {
        lines.push(line.trimEnd());
        line = "";
        startLineWith(segment);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * The text as it is given to the font. SARA AM is written as NIKHAHIT + SARA
 * AA, the two glyphs the font draws it with anyway: the PDF's map from glyphs
 * back to text then stays one character per glyph (otherwise the SARA AA
 * glyph would map to nothing, and every า in the document would vanish on
 * copy and search).
 */
export function forFontShaping(text: string): string {
  return text.replaceAll(SARA_AM, NIKHAHIT_SARA_AA);
}

/**
 * Whether a line should state its text in /ActualText. For Thai it must:
 * the font moves tone marks and vowels with offsets, so a reader that orders
 * glyphs by position (poppler does) would interleave them with the letters
 * around, and ำ was split for shaping. /ActualText gives back the line as
 * written, for copying, searching and screen readers.
 */
export function needsActualText(text: string): boolean {
  return /[\u0E00-\u0E7F]/.test(text);
}
