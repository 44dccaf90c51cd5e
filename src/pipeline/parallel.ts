import os from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { RawSource } from '../model/types.ts';
import type { SourceResult } from './source-stage.ts';
import type { Reply, Task } from './source-worker.ts';
import { mergeTimings } from './timings.ts';

/**
 * Below this many sources to process, threads cost more than they save: each
 * loads compromise and its lexicon (about a second) before its first source.
 */
export const PARALLEL_MIN = 40;
/** Sources per message to a worker: few enough to balance, enough to amortise messaging. */
const BATCH = 4;
/** A worker that has not said it is ready, or has not answered, within this is given up (its sources are done here). */
const STALL_MS = 60_000;

/** How many threads to use in all (this one included): BRIEFING_THREADS, else every core. */
export function threadCount(): number {
  const env = Number(process.env.BRIEFING_THREADS);
  return Number.isInteger(env) && env >= 1 ? env : os.availableParallelism();
}

/** Options of processAll (defaults suit builds; tests lower them). */
export interface ParallelOptions {
  /** Fewest sources worth starting threads for. Default PARALLEL_MIN. */
  min?: number;
  /** Threads in all, this one included. Default threadCount(). */
  threads?: number;
}

interface Helper {
  worker: Worker;
  port: MessagePort;
  ready: boolean;
  /** Indices sent and not answered. */
  out: Set<number>;
  lastHeard: number;
  dead: boolean;
}
type MessagePort = import('node:worker_threads').MessagePort;

/**
 * Run `local` over every source, in parallel across cores, with results in
 * input order. Synchronous on purpose (the pipeline is): this thread blocks on
 * a shared counter, reads replies with receiveMessageOnPort, and works through
 * the queue itself meanwhile. A source a worker fails on is redone here, so
 * input errors are thrown exactly as without threads.
 */
export function processAll(raws: RawSource[], local: (raw: RawSource) => SourceResult, options: ParallelOptions = {}): SourceResult[] {
  const min = options.min ?? PARALLEL_MIN;
  const helpers = Math.min((options.threads ?? threadCount()) - 1, Math.floor(raws.length / BATCH));
  if (raws.length < min || helpers < 1) return raws.map(local);

  const results: (SourceResult | undefined)[] = new Array(raws.length);
  const retry: number[] = [];
  const queue = raws.map((_, i) => i);
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const pool: Helper[] = Array.from({ length: helpers }, () => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./source-worker.ts', import.meta.url), { workerData: { port: port2, signal }, transferList: [port2] });
    worker.unref();
    return { worker, port: port1, ready: false, out: new Set<number>(), lastHeard: Date.now(), dead: false };
  });
  const send = (h: Helper) => {
    const items = queue.splice(0, BATCH).map((index) => ({ index, raw: raws[index]! }));
    if (!items.length) return;
    for (const { index } of items) h.out.add(index);
    h.port.postMessage({ items } satisfies Task);
  };
  const drain = (h: Helper) => {
    for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) {
      const reply = m.message as Reply | { ready: true };
      h.lastHeard = Date.now();
      if ('ready' in reply) h.ready = true;
      else {
        if (reply.spans) mergeTimings(reply.spans);
        h.out.delete(reply.index);
        if ('result' in reply) results[reply.index] = reply.result;
        else retry.push(reply.index);
      }
    }
    if (h.out.size === 0 && !h.dead) send(h);
  };
  const giveUp = (h: Helper) => {
    h.dead = true;
    queue.push(...h.out);
    h.out.clear();
    void h.worker.terminate();
  };

  try {
    for (const h of pool) send(h);
    let seen = 0;
    for (;;) {
      for (const h of pool) if (!h.dead) drain(h);
      const busy = pool.filter((h) => !h.dead && h.out.size > 0);
      const next = queue.shift();
      if (next !== undefined) results[next] = local(raws[next]!);
      else if (!busy.length) break;
      else {
        const now = Atomics.load(signal, 0);
        if (now === seen) Atomics.wait(signal, 0, seen, 1000);
        seen = Atomics.load(signal, 0);
        for (const h of busy) if (Date.now() - h.lastHeard > STALL_MS) giveUp(h);
      }
    }
  } finally {
    for (const h of pool) if (!h.dead) void h.worker.terminate();
  }
  for (const i of retry) results[i] = local(raws[i]!);
  return results as SourceResult[];
}
