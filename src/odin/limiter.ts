import { setTimeout as sleep } from 'node:timers/promises';
/** A call's place in the rate window; moved to when its request was really written. */
export interface RateSlot {
  at: number;
}

/** Every call to one Odin passes here: at most N at once, at most R per sliding second. */
export interface CallLimiter {
  /**
   * Runs `call` once a concurrency slot and a rate slot are free. Rejects with
   * `expired()` if that has not happened by `deadline` (epoch ms): such a call is never sent.
   * An `urgent` call waits ahead of the others (the cache's refreshes, see cache.ts).
   */
  run<T>(
    call: (slot: RateSlot) => Promise<T>,
    deadline: number,
    expired: () => Error,
    urgent?: boolean,
  ): Promise<T>;
  /** Calls waiting for a slot, for metrics. */
  readonly queued: number;
}

export interface LimiterOptions {
  maxConcurrency: number;
  ratePerSecond: number;
  /** Margin per window for jitter between leaving and arriving. */
  guardMs: number;
}

/** A slot that knows whether the transport has marked it written. */
class LocalSlot implements RateSlot {
  written = false;
  private time: number;

  constructor(admitted: number) {
    this.time = admitted;
  }

  get at(): number {
    return this.time;
  }

  set at(written: number) {
    this.time = written;
    this.written = true;
  }

  /** The call ended: a slot never written keeps its admission time. */
  settle(): void {
    this.written = true;
  }
}

interface Waiter {
  urgent: boolean;
  start(): void;
  give: () => void;
}

/**
 * The in-process limiter: a FIFO semaphore (urgent calls first) for concurrency and a sliding-window log for
 * the rate. The rate is checked when a call really leaves, not when it was scheduled: a
 * starved event loop fires timers late and together, and scheduled spacing would then
 * turn into a burst.
 */
export class LocalLimiter implements CallLimiter {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  private readonly sent: LocalSlot[] = [];

  constructor(private readonly options: LimiterOptions) {}

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(
    call: (slot: RateSlot) => Promise<T>,
    deadline: number,
    expired: () => Error,
    urgent = false,
  ): Promise<T> {
    await this.acquire(deadline, expired, urgent);
    let slot: LocalSlot | undefined;
    try {
      slot = await this.admit();
      if (Date.now() >= deadline) throw expired();
      return await call(slot);
    } finally {
      // Ended without being written (never sent, or the connection failed first): it
      // stays counted from its admission, and no longer holds back the calls after it.
      slot?.settle();
      this.release();
    }
  }

  private acquire(deadline: number, expired: () => Error, urgent: boolean): Promise<void> {
    if (this.running < this.options.maxConcurrency && this.waiting.length === 0) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        urgent,
        start: () => {
          clearTimeout(timer);
          this.running++;
          resolve();
        },
        give: () => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(expired());
        },
      };
      const timer = setTimeout(waiter.give, Math.max(0, deadline - Date.now()));
      // Urgent calls in arrival order, ahead of every other.
      const behind = urgent ? this.waiting.findIndex((w) => !w.urgent) : -1;
      if (behind >= 0) this.waiting.splice(behind, 0, waiter);
      else this.waiting.push(waiter);
    });
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.start();
  }

  /**
   * A rate slot: N calls span at least one second plus the guard, counted from when each
   * was written. A call admitted but not yet written counts as written now, the latest it
   * can be: spacing from its admission would let the next call arrive too close behind it.
   */
  private async admit(): Promise<LocalSlot> {
    const perWindow = this.options.ratePerSecond;
    for (;;) {
      const now = Date.now();
      const back = this.sent.length >= perWindow ? this.sent[this.sent.length - perWindow] : null;
      const oldest = back ? (back.written ? back.at : now) : -Infinity;
      const wait = oldest + 1000 + this.options.guardMs - now;
      if (wait <= 0) {
        const slot = new LocalSlot(now);
        this.sent.push(slot);
        if (this.sent.length > perWindow) this.sent.splice(0, this.sent.length - perWindow);
        return slot;
      }
      await sleep(wait);
    }
  }
}
