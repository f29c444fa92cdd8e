// Describes the machine a benchmark ran on, so figures from different machines are not compared blindly.
import * as fs from 'node:fs';
import * as os from 'node:os';

export function describeMachine(): string {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (model) cpu = model[1].trim();
  } catch {
    // Not Linux: os.cpus() already named the CPU.
  }
  const memoryGB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpu}, ${os.availableParallelism()} cores, ${memoryGB} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** The 1-minute load average, and how it compares with the cores (other work on the machine skews every timing). */
export function describeLoad(): string {
  const [oneMinute] = os.loadavg();
  return `load average ${oneMinute.toFixed(1)} on ${os.availableParallelism()} cores`;
}

/** Peak and current resident memory of a process in MB, from /proc/<pid>/status (Linux only; undefined elsewhere). */
export function residentMemoryMB(pid: number | 'self' = 'self'): { peak: number; current: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kB = (field: string) => Number(new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, 'm').exec(status)?.[1]);
    const peak = kB('VmHWM');
    const current = kB('VmRSS');
    return Number.isFinite(peak) && Number.isFinite(current) ? { peak: peak / 1024, current: current / 1024 } : undefined;
  } catch {
    return undefined;
  }
}
