// Two or more builds of the CLI compared on the first frame of `briefdeck review`, interleaved
// with `node -e 0` so every build sees the same machine load (the order rotates each round):
//   npx tsx bench/first-frame-ab.ts [--node PATH] [--runs N] [--tz ZONE] DIST_A DIST_B …
// DIST is a built dist/ folder (copy one aside before a change to compare against it). --tz
// sets TZ (the system zone as the CLI sees it); BRIEFDECK_TZ stays unset, as for a user. On a
// busy machine the lower quartile moves less than the median: both are printed.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median, percentile } from './stats.js';
import { FIRST_FRAME_ENV, reviewCommand, timeFirstFrame, timeInPty } from './startup.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { node: { type: 'string' }, runs: { type: 'string' }, tz: { type: 'string' } },
});
if (positionals.length === 0) {
  console.error('usage: npx tsx bench/first-frame-ab.ts [--node PATH] [--runs N] [--tz ZONE] DIST_A [DIST_B …]');
  process.exit(2);
}
const node = values.node ?? process.execPath;
const runs = Number(values.runs ?? 10);
const env = { ...FIRST_FRAME_ENV, ...(values.tz ? { TZ: values.tz } : {}) };
const builds = positionals.map((dist) => path.resolve(dist, 'briefdeck.js'));
const storages = builds.map(() => mkdtempSync(path.join(os.tmpdir(), 'briefdeck-bench-ab-')));
const commands = builds.map((cli, i) => reviewCommand(node, cli, storages[i]!));
const bare = `${node} -e 0`;
const loadBefore = os.loadavg()[0]!;

try {
  for (const command of commands) await timeFirstFrame(command, env); // creates each store, takes its backup
  const times: number[][] = builds.map(() => []);
  const bares: number[] = [];
  for (let round = 0; round < runs; round += 1) {
    bares.push(await timeInPty(bare, null, env));
    for (let k = 0; k < commands.length; k += 1) {
      const i = (round + k) % commands.length;
      times[i]!.push(await timeFirstFrame(commands[i]!, env));
    }
  }
  const base = median(bares);
  console.log(`node ${node} (${runs} rounds, TZ=${env.TZ ?? 'system'}), load ${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`);
  console.log(`node -e 0: median ${base.toFixed(0)} ms, lower quartile ${percentile(bares, 25).toFixed(0)} ms`);
  builds.forEach((cli, i) => {
    const m = median(times[i]!);
    const quartile = percentile(times[i]!, 25);
    console.log(
      `${positionals[i]}: median ${m.toFixed(0)} ms, ${(m / base).toFixed(2)}× node -e 0; lower quartile ${quartile.toFixed(0)} ms, ` +
        `${(quartile / percentile(bares, 25)).toFixed(2)}× node -e 0's`,
    );
  });
} finally {
  for (const storage of storages) rmSync(storage, { recursive: true, force: true });
}
