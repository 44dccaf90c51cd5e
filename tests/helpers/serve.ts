import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** MIME types for what a built site holds; wasm must be application/wasm for streaming compilation. */
export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** One response the server sent, for cost accounting. */
export interface Served {
  path: string;
  status: number;
  bytes: number;
}

/** A running static server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** Every response so far, in order (clear with `log.length = 0`). */
  log: Served[];
  close(): Promise<void>;
}

/**
 * Serve a folder over http on 127.0.0.1 at a random free port, read-only,
 * GET/HEAD only, never outside the folder. Directory URLs serve index.html.
 */
export async function serveDir(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const log: Served[] = [];
  const server = http.createServer((req, res) => {
    const send = (status: number, body: Buffer | string, type = 'text/plain; charset=utf-8') => {
      const buf = typeof body === 'string' ? Buffer.from(body) : body;
      res.writeHead(status, { 'content-type': type, 'content-length': buf.length, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : buf);
      log.push({ path: pathname, status, bytes: req.method === 'HEAD' ? 0 : buf.length });
    };
    let pathname = '/';
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(400, 'bad request');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let file = path.join(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) return send(403, 'forbidden');
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = fs.readFileSync(file);
      send(200, body, MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      // Browsers ask for /favicon.ico unprompted; a site without one should not fail a no-console-errors check.
      if (pathname === '/favicon.ico') return send(204, '');
      send(404, 'not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
