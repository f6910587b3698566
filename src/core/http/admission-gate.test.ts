import { afterEach, describe, expect, it, vi } from "vitest";

import { AdmissionGate, type AdmissionOutcome, type Release } from "./admission-gate";

const LONG_WAIT = 60_000;

/** Lets every promise that can settle do so. */
async function settle() {
  for (let round = 0; round < 5; round += 1) await Promise.resolve();
}

/** Enters the gate and records, in `order`, when (and whether) the request was let in. */
function track(gate: AdmissionGate, claimedAt: number, name: string, order: string[]) {
  const state: { release: Release | null | undefined } = { release: undefined };
  void gate.enter(claimedAt).then((release) => {
    state.release = release;
    order.push(release ? `${name} admitted` : `${name} turned away`);
  });
  return state;
}

describe("AdmissionGate", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("admits N at once, queues up to M in order and turns away the rest", async () => {
    const outcomes: AdmissionOutcome[] = [];
    const gate = new AdmissionGate(
      { concurrency: 2, queueLength: 2, maxWaitMilliseconds: LONG_WAIT },
      (outcome) => outcomes.push(outcome),
    );
    const order: string[] = [];
    const first = track(gate, 1, "first", order);
    const second = track(gate, 2, "second", order);
    const third = track(gate, 3, "third", order);
    const fourth = track(gate, 4, "fourth", order);
    const fifth = track(gate, 5, "fifth", order);
    await settle();
    expect(order).toEqual(["first admitted", "second admitted", "fifth turned away"]);
    expect(fifth.release).toBeNull();
    expect([gate.running, gate.waiting]).toEqual([2, 2]);

    second.release!();
    await settle();
    expect(order.at(-1)).toBe("third admitted");
    first.release!();
    await settle();
    expect(order.at(-1)).toBe("fourth admitted");
    third.release!();
    fourth.release!();
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
    expect(outcomes.filter((outcome) => outcome === "admitted")).toHaveLength(4);
    expect(outcomes.filter((outcome) => outcome === "queued")).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome === "rejected")).toHaveLength(1);
  });

  it("puts an older claim ahead of newer waiters and turns away the youngest when full", async () => {
    const gate = new AdmissionGate({
      concurrency: 1,
      queueLength: 2,
      maxWaitMilliseconds: LONG_WAIT,
    });
    const order: string[] = [];
    const running = track(gate, 100, "running", order);
    track(gate, 101, "newer", order);
    track(gate, 102, "newest", order);
    const returning = track(gate, 50, "returning", order);
    await settle();
    expect(order).toEqual(["running admitted", "newest turned away"]);

    running.release!();
    await settle();
    expect(order.at(-1)).toBe("returning admitted");
    returning.release!();
    await settle();
    expect(order.at(-1)).toBe("newer admitted");
  });

  it("hands a freed place to the waiter, not to a request arriving at that moment", async () => {
    const gate = new AdmissionGate({
      concurrency: 1,
      queueLength: 1,
      maxWaitMilliseconds: LONG_WAIT,
    });
    const order: string[] = [];
    const running = track(gate, 1, "running", order);
    track(gate, 2, "waiting", order);
    await settle();
    running.release!();
    running.release!();
    track(gate, 3, "late", order);
    await settle();
    expect(order).toEqual(["running admitted", "waiting admitted"]);
    expect([gate.running, gate.waiting]).toEqual([1, 1]);
  });

  it("turns a waiter away once it has waited the longest allowed", async () => {
    vi.useFakeTimers();
    const gate = new AdmissionGate({ concurrency: 1, queueLength: 5, maxWaitMilliseconds: 300 });
    const order: string[] = [];
    track(gate, 1, "running", order);
    track(gate, 2, "waiting", order);
    await vi.advanceTimersByTimeAsync(299);
    expect(order).toEqual(["running admitted"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(order).toEqual(["running admitted", "waiting turned away"]);
    expect(gate.waiting).toBe(0);
  });

  it("turns away at once when there is no queue", async () => {
    const gate = new AdmissionGate({
      concurrency: 1,
      queueLength: 0,
      maxWaitMilliseconds: LONG_WAIT,
    });
    const order: string[] = [];
    track(gate, 1, "running", order);
    track(gate, 2, "second", order);
    await settle();
    expect(order).toEqual(["running admitted", "second turned away"]);
  });

  it("says beforehand whom entering would turn away, as entering then decides", async () => {
    const gate = new AdmissionGate({
      concurrency: 1,
      queueLength: 2,
      maxWaitMilliseconds: LONG_WAIT,
    });
    const order: string[] = [];
    expect(gate.isFullFor(10)).toBe(false);
    track(gate, 10, "running", order);
    await settle();
    expect(gate.isFullFor(20)).toBe(false); // a place in the queue
    track(gate, 20, "first waiter", order);
    track(gate, 30, "second waiter", order);
    await settle();
    expect(gate.isFullFor(30)).toBe(true);
    expect(gate.isFullFor(40)).toBe(true);
    expect(gate.isFullFor(25)).toBe(false); // an older claim pushes the youngest out
    track(gate, 40, "newcomer", order);
    track(gate, 25, "returning", order);
    await settle();
    expect(order).toEqual([
      "running admitted",
      "newcomer turned away",
      "second waiter turned away",
    ]);

    const noQueue = new AdmissionGate({ concurrency: 1, queueLength: 0, maxWaitMilliseconds: 1 });
    track(noQueue, 1, "alone", order);
    await settle();
    expect(noQueue.isFullFor(0)).toBe(true);
  });
});
