import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, runCli, smallDeckWorkspace, tempDir } from '../helpers/built-cli.js';

beforeAll(buildCli);

/** An "editor": a script that rewrites the file it is given with sed. */
function editorThat(sedExpression: string): string {
  const script = join(tempDir('editor'), 'edit.sh');
  writeFileSync(script, `#!/bin/sh\nsed -i '${sedExpression}' "$1"\n`, { mode: 0o755 });
  return script;
}

const deckFile = (decks: string) => JSON.parse(readFileSync(join(decks, 'small-deck.json'), 'utf8'));
const DAY1 = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };

describe('briefdeck edit', () => {
  test("opens the note's text in $EDITOR, saves the edit marked as the user's, and the card keeps its progress", () => {
    const { decks, args } = smallDeckWorkspace();
    runCli(['review', 'small-deck', ...args], { input: '\n5\nq\n', env: DAY1 });
    const before = JSON.parse(runCli(['decks', '--json', ...args], { env: DAY1 }).stdout);

    const result = runCli(['edit', 'noteMoney01.1', ...args], { env: { ...DAY1, VISUAL: '', EDITOR: editorThat('s/Trade between the two countries/Trade between Kazakhstan and the US/') } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Saved note noteMoney01 in deck "small-deck"; its cards keep their progress/);
    const note = deckFile(decks).notes.find((n: { id: string }) => n.id === 'noteMoney01');
    expect(note.text).toBe('Trade between Kazakhstan and the US reached {{c1::$3 billion::amount}} in 2022.');
    expect(note.editedAt).toMatch(/^2026-03-02T09:00:0/);
    expect(JSON.parse(runCli(['decks', '--json', ...args], { env: DAY1 }).stdout)).toEqual(before);

    const nextDay = runCli(['review', 'small-deck', ...args], { input: '', env: { BRIEFDECK_NOW: '2026-03-03T09:00:00Z' } });
    expect(nextDay.stdout).toContain('Q: Trade between Kazakhstan and the US reached [___ amount ___] in 2022.');
  });

  test('an edit that breaks the cloze or changes the deletions is refused in one line, and the deck is left as it was', () => {
    const { decks, args } = smallDeckWorkspace();
    const original = readFileSync(join(decks, 'small-deck.json'), 'utf8');
    for (const sed of ['s/{{c1::/{{c2::/', 's/}}//']) {
      const result = runCli(['edit', 'noteMoney01', ...args], { env: { VISUAL: '', EDITOR: editorThat(sed) } });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^briefdeck: the edit of note noteMoney01 was not saved: .* — run "briefdeck edit noteMoney01" again\n$/);
      expect(readFileSync(join(decks, 'small-deck.json'), 'utf8')).toBe(original);
    }
  });

  test('an unknown card is one line naming it', () => {
    const { args } = smallDeckWorkspace();
    const result = runCli(['edit', 'nope.1', ...args], { env: { EDITOR: 'true' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^briefdeck: no card or note "nope.1" in the decks/);
  });
});
