import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import type { Logger } from '../app/logger';
import type { JobQueue, UserImports } from './imports';

const QUEUE = 'odin-graphql-user-imports';

export interface BullOptions {
  redisUrl: string;
  /** Jobs this replica runs at once; 0: it only starts them. */
  concurrency: number;
  /** How long a worker holds a job without renewing: after a crash, the wait to take it over. */
  lockMs: number;
}

/**
 * With Redis: a BullMQ queue, and a worker in each replica. A worker that dies leaves its
 * job's lock to expire; another replica's worker then finds the job stalled and runs it
 * again, from the first unsettled row.
 */
export class BullJobQueue implements JobQueue {
  private readonly queue: Queue;
  private readonly worker?: Worker;
  private readonly connections: Redis[] = [];

  constructor(imports: UserImports, options: BullOptions, logger: Logger) {
    const connection = () => {
      // BullMQ's blocking commands wait as long as they need.
      const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
      redis.on('error', () => undefined);
      this.connections.push(redis);
      return redis;
    };
    this.queue = new Queue(QUEUE, { connection: connection() });
    this.queue.on('error', () => undefined);
    if (options.concurrency > 0) {
      this.worker = new Worker(QUEUE, (job) => imports.run(String(job.data.id)), {
        connection: connection(),
        concurrency: options.concurrency,
        lockDuration: options.lockMs,
        stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)),
        // A job is taken over as often as its workers die; its rows keep it from repeating.
        maxStalledCount: 1000,
      });
      this.worker.on('error', (err) =>
        logger.warn({ err: { message: err.message } }, 'job worker: Redis error'),
      );
    }
  }

  async add(id: string): Promise<void> {
    await this.queue.add(
      'import',
      { id },
      // A run that stops on a Redis error is run again; its rows keep it from repeating.
      {
        jobId: id,
        attempts: 20,
        backoff: { type: 'exponential', delay: 500 },
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }

  async close(): Promise<void> {
    await this.worker?.close(true);
    await this.queue.close();
    for (const c of this.connections) c.disconnect();
  }
}
