/**
 * Worker thread for parallel.ts: runs the named job (jobs.ts) on the items it
 * is sent and answers each batch on its port, bumping a shared counter so the
 * blocked main thread wakes up. Errors are sent back as data, never thrown
 * across the thread: the main thread redoes those items and reports them.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { JOBS, type JobName } from './jobs.ts';
import { takeTimings, type StageSpan } from './timings.ts';

/** A batch of items for one job, by their index in the caller's list. */
export interface Task {
  job: JobName;
  items: { index: number; item: unknown }[];
}

/** One item's outcome. */
export type ItemReply = { index: number; result: unknown } | { index: number; error: { name: string; message: string } };

/** A batch's outcomes with the stage spans this thread measured since its last reply; `ready` alone once loaded. */
export interface Reply {
  ready?: true;
  results?: ItemReply[];
  spans?: Record<string, StageSpan>;
}

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

const answer = (message: Reply) => {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};

port.on('message', (task: Task) => {
  const run = JOBS[task.job] as (item: unknown) => unknown;
  const results = task.items.map(({ index, item }): ItemReply => {
    try {
      return { index, result: run(item) };
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      return { index, error: { name: e.name, message: e.message } };
    }
  });
  answer({ results, spans: takeTimings() });
});
// Loaded (compromise included): from now on, silence means a stuck worker.
answer({ ready: true });
