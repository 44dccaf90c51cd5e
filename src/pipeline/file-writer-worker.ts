/**
 * Worker thread for file-writer.ts: writes each file it is sent, in order,
 * and closes its port when sent null, so the thread ends once all are written.
 */
import { parentPort } from 'node:worker_threads';
import { writeAtomically } from './atomic-write.ts';

parentPort?.on('message', (file: { target: string; content: string } | null) => {
  if (file === null) parentPort?.close();
  else writeAtomically(file.target, file.content);
});
