// Temp files are written beside their target and renamed over it; a kill or a full disk
// can leave one behind (`.name.<pid>.<n>.tmp`, a multi-MB export among them). The next run
// that writes there removes those whose process is gone — never a live process's.
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** `.<name>.<pid>.<anything>.tmp`, as written by writeFileDurably, saveDeckFile and export. */
const TEMP_FILE = /^\.(.+)\.(\d+)\.[^.]+\.tmp$/;

/** Remove abandoned temp files in `dir` (only those of `name`, when given). Returns how many. */
export async function removeAbandonedTemps(dir: string, name?: string): Promise<number> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    const match = TEMP_FILE.exec(entry);
    if (!match || (name !== undefined && match[1] !== name) || !processIsGone(Number(match[2]))) continue;
    await rm(path.join(dir, entry), { force: true });
    removed += 1;
  }
  return removed;
}

function processIsGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
