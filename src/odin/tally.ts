import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The Odin calls made on behalf of one piece of work (a mutation field, a job, a job's row),
 * counted where they leave for Odin, whichever client or loader made them. Tallies nest: a
 * row's calls are its job's calls too.
 */
export class OdinTally {
  /** Calls sent to Odin (a cached answer is none). */
  calls = 0;
  /** Of them, writes: anything but a GET. Logins are not counted. */
  writes = 0;

  private admitted?: Promise<void>;

  constructor(
    private readonly parent?: OdinTally,
    /** What must be done before the work's first write (its audit event is opened). */
    private readonly beforeWrite?: () => Promise<void>,
  ) {}

  /** `work` with its calls counted here (and in the tally around it). */
  static run<T>(tally: OdinTally, work: () => Promise<T>): Promise<T> {
    return current.run(tally, work);
  }

  /** A tally within the one the caller runs in, if any. */
  static within(beforeWrite?: () => Promise<void>): OdinTally {
    return new OdinTally(current.getStore(), beforeWrite);
  }

  /** Settles once what must precede the first write; rejected, no write is sent. */
  admit(): Promise<void> {
    if (!this.beforeWrite) return this.parent?.admit() ?? Promise.resolve();
    return (this.admitted ??= this.beforeWrite());
  }

  count(write: boolean): void {
    this.calls++;
    if (write) this.writes++;
    this.parent?.count(write);
  }
}

const current = new AsyncLocalStorage<OdinTally>();

/**
 * One call on its way to Odin, counted in the tally of the work it is made for; a write waits
 * for what must precede it (and is not sent when that failed).
 */
export async function countOdinCall(method: string, path: string): Promise<void> {
  const tally = current.getStore();
  // A login (or a session's refresh) is the connection's, not the work's.
  if (!tally || path.startsWith('/auth/')) return;
  const write = method !== 'GET';
  if (write) await tally.admit();
  tally.count(write);
}
