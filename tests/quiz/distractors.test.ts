import { parseCloze } from '../../src/deck/cloze.js';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Deck } from '../../src/deck/types.js';
import { choiceOptions, type PoolAnswer } from '../../src/quiz/distractors.js';
import { matchAnswer } from '../../src/quiz/match-answer.js';
import { numberVariants } from '../../src/quiz/number-variants.js';
import { buildQuizQuestions } from '../../src/quiz/quiz-question.js';
import { pickQuizCards } from '../../src/quiz/pick-cards.js';
import { createSeededRandom } from '../../src/quiz/seeded-random.js';

const bundled = JSON.parse(readFileSync('decks/central-asia-engagement.json', 'utf8')) as Deck;

const pool: PoolAnswer[] = [
  { answer: 'Daniel Rosenblum', kind: 'person', deckId: 'a' },
  { answer: 'Rosenblum', kind: 'person', deckId: 'a' },
  { answer: 'Akbota Karibayeva', kind: 'person', deckId: 'a' },
  { answer: 'Kassym-Jomart Tokayev', kind: 'person', deckId: 'a' },
  { answer: 'Shavkat Mirziyoyev', kind: 'person', deckId: 'a' },
  { answer: 'Antony Blinken', kind: 'person', deckId: 'b' },
  { answer: '$3 billion', kind: 'money', deckId: 'a' },
  { answer: '3bn', kind: 'money', deckId: 'b' },
  { answer: '$5 billion', kind: 'money', deckId: 'a' },
  { answer: 'Kazakhstan', kind: 'place', deckId: 'a' },
];

const options = (answer: string, kind: PoolAnswer['kind'], seed = 'x', from = pool) =>
  choiceOptions({ answer, kind, deckId: 'a', pool: from, random: createSeededRandom(seed) });

describe('choiceOptions', () => {
  test('four options: the answer and three people from the same deck for a person', () => {
    const got = options('Daniel Rosenblum', 'person');
    expect(got).toHaveLength(4);
    expect(got).toContain('Daniel Rosenblum');
    expect(got.filter((o) => o !== 'Daniel Rosenblum').sort()).toEqual(['Akbota Karibayeva', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']);
  });

  test('never the answer in another form ("Rosenblum", "3bn"), never the same option twice', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const people = options('Daniel Rosenblum', 'person', seed);
      expect(people).not.toContain('Rosenblum');
      const money = options('$3 billion', 'money', seed);
      expect(money).not.toContain('3bn');
      for (const list of [people, money]) {
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length; j++) expect(matchAnswer(list[i]!, list[j]!, 'money').verdict).toBe('wrong');
      }
    }
  });

  test('same deck first, then other decks: Blinken comes in only when the deck runs short', () => {
    const short = pool.filter((p) => p.answer !== 'Shavkat Mirziyoyev');
    expect(options('Daniel Rosenblum', 'person', 'x', short)).toContain('Antony Blinken');
    expect(options('Daniel Rosenblum', 'person', 'x')).not.toContain('Antony Blinken');
  });

  test('amounts are filled up with plausible variants of the answer, written the same way', () => {
    const got = options('$3 billion', 'money');
    expect(got).toHaveLength(4);
    expect(got).toContain('$5 billion');
    for (const o of got) expect(o).toMatch(/^\$\d+ billion$/);
  });

  test('deterministic under a seed; the answer is not always in the same place', () => {
    expect(options('$3 billion', 'money', 's1')).toEqual(options('$3 billion', 'money', 's1'));
    const places = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((s) => options('$3 billion', 'money', s).indexOf('$3 billion')));
    expect(places.size).toBeGreaterThan(1);
  });

  test('nothing the question already shows: an answer visible in the sentence is no distractor', () => {
    for (const seed of ['a', 'b', 'c']) {
      const got = choiceOptions({ answer: 'Daniel Rosenblum', kind: 'person', deckId: 'a', pool, visible: ['Kassym-Jomart Tokayev'], random: createSeededRandom(seed) });
      expect(got).not.toContain('Kassym-Jomart Tokayev');
      expect(got).toContain('Antony Blinken');
    }
  });

  test('fewer than four options when nothing fits (a lone place)', () => {
    expect(options('Kazakhstan', 'place')).toEqual(['Kazakhstan']);
  });
});

