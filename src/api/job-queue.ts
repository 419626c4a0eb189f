/**
 * The mechanism shared by the run, comparison and survey queues: work runs off the request path,
 * at most `maxConcurrent` jobs at once and at most `maxQueued` waiting; live progress is kept in
 * memory; stopping or shutting down aborts a running job through its signal and ends it in the store.
 */

/** How a stopped job ends. */
export type StopStatus = 'cancelled' | 'interrupted';

const REASONS: Record<StopStatus, string> = {
  cancelled: 'cancelled by request',
  interrupted: 'the server shut down',
};

/** What one kind of job does; the queue does the rest. */
export interface JobKind<J extends { id: string }> {
  /** Names a job in log lines, e.g. 'run'. */
  noun: string;
  /** Moves the stored job from queued to running; false if it was not queued. */
  markRunning(id: string): Promise<boolean>;
  /** Does the work and stores its outcome; throws to fail it (and when `signal` aborts). */
  perform(job: J, signal: AbortSignal, setProgress: (fraction: number) => void): Promise<void>;
  /** Ends a queued or running job in the store without a result. */
  end(id: string, status: StopStatus | 'failed', error: string): Promise<unknown>;
}

export interface JobQueueOptions {
  maxConcurrent: number;
  maxQueued: number;
  log?: ((message: string) => void) | undefined;
}

export interface JobQueue<J extends { id: string }> {
  /** False when the queue is full or shutting down: the caller answers 429 or 503. */
  enqueue(job: J): boolean;
  hasRoom(): boolean;
  /** Ends a waiting or running job; resolves once it has stopped. False if it was neither. */
  stop(id: string, status?: StopStatus): Promise<boolean>;
  /** Live progress of a running job. */
  progressOf(id: string): number | undefined;
  /** Stops taking work, lets running jobs finish within `graceMs`, then interrupts the rest. */
  shutdown(graceMs: number): Promise<void>;
  readonly closed: boolean;
}

interface Active {
  controller: AbortController;
  progress: number;
  settled: Promise<void>;
}

export function createJobQueue<J extends { id: string }>(
  kind: JobKind<J>,
  options: JobQueueOptions,
): JobQueue<J> {
  const { maxConcurrent, maxQueued } = options;
  const log = options.log ?? (() => {});
  const waiting: J[] = [];
  const active = new Map<string, Active>();
  let closed = false;

  const execute = async (job: J, entry: Active) => {
    const { signal } = entry.controller;
    if (!(await kind.markRunning(job.id))) return;
    try {
      await kind.perform(job, signal, (fraction) => {
        entry.progress = fraction;
      });
    } catch (error) {
      if (signal.aborted) {
        const status = signal.reason === 'interrupted' ? 'interrupted' : 'cancelled';
        await kind.end(job.id, status, REASONS[status]);
      } else {
        log(`${kind.noun} ${job.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
        await kind.end(job.id, 'failed', error instanceof Error ? error.message : String(error));
      }
    }
  };

  const pump = () => {
    while (!closed && active.size < maxConcurrent && waiting.length > 0) {
      const job = waiting.shift()!;
      const entry: Active = { controller: new AbortController(), progress: 0, settled: Promise.resolve() };
      active.set(job.id, entry);
      entry.settled = execute(job, entry)
        .catch((error: unknown) => log(`${kind.noun} ${job.id}: ${String(error)}`))
        .finally(() => {
          active.delete(job.id);
          pump();
        });
    }
  };

  const hasRoom = () => !closed && (active.size < maxConcurrent || waiting.length < maxQueued);

  return {
    get closed() {
      return closed;
    },
    hasRoom,
    enqueue(job) {
      if (!hasRoom()) return false;
      waiting.push(job);
      pump();
      return true;
    },
    async stop(id, status = 'cancelled') {
      const i = waiting.findIndex((j) => j.id === id);
      if (i >= 0) {
        waiting.splice(i, 1);
        await kind.end(id, status, REASONS[status]);
        return true;
      }
      const entry = active.get(id);
      if (!entry) return false;
      entry.controller.abort(status);
      await entry.settled;
      return true;
    },
    progressOf: (id) => active.get(id)?.progress,
    async shutdown(graceMs) {
      closed = true;
      for (const job of waiting.splice(0)) await kind.end(job.id, 'interrupted', REASONS.interrupted);
      const running = Promise.all([...active.values()].map((a) => a.settled));
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<'expired'>((resolve) => {
        timer = setTimeout(() => resolve('expired'), graceMs);
      });
      const outcome = await Promise.race([running.then(() => 'finished' as const), expired]);
      clearTimeout(timer);
      if (outcome === 'expired') {
        for (const entry of active.values()) entry.controller.abort('interrupted');
        await running;
      }
    },
  };
}
