/**
 * Worker thread for parallel.ts: runs processSource on the sources it is sent
 * and answers on its port, bumping a shared counter so the blocked main thread
 * wakes up. Errors are sent back as data, never thrown across the thread.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { RawSource } from '../model/types.ts';
import { sentenceNlp } from './sentence-nlp.ts';
import { processSource, type SourceResult } from './source-stage.ts';
import { takeTimings, type StageSpan } from './timings.ts';

/** A batch of sources to process, by their index in the caller's list. */
export interface Task {
  items: { index: number; raw: RawSource }[];
}

/** One source's outcome, with the stage spans this thread measured since its last reply. */
export type Reply = { spans?: Record<string, StageSpan> } & (
  | { index: number; result: SourceResult }
  | { index: number; error: { name: string; message: string; file: string } }
);

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

const answer = (message: Reply | { ready: true }) => {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};

port.on('message', (task: Task) => {
  for (const { index, raw } of task.items) {
    let reply: Reply;
    try {
      const result = processSource(raw, (text) => sentenceNlp.peek(text));
      sentenceNlp.add(Object.entries(result.nlp));
      reply = { index, result };
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      reply = { index, error: { name: e.name, message: e.message, file: raw.file } };
    }
    answer({ ...reply, spans: takeTimings() });
  }
});
// Loaded (compromise included): from now on, silence means a stuck worker.
answer({ ready: true });