describe('numberVariants', () => {
  test('moves the number, keeps the writing; a year moves by a year or two; percentages stay ≤ 100', () => {
    expect(numberVariants('$3 billion', 'money')).toContain('$30 billion');
    expect(numberVariants('2022', 'date').slice(0, 2)).toEqual(['2023', '2021']);
    expect(numberVariants('seven-year', 'quantity')).toContain('eight-year');
    expect(numberVariants('7,644-kilometer', 'quantity')).toContain('76,440-kilometer');
    expect(numberVariants('60%', 'percent').every((v) => parseFloat(v) <= 100)).toBe(true);
    expect(numberVariants('Kazakhstan', 'place')).toEqual([]);
  });
});

describe('choice questions on the bundled deck', () => {
  const random = createSeededRandom('bundled');
  const cards = pickQuizCards({ decks: [bundled], standing: new Map(), kinds: [], count: 500, random });
  const questions = buildQuizQuestions({ decks: [bundled], cards, mode: 'choice', random });

  test('every question has its answer among distinct options, of its own kind when the deck has them', () => {
    expect(questions.length).toBe(cards.length);
    for (const q of questions) {
      expect(q.options).toContain(q.answer);
      expect(new Set(q.options).size).toBe(q.options!.length);
      expect(q.options!.length, `${q.card.id} ${q.answer}`).toBe(4);
    }
  });

  test('no option is a word the question shows', () => {
    // Cards whose note shows other answers of the same kind: those are offered only when the
    // deck has too few other answers of that kind to make four options (four beat three).
    const answersOfKind = (kind: string): Set<string> =>
      new Set(bundled.notes.flatMap((n) => parseCloze(n.text).flatMap((s) => (s.type === 'deletion' && n.cardKinds[s.ord - 1] === kind ? [s.answer] : []))));
    const checked = questions.filter((q) => {
      const note = bundled.notes.find((n) => n.id === q.card.noteId)!;
      const shown = parseCloze(note.text).flatMap((s) =>
        s.type === 'deletion' && s.ord !== q.card.ord && note.cardKinds[s.ord - 1] === q.card.kind ? [s.answer] : [],
      );
      // "Rosenblum" and "Daniel Rosenblum" are one option: count other answers by their last word.
      const last = (a: string): string => a.toLowerCase().split(/\s+/).pop()!;
      const taken = new Set([q.answer, ...shown].map(last));
      const others = [...new Set([...answersOfKind(q.card.kind)].map(last))].filter((a) => !taken.has(a));
      if (shown.length === 0 || others.length < 3) return false;
      for (const word of shown) expect(q.options, `${q.card.id} shows ${word}`).not.toContain(word);
      return true;
    });
    expect(checked.length).toBeGreaterThan(0);
  });

  test("a quote asks who said it, with other people as options; Human Rights Watch's quote offers organisations", () => {
    const rosenblum = questions.find((q) => q.card.kind === 'quote' && q.answer === 'Daniel Rosenblum')!;
    expect(rosenblum.matchKind).toBe('person');
    const people = new Set(
      bundled.notes.flatMap((n) => parseCloze(n.text).flatMap((s) => (s.type === 'deletion' && n.cardKinds[s.ord - 1] === 'person' ? [s.answer] : []))),
    );
    expect(rosenblum.options).toHaveLength(4);
    expect(rosenblum.options).toContain('Daniel Rosenblum');
    for (const option of rosenblum.options!) expect(people.has(option) || option === 'Daniel Rosenblum', option).toBe(true);
    // One option per person: never "Tokayev" beside "Kassym-Jomart Tokayev".
    const surnames = rosenblum.options!.map((o) => o.split(' ').pop());
    expect(new Set(surnames).size).toBe(4);
    const hrw = questions.find((q) => q.card.kind === 'quote' && q.answer === 'Human Rights Watch')!;
    expect(hrw.matchKind).toBe('organization');
    expect(hrw.options).not.toContain('HRW');
  });
});
