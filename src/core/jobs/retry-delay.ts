/** Longest wait between two attempts, however many came before. */
export const MAX_RETRY_DELAY_MILLISECONDS = 60 * 60 * 1000;

/**
 * Exponential backoff with jitter: the base doubled per attempt already made,
 * capped, then a random point in its upper half. The jitter spreads retries of
 * jobs that failed together (a mail server that was down) so they do not all
 * come back at the same moment.
 */
export function retryDelayMilliseconds({
  attempt,
  baseMilliseconds,
  random = Math.random,
}: {
  /** The attempt that just failed, from 1. */
  attempt: number;
  baseMilliseconds: number;
  random?: () => number;
}): number {
  const exponential = baseMilliseconds * 2 ** Math.max(0, attempt - 1);
  const capped = Math.min(exponential, MAX_RETRY_DELAY_MILLISECONDS);
  return Math.round(capped / 2 + (capped / 2) * random());
}
