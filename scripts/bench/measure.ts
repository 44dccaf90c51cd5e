/**
 * Run a command and measure it: wall time, and peak memory as the largest sum
 * of resident set sizes over the whole process tree (the build and whatever
 * it spawns, e.g. Pagefind's binary), sampled from /proc every ~100 ms.
 * Summed RSS counts shared pages once per process, so it errs high.
 * CPU time (user + system of the whole tree, from the shell's `times`) is
 * reported too: on a shared machine it moves less than wall time does.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measured {
  ms: number;
  /** Largest summed RSS of the tree seen, in bytes (0 where /proc is unavailable). */
  peakRss: number;
  /** User + system CPU time of the command and all its descendants, in ms (null when it could not be read). */
  cpuMs: number | null;
  code: number | null;
  /** Set when the tree was stopped for going over `maxRss`. */
  overMemory: boolean;
  stdout: string;
  stderr: string;
}

/** Process groups still running: stopped if the bench itself is interrupted (they do not share its terminal group). */
const running = new Set<number>();
let cleanupInstalled = false;
function stopRunning(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', stopRunning);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      stopRunning();
      process.exit(130);
    });
  }
}

let pageSize = 0;
function pageBytes(): number {
  if (!pageSize) {
    try {
      pageSize = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
    } catch {
      pageSize = 4096;
    }
  }
  return pageSize;
}

/** Parent pid of every process, from /proc/<pid>/stat (field 4, after the parenthesised name). */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(name), Number(rest[1]));
    } catch {
      // the process ended between readdir and read
    }
  }
  return out;
}

/** Summed RSS of `root` and all its descendants, in bytes. */
export function treeRss(root: number): number {
  const ppid = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of ppid) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let pages = 0;
  for (const pid of tree) {
    try {
      pages += Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    } catch {
      // ended meanwhile
    }
  }
  return pages * pageBytes();
}

/** Children's user and system time from bash's `times` (its second line, e.g. `1m2.345s 0m3.210s`), in ms. */
export function parseTimes(text: string): number | null {
  const line = text.trim().split('\n')[1];
  const m = line && /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(line.trim());
  return m ? Math.round((Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000) : null;
}

/**
 * Run `cmd args` to completion, sampling its tree's memory. Output is captured, not shown.
 * With `maxRss`, a tree that goes over it is killed (the machine may be shared): `overMemory` says so.
 */
export function measure(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number; maxRss?: number }): Promise<Measured> {
  const hasProc = fs.existsSync('/proc/self/statm');
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // bash runs the command, then reports its children's CPU time on fd 3, apart from the command's own output.
    // Its own process group, so the whole tree can be stopped at once.
    const child = spawn('bash', ['-c', '"$0" "$@" 3>&-; code=$?; times >&3; exit $code', cmd, ...args], {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    installCleanup();
    if (child.pid) running.add(child.pid);
    let stdout = '';
    let stderr = '';
    let times = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (times += d.toString()));
    let peak = 0;
    let overMemory = false;
    const sample = () => {
      if (!hasProc || !child.pid) return;
      peak = Math.max(peak, treeRss(child.pid));
      if (opts.maxRss && peak > opts.maxRss && !overMemory) {
        overMemory = true;
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    };
    const timer = setInterval(sample, opts.intervalMs ?? 100);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (child.pid) running.delete(child.pid);
      resolve({ ms: performance.now() - t0, peakRss: peak, cpuMs: parseTimes(times), code, overMemory, stdout, stderr });
    });
  });
}
