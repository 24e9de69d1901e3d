// Promise 3: a damaged store is never overwritten. Whatever is wrong with a store file,
// `review` refuses before its first write, names the file and what is wrong, and points to
// the newest good backup and `briefdeck restore`; every byte in storage stays as it was
// (the backups too: a damaged store is never backed up over a good backup). Restore then
// brings the backup back and reviewing works again.
// The first damage goes through the real CLI process, as a user meets it; the others, and the
// days of backups, run the same command lines in-process (they exercise the store's checks,
// not the process around them) — a process start each would cost ~50 of them.
import { cpSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/built-cli.js';
import { filesUnder } from '../store/fixtures/store-dir.js';
import { numberedDeck, savedAnswersIn, writeDecks } from './helpers/numbered-deck.js';
import { privateCli } from './helpers/private-cli.js';
import { answersInStore, type SeenAnswer } from './helpers/read-answers.js';
import { runCliAsync, runCliInProcess, type CliOptions, type CliRun } from './helpers/run-cli.js';

const DAY1 = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
const DAY2 = { BRIEFDECK_NOW: '2026-03-03T09:00:00Z' };
const DAY3 = { BRIEFDECK_NOW: '2026-03-04T09:00:00Z' };
const GOOD_BACKUP = '2026-03-03';
const PROGRESS = path.join('progress', 'numbered01.json');

let cli: string;
type Via = 'the real process' | 'in-process';
const run = (via: Via, args: string[], options: CliOptions): Promise<CliRun> =>
  via === 'the real process' ? runCliAsync(cli, args, options) : runCliInProcess(args, options);
let template: { decks: string; storage: string; backedUp: SeenAnswer[] };

/** Day 1: two answers. Day 2: its backup holds those two; one more answer after it. */
beforeAll(async () => {
  cli = await privateCli();
  const root = tempDir('damage');
  const decks = writeDecks(path.join(root, 'decks'), [numberedDeck(10)]);
  const storage = path.join(root, 'storage');
  const args = ['--decks-dir', decks, '--storage', storage];
  const day1 = await runCliInProcess(['review', '--plain', ...args], { input: '5\n4\n', env: DAY1 });
  const day2 = await runCliInProcess(['review', '--plain', ...args], { input: '5\n', env: DAY2 });
  expect([day1.stderr, day2.stderr]).toEqual(['', '']);
  expect(savedAnswersIn(day2.stdout)).toHaveLength(1);
  template = { decks, storage, backedUp: savedAnswersIn(day1.stdout) };
});

function copyOfTemplate(): { storage: string; args: string[] } {
  const storage = path.join(tempDir('damaged'), 'storage');
  cpSync(template.storage, storage, { recursive: true });
  return { storage, args: ['--decks-dir', template.decks, '--storage', storage] };
}

const edit = (file: string, change: (text: string) => string) => (storage: string) => {
  const full = path.join(storage, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
};
const logLines = (text: string) => text.trimEnd().split('\n');

/** [what, damage, the file named, words of what is wrong] */
const damages: [string, (storage: string) => void, string, RegExp][] = [
  ['a truncated progress file', (s) => truncateSync(path.join(s, PROGRESS), 100), PROGRESS, /is not valid JSON/],
  ['a log cut in the middle', (s) => truncateSync(path.join(s, 'reviews.jsonl'), 300), 'reviews.jsonl', /ends at seq 0, but progress\S+ has applied answers up to seq 3/],
  ['an emptied log', (s) => truncateSync(path.join(s, 'reviews.jsonl'), 0), 'reviews.jsonl', /ends at seq 0/],
  ['meta.json that is not JSON', edit('meta.json', () => '<html>503 Service Unavailable</html>'), 'meta.json', /is not valid JSON/],
  ['meta.json of the wrong shape', edit('meta.json', () => '{"schema":1,"decks":[]}'), 'meta.json', /has a bad field createdAt/],
  ['a missing meta.json beside review history', (s) => unlinkSync(path.join(s, 'meta.json')), 'meta.json', /is missing, but the store holds review history/],
  [
    'every data file deleted while backups exist',
    (s) => {
      for (const name of ['meta.json', 'reviews.jsonl', 'reviews.index', 'progress']) rmSync(path.join(s, name), { recursive: true, force: true });
    },
    'meta.json',
    /is missing, with the rest of the store, but backups of it exist/,
  ],
  [
    'a progress card hand-edited to easiness "abc"',
    edit(PROGRESS, (text) => text.replace(/"easiness":[\d.]+/, '"easiness":"abc"')),
    PROGRESS,
    /has a bad field cards\.item\d+\.1\.easiness/,
  ],
  ...(
    [
      ['easiness 0.5', /"easiness":[\d.]+/, '"easiness":0.5', 'easiness', /at least 1\.3/],
      ['easiness 2.555', /"easiness":[\d.]+/, '"easiness":2.555', 'easiness', /whole hundredths/],
      ['easiness 1e6', /"easiness":[\d.]+/, '"easiness":1e6', 'easiness', /below 1000/],
      ['interval 1e15', /"interval":\d+/, '"interval":1e15', 'interval', /at most 36500 days/],
      ['due 2026-13-45', /"due":"[\d-]+"/, '"due":"2026-13-45"', 'due', /a day that exists/],
      ['three repetitions and interval 0', /"repetitions":\d+,"easiness":([\d.]+),"interval":\d+/, '"repetitions":3,"easiness":$1,"interval":0', 'interval', /at least 1 day once repeated/],
    ] as const
  ).map(([what, from, to, field, why]): [string, (storage: string) => void, string, RegExp] => [
    `a progress card with ${what} (passes a loose schema, breaks the scheduler)`,
    edit(PROGRESS, (text) => {
      const changed = text.replace(from, to);
      if (changed === text) throw new Error(`test: ${String(from)} not found in the progress file`);
      return changed;
    }),
    PROGRESS,
    new RegExp(`has a bad field cards\\.item\\d+\\.1\\.${field}: .*${why.source}`),
  ]),
  [
    'a garbage line in the middle of the log',
    edit('reviews.jsonl', (text) => {
      const lines = logLines(text);
      lines[1] = 'garbage';
      return `${lines.join('\n')}\n`;
    }),
    'reviews.jsonl',
    /line 2 is not a complete JSON entry/,
  ],
  [
    'log lines swapped by hand',
    edit('reviews.jsonl', (text) => {
      const [a, b, c] = logLines(text);
      return `${[b, a, c].join('\n')}\n`;
    }),
    'reviews.jsonl',
    /line 1 has seq 2/,
  ],
];

/** Each damage with how it is run: the first through the real CLI process. */
const cases = damages.map(([what, damage, file, problem], i): [string, Via, (storage: string) => void, string, RegExp] => [
  what,
  i === 0 ? 'the real process' : 'in-process',
  damage,
  file,
  problem,
]);

describe('a damaged store', () => {
  test.each(cases)('%s (%s): review refuses, names the file and the way back, writes nothing; restore brings the backup back', async (_what, via, damage, file, problem) => {
    const { storage, args } = copyOfTemplate();
    damage(storage);
    const before = filesUnder(storage);

    const refused = await run(via, ['review', '--plain', ...args], { input: '5\n5\n', env: DAY3 });
    expect(refused.status).toBe(1);
    expect(refused.stdout).not.toMatch(/Saved:/);
    const lines = refused.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`briefdeck: ${path.join(storage, file)} `);
    expect(lines[0]).toMatch(problem);
    expect(lines[0]).toContain(`nothing was written; newest good backup: ${GOOD_BACKUP} — restore it with: briefdeck restore ${GOOD_BACKUP}`);
    expect(filesUnder(storage)).toEqual(before);

    const restored = await run(via, ['restore', ...args], { env: DAY3 });
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(await answersInStore(storage)).toEqual(template.backedUp);
    const after = await run(via, ['review', '--plain', ...args], { input: '4\n', env: DAY3 });
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
    expect(await answersInStore(storage)).toEqual([...template.backedUp, ...savedAnswersIn(after.stdout)]);
  }, 60_000);
});

describe('daily backups', () => {
  test('one per day the store is opened for writing, taken before that day’s answers, the last 7 kept', async () => {
    const { storage, args } = copyOfTemplate();
    const days = Array.from({ length: 10 }, (_, i) => new Date(Date.parse('2026-03-04T09:00:00Z') + i * 86_400_000).toISOString());
    // The last day through the real process, the days before in-process.
    for (const [i, day] of days.entries()) {
      const review = await run(i === days.length - 1 ? 'the real process' : 'in-process', ['review', '--plain', ...args], { input: '5\n', env: { BRIEFDECK_NOW: day } });
      expect(review.stderr).toBe('');
    }
    const backups = Object.keys(filesUnder(path.join(storage, 'backups')))
      .map((file) => file.split(path.sep)[0]!)
      .filter((name, i, all) => all.indexOf(name) === i)
      .sort();
    expect(backups).toEqual(days.slice(-7).map((day) => day.slice(0, 10)));

    // Opened again the same day: that day's backup stays as it was, the first picture of the day.
    const newest = path.join(storage, 'backups', backups.at(-1)!);
    const newestBefore = filesUnder(newest);
    await runCliInProcess(['review', '--plain', ...args], { input: '5\n', env: { BRIEFDECK_NOW: days.at(-1)!.replace('T09', 'T18') } });
    expect(filesUnder(newest)).toEqual(newestBefore);
    // Each backup is a whole store holding the answers of the days before it.
    const all = await answersInStore(storage);
    expect(await answersInStore(newest)).toEqual(all.slice(0, 3 + days.length - 1));
  }, 90_000);
});
