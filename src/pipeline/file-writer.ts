import { Worker } from 'node:worker_threads';

/**
 * Files written on a thread of their own while this one goes on computing:
 * thousands of cache files cost seconds of write calls on a slow disk, and the
 * stages after them need none of those files. The process does not exit until
 * the thread has written everything it was sent.
 */
export class BackgroundWriter {
  readonly #worker = new Worker(new URL('./file-writer-worker.ts', import.meta.url));

  constructor() {
    // The files are caches: a thread that fails only leaves the next build more to redo.
    this.#worker.on('error', (err) => console.warn(`Cache files not written (${err.message}); the next build redoes those sources.`));
  }

  write(target: string, content: string): void {
    this.#worker.postMessage({ target, content });
  }

  /** No more files: the thread ends once it has written the last one. */
  end(): void {
    this.#worker.postMessage(null);
  }
}
