// The eval's judge: a figure deleted without its qualifier or the words it counts is not a cut
// span; a figure or name cut inside the gold's span still is.
import { describe, expect, test } from 'vitest';
import type { Gold } from '../../eval/corpus.js';
import { judgeCards } from '../../eval/judge-cards.js';
import type { GeneratedNote } from '../../src/generate/generate-notes.js';
import type { NoteKind } from '../../src/deck/types.js';

function defectsOf(sentence: string, answer: string, kind: NoteKind, goldAnswer: string): string[] {
  const at = sentence.indexOf(answer);
  const text = `${sentence.slice(0, at)}{{c1::${answer}::${kind}}}${sentence.slice(at + answer.length)}`;
  const note: GeneratedNote = { fingerprint: 'f', kind, cardKinds: [kind], text, extra: sentence, section: null, tags: [] };
  const gold: Gold = { id: 'g', title: 't', source: { url: '', publisher: '', genre: '', date: null }, keyFacts: [{ answer: goldAnswer, kind: 'quantity' }], entities: [], quotes: [], noSpeaker: [] };
  return judgeCards([note], gold, sentence)[0]!.defects;
}

describe('cut spans in the judge', () => {
  test('a figure without its qualifier and counted words is no cut', () => {
    expect(defectsOf('It buys over a billion parts each year.', 'a billion', 'number', 'over a billion parts')).toEqual([]);
    expect(defectsOf('It was built to make up to five experimental test flights.', 'five', 'number', 'up to five experimental test flights')).toEqual([]);
    expect(defectsOf('The rover flew more than 14 times farther than planned.', '14 times', 'quantity', 'more than 14 times farther')).toEqual([]);
  });

  test('a figure cut inside another, or a name cut short, still is', () => {
    expect(defectsOf('The trip took 15 days in all.', '5', 'number', '15 days')).toContain('cut');
    expect(defectsOf('The Harbor Physics Laboratory built it.', 'Harbor', 'organization', 'Harbor Physics Laboratory')).toContain('cut');
  });
});
