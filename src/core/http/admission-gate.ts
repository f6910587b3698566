export interface AdmissionLimits {
  /** Requests of the class that may run at once in this process. */
  concurrency: number;
  /** Requests that may wait for a place; beyond this they are turned away at once. */
  queueLength: number;
  /** Longest a request waits for a place before it is turned away. */
  maxWaitMilliseconds: number;
}

/** Gives up the place; calling it again does nothing. */
export type Release = () => void;

export type AdmissionOutcome = "admitted" | "queued" | "rejected";

interface Waiter {
  claimedAt: number;
  timer: ReturnType<typeof setTimeout>;
  settle: (release: Release | null) => void;
}

/**
 * A counting semaphore with a short, bounded wait.
 *
 * Fairness: waiters are kept in order of the time they first claimed a place
 * (`claimedAt`), then of arrival. A new request claims "now", so among new
 * requests the queue is first come, first served. A person sent away earlier
 * comes back with a signed ticket holding their first claim; that older claim
 * sorts ahead of everyone who arrived after it, so being turned away never
 * costs them their place. When the queue is full, the youngest claim is the
 * one turned away (which may be the newcomer itself): the queue always holds
 * the oldest claims. A freed place is handed straight to the head waiter, so
 * a request arriving at that moment cannot slip in ahead of the queue.
 */
export class AdmissionGate {
  readonly #limits: AdmissionLimits;
  readonly #onOutcome: ((outcome: AdmissionOutcome) => void) | undefined;
  readonly #waiting: Waiter[] = [];
  #running = 0;

  constructor(limits: AdmissionLimits, onOutcome?: (outcome: AdmissionOutcome) => void) {
    this.#limits = limits;
    this.#onOutcome = onOutcome;
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /**
   * Whether a request claiming a place at `claimedAt` would be turned away at
   * once if it entered now: every place taken and the queue full of older
   * claims (or no queue at all). What `enter` would decide, without entering.
   */
  isFullFor(claimedAt: number): boolean {
    if (this.#running < this.#limits.concurrency && this.#waiting.length === 0) return false;
    if (this.#limits.queueLength === 0 || this.#limits.maxWaitMilliseconds === 0) return true;
    if (this.#waiting.length < this.#limits.queueLength) return false;
    return this.#waiting.at(-1)!.claimedAt <= claimedAt;
  }

  /** Resolves to a release function once admitted, or to null when turned away. */
  enter(claimedAt: number): Promise<Release | null> {
    if (this.#running < this.#limits.concurrency && this.#waiting.length === 0) {
      this.#running += 1;
      this.#onOutcome?.("admitted");
      return Promise.resolve(this.#releaseOnce());
    }
    if (this.#limits.queueLength === 0 || this.#limits.maxWaitMilliseconds === 0) {
      this.#onOutcome?.("rejected");
      return Promise.resolve(null);
    }
    this.#onOutcome?.("queued");
    return new Promise<Release | null>((resolve) => {
      const waiter: Waiter = {
        claimedAt,
        timer: setTimeout(() => {
          this.#remove(waiter);
          this.#onOutcome?.("rejected");
          resolve(null);
        }, this.#limits.maxWaitMilliseconds),
        settle: resolve,
      };
      this.#insertInOrder(waiter);
      if (this.#waiting.length > this.#limits.queueLength) {
        const youngest = this.#waiting.pop()!;
        clearTimeout(youngest.timer);
        this.#onOutcome?.("rejected");
        youngest.settle(null);
      }
    });
  }

  #insertInOrder(waiter: Waiter): void {
    let index = this.#waiting.length;
    while (index > 0) {
      const before = this.#waiting[index - 1]!;
      if (before.claimedAt <= waiter.claimedAt) break;
      index -= 1;
    }
    this.#waiting.splice(index, 0, waiter);
  }

  #remove(waiter: Waiter): void {
    const index = this.#waiting.indexOf(waiter);
    if (index >= 0) this.#waiting.splice(index, 1);
  }

  #releaseOnce(): Release {
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      const next = this.#waiting.shift();
      if (!next) {
        this.#running -= 1;
        return;
      }
      clearTimeout(next.timer);
      this.#onOutcome?.("admitted");
      next.settle(this.#releaseOnce());
    };
  }
}
