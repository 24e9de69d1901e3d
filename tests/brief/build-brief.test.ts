import { describe, expect, test } from 'vitest';
import { buildBrief } from '../../src/brief/build-brief.js';
import { clauseAround } from '../../src/brief/clause-around.js';
import { dateSortKey, readDate } from '../../src/brief/date-order.js';
import { roleInSentence } from '../../src/brief/person-role.js';
import { renderBriefMarkdown } from '../../src/brief/render-brief-markdown.js';
import { renderBriefText } from '../../src/brief/render-brief-text.js';
import type { Deck } from '../../src/deck/types.js';
import { smallDeck } from '../fixtures/small-deck.js';

const around = (text: string, fact: string): string => clauseAround(text, text.indexOf(fact), text.indexOf(fact) + fact.length);
const roleOf = (text: string, name: string): string | null => roleInSentence(text, text.indexOf(name), text.indexOf(name) + name.length);

describe('what a number counts: the clause around it', () => {
  test.each([
    ['Kazakhstan is a partner, with $3 billion in bilateral trade in 2022 and an estimated 15% increase last year, plus more.', '$3 billion', 'with $3 billion in bilateral trade in 2022'],
    ['Kazakhstan is a partner, with $3 billion in bilateral trade in 2022 and an estimated 15% increase last year, plus more.', '15%', 'an estimated 15% increase last year'],
    ['U.S. Ambassador Daniel Rosenblum spoke on Jan. 4 about it.', 'Jan. 4', 'U.S. Ambassador Daniel Rosenblum spoke on Jan. 4 about it'],
    ['Rosenblum defended Kazakhstan, which has a 7,644-kilometer border with Russia.', '7,644-kilometer', 'which has a 7,644-kilometer border with Russia'],
  ])('%s → %s', (text, fact, expected) => {
    expect(around(text, fact)).toBe(expected);
  });

  test('a long clause without a break is cut to a few words either side', () => {
    const text = 'Officials in the capital said that the long-delayed program would finally deliver 400 new buses to the crowded northern districts of the city by the end of the decade.';
    expect(around(text, '400')).toBe('…the long-delayed program would finally deliver 400 new buses to the crowded northern districts…');
  });
});

describe('the role a sentence gives a person', () => {
  test.each([
    ['U.S. Ambassador to Kazakhstan Daniel Rosenblum told the gathering.', 'Daniel Rosenblum', 'U.S. Ambassador to Kazakhstan'],
    ['Akbota Karibayeva, a Ph.D. candidate at the George Washington University, agreed.', 'Akbota Karibayeva', 'a Ph.D. candidate at the George Washington University'],
    ['He was stressing that President Kassym-Jomart Tokayev’s package stalled.', 'Kassym-Jomart Tokayev', 'President'],
    ['Foreign Minister Jane Doe said so.', 'Jane Doe', 'Foreign Minister'],
    ['Mr. John Smith said so.', 'John Smith', null],
    ['In Washington, John Smith said so.', 'John Smith', null],
    ['John Smith, who arrived late, said so.', 'John Smith', null],
  ])('%s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('dates in order', () => {
  test('news forms read into sortable parts; a year alone sorts before its months', () => {
    expect(readDate('Jan. 4')).toEqual({ year: null, month: 1, day: 4 });
    expect(readDate('Jan. 4, 2024')).toEqual({ year: 2024, month: 1, day: 4 });
    expect(readDate('4 January 2024')).toEqual({ year: 2024, month: 1, day: 4 });
    expect(readDate('November 2022')).toEqual({ year: 2022, month: 11, day: null });
    expect(readDate('the 1990s')).toEqual({ year: 1990, month: null, day: null });
    expect(readDate('last spring')).toBeNull();
    const keys = ['2022', 'January 2022', 'Jan. 4, 2022', '2021'].map((d) => dateSortKey(readDate(d)!, null));
    expect(keys).toEqual([20220000, 20220100, 20220104, 20210000]);
    expect(dateSortKey(readDate('Jan. 4')!, 2024)).toBe(20240104);
  });
});

const deckWith = (notes: Array<{ id: string; text: string; kinds: Deck['notes'][number]['cardKinds']; retired?: boolean; kind?: Deck['notes'][number]['kind'] }>): Deck => ({
  ...smallDeck,
  notes: notes.map((n) => ({
    id: n.id,
    fingerprint: n.id,
    kind: n.kind ?? n.kinds[0]!,
    cardKinds: n.kinds,
    text: n.text,
    extra: '',
    section: null,
    tags: [],
    ...(n.retired ? { retiredAt: '2026-01-02T00:00:00.000Z' } : {}),
  })),
});

describe('the sheet of a deck', () => {
  const deck = deckWith([
    { id: 'a', text: 'Talks began in {{c1::March 2021::date}} and ended in {{c2::2020::year}}.', kinds: ['date', 'date'] },
    { id: 'b', text: 'The {{c1::World Health Organization::organisation}} said so.', kinds: ['organization'] },
    { id: 'c', text: 'The {{c1::WHO::organisation}} counted {{c2::12 million::number}} cases.', kinds: ['organization', 'number'] },
    { id: 'd', text: '“We are ready” — {{c1::Jane Doe::who said it?}}', kinds: ['quote'] },
    { id: 'e', text: '“Not yet” — {{c1::Jane Doe::who said it?}}', kinds: ['quote'] },
    { id: 'f', text: '“Soon” — {{c1::WHO::who said it?}}', kinds: ['quote'] },
    { id: 'g', text: 'Health Minister {{c1::Jane Doe::person}} and {{c2::Doe::person}} agreed.', kinds: ['person', 'person'] },
    { id: 'h', text: 'It cost {{c1::$9 billion::amount}} in all.', kinds: ['money'], retired: true },
  ]);
  const sheet = buildBrief(deck);

  test('groups the facts; retired notes are left out', () => {
    expect(sheet.numbers).toEqual([{ value: '12 million', kind: 'number', context: 'The WHO counted 12 million cases' }]);
    expect(sheet.people).toEqual([{ name: 'Jane Doe', role: 'Health Minister' }]);
    expect(sheet.organisations).toEqual([{ name: 'World Health Organization', alias: 'WHO' }]);
    expect(sheet.quotes).toEqual([
      { speaker: 'Jane Doe', quotes: ['“We are ready”', '“Not yet”'] },
      { speaker: 'WHO', quotes: ['“Soon”'] },
    ]);
    expect(sheet.dates.map((d) => d.date)).toEqual(['2020', 'March 2021']);
  });

  test('text and Markdown renderings carry every group', () => {
    const text = renderBriefText(sheet);
    expect(text).toContain('  World Health Organization (WHO)');
    expect(text).toContain('  Jane Doe\n    - “We are ready”\n    - “Not yet”');
    expect(text).not.toContain('$9 billion');
    const md = renderBriefMarkdown(sheet);
    expect(md).toContain('- **Jane Doe** — Health Minister');
    expect(md).toContain('### WHO\n\n> “Soon”');
  });

  test('a deck with no facts says so', () => {
    expect(renderBriefText(buildBrief(deckWith([])))).toContain('No facts in this deck yet.');
    expect(renderBriefMarkdown(buildBrief(deckWith([])))).toContain('No facts in this deck yet.');
  });
});
