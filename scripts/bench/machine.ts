/** The machine and tool versions a benchmark ran with, for the report's header. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memBytes: number;
  os: string;
  kernel: string;
  node: string;
  versions: Record<string, string>;
  /** 1-minute load average when the run started: the machine may be shared. */
  load: number;
}

const read = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

const versionOf = (root: string, pkg: string) => {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

export function machineInfo(root: string): MachineInfo {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(read('/proc/cpuinfo'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const memKb = Number(/^MemTotal:\s*(\d+) kB/m.exec(read('/proc/meminfo'))?.[1] ?? 0);
  const osName = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(read('/etc/os-release'))?.[1] ?? os.type();
  return {
    cpu: cpu.trim(),
    cores: os.cpus().length,
    memBytes: memKb ? memKb * 1024 : os.totalmem(),
    os: osName,
    kernel: os.release(),
    node: process.version,
    versions: Object.fromEntries(['astro', '@astrojs/mdx', 'pagefind', 'compromise', 'chrono-node'].map((p) => [p, versionOf(root, p)])),
    load: os.loadavg()[0] ?? 0,
  };
}
