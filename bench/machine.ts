// What the figures were measured on: they mean little without the machine and its load.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  fileSystem: string;
  /** 1-minute load average when the run started and ended: above `cores`, others were running. */
  loadAtStart: number;
  loadAtEnd?: number;
}

function fileSystemOf(dir: string): string {
  try {
    return execFileSync('df', ['-T', dir], { encoding: 'utf8' }).split('\n')[1]?.split(/\s+/)[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    fileSystem: `${fileSystemOf(os.tmpdir())} (${os.tmpdir()})`,
    loadAtStart: os.loadavg()[0]!,
  };
}

export function machineLine(machine: Machine): string {
  const load = `load ${machine.loadAtStart.toFixed(1)}${machine.loadAtEnd === undefined ? '' : ` → ${machine.loadAtEnd.toFixed(1)}`}`;
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.platform}, ${machine.fileSystem}; ${load}`;
}
