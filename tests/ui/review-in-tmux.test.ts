// One run in a real terminal (tmux, 80×24), as a user sees it: the review screen fits, a tall
// back is cut to a window, a resize leaves no stale copies, and quitting ends on the summary.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Deck } from '../../src/deck/types.js';
import { smallDeck } from '../fixtures/small-deck.js';
import { buildCli, CLI, tempDir } from '../helpers/built-cli.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const QUOTE =
  '“When I arrived in November 2022, there were seven names on the list of political prisoners, which had been going down ' +
  'steadily, and we raised every one of them at every meeting we had with the government, in Astana and in Almaty, and with ' +
  'the people around the president, and now there are 23, which is not a good trend at all for a country that says it reforms”';
const tallDeck: Deck = {
  ...smallDeck,
  notes: [
    {
      id: 'noteQuote01',
      fingerprint: 'f4',
      kind: 'quote',
      cardKinds: ['quote'],
      text: `${QUOTE} — {{c1::Daniel Rosenblum::who said it?}}`,
      extra: `Speaker: U.S. Ambassador to Kazakhstan Daniel Rosenblum\n${QUOTE}, Rosenblum said in an interview with VOA on Jan. 4.`,
      section: 'Economic and political aspects',
      tags: ['kind::quote'],
    },
    ...smallDeck.notes,
  ],
};

beforeAll(buildCli);

let tmux: (...args: string[]) => string = () => '';
// The server and the pane's processes are gone before the test's temp folder is removed (this
// hook runs before the temp folder's): on a loaded machine a pane still exiting could otherwise
// write into the folder after it was removed.
afterEach(async () => {
  try {
    tmux('kill-server');
  } catch {
    // already gone
  }
  for (let i = 0; i < 60; i++) {
    try {
      tmux('has-session');
    } catch {
      break;
    }
    await sleep(50);
  }
  await sleep(100);
});

/** The screen as text, polled until `ready` holds (or 15 s pass). */
async function screenWhen(ready: (screen: string) => boolean): Promise<string> {
  let screen = '';
  for (let i = 0; i < 150; i++) {
    screen = tmux('capture-pane', '-p');
    if (ready(screen)) return screen;
    await sleep(100);
  }
  return screen;
}

describe.skipIf(!hasTmux)('review in a real terminal', () => {
  test('80×24: fits, a tall back is cut with a way on, resizing leaves one header, q ends on the summary', async () => {
    const root = tempDir('tmux');
    writeFileSync(join(root, 'small-deck.json'), JSON.stringify(tallDeck));
    const env: NodeJS.ProcessEnv = { ...process.env, TMUX_TMPDIR: root };
    delete env.TMUX;
    tmux = (...args) => execFileSync('tmux', ['-L', 'briefdeck-test', ...args], { env, encoding: 'utf8' });
    const editor = join(root, 'edit.sh');
    writeFileSync(editor, `#!/bin/sh\nsed -i 's/were seven names/were 7 names/' "$1"\n`, { mode: 0o755 });
    const command = `env -u CI EDITOR=${editor} VISUAL= NO_COLOR=1 BRIEFDECK_TZ=UTC BRIEFDECK_NOW=2026-03-02T09:00:00Z node ${CLI} review --decks-dir ${root} --storage ${join(root, 'storage')}; sleep 30`;
    tmux('new-session', '-d', '-x', '80', '-y', '24', command);

    await screenWhen((s) => s.includes('who said it?'));
    tmux('send-keys', ' ');
    let screen = await screenWhen((s) => s.includes('5 · perfect'));
    let lines = screen.split('\n');
    expect(lines[0]).toBe('Small deck');
    expect(screen).toContain('— Daniel Rosenblum');
    expect(screen).toMatch(/↓\/j: more · back lines 1–\d+ of \d+/);

    // At each size: one header, at the top, and every grade (whole or short).
    for (const [x, y] of [[60, 20], [120, 40], [80, 24]] as const) {
      tmux('resize-window', '-x', String(x), '-y', String(y));
      await sleep(500);
      screen = await screenWhen((s) => /5 (· )?perfect/.test(s));
      lines = screen.split('\n');
      expect(lines[0], `at ${x}×${y}:\n${screen}`).toBe('Small deck');
      expect(lines.filter((l) => l === 'Small deck'), `at ${x}×${y}:\n${screen}`).toHaveLength(1);
      expect(lines.filter((l) => l.includes('new · 0 repeat')), `at ${x}×${y}:\n${screen}`).toHaveLength(1);
    }

    // e: the note in $EDITOR (here a script), then the review goes on with the fix on screen.
    tmux('send-keys', 'e');
    screen = await screenWhen((s) => s.includes('were 7 names') && /5 (· )?perfect/.test(s));
    expect(screen).toContain('Saved note noteQuote01 in deck "small-deck"');
    expect(screen.split('\n').filter((l) => l === 'Small deck')).toHaveLength(1);

    tmux('send-keys', '5');
    await screenWhen((s) => s.includes('[___ amount ___]'));
    tmux('send-keys', 'q');
    screen = await screenWhen((s) => s.includes('Your answers are saved.'));
    expect(screen).toContain('Session ended');
    expect(screen).toMatch(/cards done\s+1/);
  }, 60_000);
});
