import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { BATCH, JOBS, type JobInput, type JobName, type JobOutput } from './jobs.ts';
import type { Reply, Task } from './source-worker.ts';
import { mergeTimings } from './timings.ts';

/**
 * Below this many sources to process, threads cost more than they save: each
 * loads compromise and its lexicon (about a second) before its first source.
 */
export const PARALLEL_MIN = 40;
/** A worker that has not said it is ready, or has not answered, within this is given up (its items are done here). */
const STALL_MS = 60_000;

/** How many threads to use in all (this one included): BRIEFING_THREADS, else every core. */
export function threadCount(): number {
  const env = Number(process.env.BRIEFING_THREADS);
  return Number.isInteger(env) && env >= 1 ? env : os.availableParallelism();
}

/** Options of openPool (defaults suit builds; tests lower them). */
export interface ParallelOptions {
  /** Fewest sources worth starting threads for. Default PARALLEL_MIN. */
  min?: number;
  /** Threads in all, this one included. Default threadCount(). */
  threads?: number;
}

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** Indices sent and not answered. */
  out: Set<number>;
  lastHeard: number;
  dead: boolean;
}

/**
 * Worker threads kept for several rounds of work (loading compromise is the
 * costly part of starting one). Synchronous on purpose (the pipeline is): the
 * calling thread blocks on a shared counter, reads replies with
 * receiveMessageOnPort, and works through the queue itself meanwhile.
 */
export class ThreadPool {
  readonly #helpers: Helper[];
  readonly #signal = new Int32Array(new SharedArrayBuffer(4));
  /** Indices for start(): above any map() index, so a late reply of one is never taken for the other. */
  #started = 2 ** 31;

  constructor(helpers: number) {
    this.#helpers = Array.from({ length: helpers }, () => {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(new URL('./source-worker.ts', import.meta.url), { workerData: { port: port2, signal: this.#signal }, transferList: [port2] });
      worker.unref();
      return { worker, port: port1, out: new Set<number>(), lastHeard: Date.now(), dead: false };
    });
  }

  /**
   * `local` (by default the job itself) over every item, on every thread, results
   * in input order. An item a worker fails on is redone here, so input errors are
   * thrown exactly as without threads. A helper still busy with a start()ed
   * item takes no part.
   */
  map<J extends JobName>(job: J, items: readonly JobInput<J>[], local: (item: JobInput<J>) => JobOutput<J> = JOBS[job] as never): JobOutput<J>[] {
    const results: (JobOutput<J> | undefined)[] = new Array(items.length);
    const retry: number[] = [];
    const queue = items.map((_, i) => i);
    const send = (h: Helper) => {
      const batch = queue.splice(0, BATCH[job]).map((index) => ({ index, item: items[index] }));
      if (!batch.length) return;
      for (const { index } of batch) h.out.add(index);
      h.lastHeard = Date.now();
      h.port.postMessage({ job, items: batch } satisfies Task);
    };
    const drain = (h: Helper) => {
      for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) {
        const reply = m.message as Reply;
        h.lastHeard = Date.now();
        if (reply.spans) mergeTimings(reply.spans);
        for (const r of reply.results ?? []) {
          // A late answer from an earlier round (a helper given up on) is not this round's.
          if (!h.out.delete(r.index)) continue;
          if ('result' in r) results[r.index] = r.result as JobOutput<J>;
          else retry.push(r.index);
        }
      }
      if (h.out.size === 0 && !h.dead) send(h);
    };
    const giveUp = (h: Helper) => {
      queue.push(...h.out);
      this.#retire(h);
    };

    const helpers = this.#helpers.filter((h) => !h.dead && h.out.size === 0);
    for (const h of helpers) send(h);
    let seen = Atomics.load(this.#signal, 0);
    for (;;) {
      for (const h of helpers) if (!h.dead) drain(h);
      const busy = helpers.filter((h) => !h.dead && h.out.size > 0);
      const next = queue.shift();
      if (next !== undefined) results[next] = local(items[next]!);
      else if (!busy.length) break;
      else {
        if (Atomics.load(this.#signal, 0) === seen) Atomics.wait(this.#signal, 0, seen, 1000);
        seen = Atomics.load(this.#signal, 0);
        for (const h of busy) if (Date.now() - h.lastHeard > STALL_MS) giveUp(h);
      }
    }
    for (const i of retry) results[i] = local(items[i]!);
    return results as JobOutput<J>[];
  }

  /**
   * Start `job` on one item on an idle helper and return at once; the returned
   * function blocks until the result. The item is done here instead when no
   * helper is idle, when the helper fails on it, or when it stays silent for
   * STALL_MS once the caller waits, so the answer is always the job's own.
   */
  start<J extends JobName>(job: J, item: JobInput<J>): () => JobOutput<J> {
    const local = () => (JOBS[job] as (i: JobInput<J>) => JobOutput<J>)(item);
    const h = this.#helpers.find((x) => !x.dead && x.out.size === 0);
    if (!h) return local;
    const index = this.#started++;
    h.out.add(index);
    h.port.postMessage({ job, items: [{ index, item }] } satisfies Task);
    return () => {
      const since = Date.now();
      let seen = Atomics.load(this.#signal, 0);
      for (;;) {
        for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) {
          const reply = m.message as Reply;
          if (reply.spans) mergeTimings(reply.spans);
          const mine = reply.results?.find((r) => r.index === index);
          if (mine && h.out.delete(index)) return 'result' in mine ? (mine.result as JobOutput<J>) : local();
        }
        if (Date.now() - since > STALL_MS) {
          this.#retire(h);
          return local();
        }
        if (Atomics.load(this.#signal, 0) === seen) Atomics.wait(this.#signal, 0, seen, 1000);
        seen = Atomics.load(this.#signal, 0);
      }
    };
  }

  /** Stop using a helper that went silent: its items are the caller's to redo. */
  #retire(h: Helper): void {
    h.dead = true;
    h.out.clear();
    void h.worker.terminate();
  }

  close(): void {
    for (const h of this.#helpers) if (!h.dead) void h.worker.terminate();
  }
}

/** A pool for `count` sources, or null when threads would cost more than they save. */
export function openPool(count: number, options: ParallelOptions = {}): ThreadPool | null {
  const helpers = Math.min((options.threads ?? threadCount()) - 1, Math.floor(count / BATCH.record));
  return count < (options.min ?? PARALLEL_MIN) || helpers < 1 ? null : new ThreadPool(helpers);
}

/** `pool.map`, or the plain loop on this thread when there is no pool. */
export function mapOn<J extends JobName>(pool: ThreadPool | null, job: J, items: readonly JobInput<J>[]): JobOutput<J>[] {
  const local = JOBS[job] as (item: JobInput<J>) => JobOutput<J>;
  return pool ? pool.map(job, items) : items.map((item) => local(item));
}
