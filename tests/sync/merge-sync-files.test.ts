import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import { planSync, type SyncInputs } from '../../src/sync/merge-sync-files.js';
import { smallDeck } from '../fixtures/small-deck.js';

const line = (seq: number) => `${JSON.stringify({ type: 'undo', seq, undoes: 1, at: '2026-01-01T00:00:00Z' })}\n`;
const inputs = (over: Partial<SyncInputs>): SyncInputs => ({
  device: 'thisDevice1',
  ownLog: line(1) + line(2),
  localLogs: new Map([['otherDevice', line(1)]]),
  localDecks: new Map([[smallDeck.id, smallDeck]]),
  base: new Map(),
  remote: new Map(),
  now: '2026-01-05T10:00:00.000Z',
  ...over,
});

describe('planSync', () => {
  test('a remote emptied or replaced by a new repository gets everything this machine has, and nothing here changes', () => {
    const plan = planSync(inputs({}));
    expect([...plan.files.keys()].sort()).toEqual(['decks/smalldeck01.json', 'log/otherDevice.jsonl', 'log/thisDevice1.jsonl']);
    expect(plan.logsToImport.size).toBe(0);
    expect(plan.decksToSave).toEqual([]);
    expect(plan.sent).toBe(2);
  });

  test("a remote whose copy of another machine's log was rewritten is refused in one line; nothing is planned", () => {
    const rewritten = new Map([['log/otherDevice.jsonl', line(7)]]);
    expect(() => planSync(inputs({ remote: rewritten }))).toThrow(UserError);
    expect(() => planSync(inputs({ remote: rewritten }))).toThrow(
      /^briefdeck: the remote's log\/otherDevice\.jsonl was rewritten \(it no longer begins with the answers this machine has from that device\); nothing was changed here/,
    );
  });

  test("a remote log of this machine that differs from its own is refused; a longer one (after a restore here) comes home", () => {
    expect(() => planSync(inputs({ remote: new Map([['log/thisDevice1.jsonl', line(5)]]) }))).toThrow(/differ/);
    const longer = line(1) + line(2) + line(3);
    const plan = planSync(inputs({ remote: new Map([['log/thisDevice1.jsonl', longer]]) }));
    expect(plan.ownLogToRestore).toBe(line(3));
    expect(plan.files.get('log/thisDevice1.jsonl')).toBe(longer);
  });
});
