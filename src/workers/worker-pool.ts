// A fixed pool of simulation worker threads with a task queue; a cancelled run's workers are
// terminated and replaced so the pool stays usable.
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage } from './simulation-worker.js';

interface Task {
  job: WorkerJob;
  owner: object;
  onProgress: (done: number) => void;
  resolve: (payload: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | undefined;
}

export interface WorkerPool {
  readonly size: number;
  /**
   * Runs the jobs of one run and resolves with each job's payload, in job order; rejects with an
   * AbortError when `signal` aborts.
   */
  runJobs(
    jobs: Omit<WorkerJob, 'jobId'>[],
    onProgress: (done: number) => void,
    signal?: AbortSignal,
  ): Promise<unknown[]>;
  /**
   * A shared buffer of at least `bytes` for a run's raw results, reused from an earlier run when one
   * is free: worker threads rarely collect garbage, so a fresh buffer per run would pile up.
   */
  acquireStorage(bytes: number): SharedArrayBuffer;
  releaseStorage(storage: SharedArrayBuffer): void;
  close(): Promise<void>;
}

/** Buffers kept for reuse between runs (a server runs a few at once). */
const SPARE_BUFFERS = 2;

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL(
  `./simulation-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

export function createWorkerPool(size: number): WorkerPool {
  let nextJobId = 1;
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let closed = false;
  let spare: SharedArrayBuffer[] = [];

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(BOOT, { workerData: { entry: ENTRY.href } }), task: undefined };
    slot.worker.on('message', (msg: WorkerMessage) => {
      const task = slot.task;
      if (!task || task.job.jobId !== msg.jobId) return;
      if (msg.type === 'progress') task.onProgress(msg.done);
      else {
        slot.task = undefined;
        slot.worker.unref();
        if (msg.type === 'done') task.resolve(msg.payload);
        else task.reject(new Error(msg.message));
        pump();
      }
    });
    slot.worker.on('error', (error) => {
      const task = slot.task;
      slot.task = undefined;
      task?.reject(error);
      replace(slot);
    });
    slot.worker.unref();
    return slot;
  };

  const replace = (slot: Slot) => {
    const i = slots.indexOf(slot);
    void slot.worker.terminate();
    if (i >= 0 && !closed) slots[i] = spawn();
    pump();
  };

  const pump = () => {
    for (const slot of slots) {
      if (slot.task || queue.length === 0) continue;
      const task = queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage(task.job);
    }
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    size,
    runJobs(jobs, onProgress, signal) {
      const owner = {};
      const promises = jobs.map(
        (job) =>
          new Promise<unknown>((resolve, reject) => {
            queue.push({ job: { ...job, jobId: nextJobId++ }, owner, onProgress, resolve, reject });
          }),
      );
      const all = Promise.all(promises);
      if (signal) {
        const abort = () => {
          const error = new DOMException('The run was cancelled', 'AbortError');
          for (let i = queue.length - 1; i >= 0; i--) {
            if (queue[i]!.owner === owner) queue.splice(i, 1)[0]!.reject(error);
          }
          for (const slot of [...slots]) {
            if (slot.task?.owner === owner) {
              const task = slot.task;
              slot.task = undefined;
              task.reject(error);
              replace(slot);
            }
          }
        };
        if (signal.aborted) abort();
        else signal.addEventListener('abort', abort, { once: true });
        all.finally(() => signal.removeEventListener('abort', abort)).catch(() => {});
      }
      pump();
      return all;
    },
    acquireStorage(bytes) {
      const fits = spare.filter((b) => b.byteLength >= bytes).sort((x, y) => x.byteLength - y.byteLength)[0];
      if (fits) {
        spare = spare.filter((b) => b !== fits);
        return fits;
      }
      // Nothing big enough: let the smaller spares go rather than hold them beside a new one.
      spare = [];
      return new SharedArrayBuffer(bytes);
    },
    releaseStorage(storage) {
      spare = [storage, ...spare].slice(0, SPARE_BUFFERS);
    },
    async close() {
      closed = true;
      spare = [];
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
