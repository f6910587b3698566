const wordSegmenter = new Intl.Segmenter("th", { granularity: "word" });

/**
 * The words of a text as search compares them: Thai split by word (Thai is
 * written without spaces between words), English split on spaces and
 * punctuation, each in NFC and lower case, without repeats. Documents and
 * queries go through the same function, so they split the same way.
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const { segment, isWordLike } of wordSegmenter.segment(
    text.normalize("NFC").toLowerCase(),
  )) {
    if (isWordLike) terms.add(segment);
  }
  return [...terms];
}
