import { onTestFinished, vi } from "vitest";

/**
 * Stops `Date` one second into the current minute for the rest of the test:
 * rate limits count in fixed one-minute windows, and a test that sends a few
 * requests must not see its count reset by a window that ends halfway.
 */
export function holdClockInOneRateWindow(): void {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Math.floor(Date.now() / 60_000) * 60_000 + 1_000);
  onTestFinished(() => {
    vi.useRealTimers();
  });
}
