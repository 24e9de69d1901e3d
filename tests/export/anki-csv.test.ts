import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clozeAnswers, clozeOrds, parseCloze, plainText } from '../../src/deck/cloze.js';
import type { Deck } from '../../src/deck/types.js';
import { ankiDeckName } from '../../src/export/anki-note-row.js';
import { exportToString } from './export-to-string.js';
import {
  ANKI_MEDIA_TAGS,
  ankiCardBack,
  ankiDeletions,
  ankiRevealAll,
  htmlText,
  mathJaxStrings,
  normalizeLikeAnki,
  outsideDeletions,
  readLikeAnki,
} from './read-like-anki.js';
import { bundledOrSampleDeck, note, sampleDeck } from './sample-deck.js';

describe('the Anki CSV of a deck', () => {
  test('starts with the header lines Anki reads, with the GUID, deck and tags columns', async () => {
    const csv = await exportToString([sampleDeck()]);
    expect(readLikeAnki(csv).headers).toEqual([
      '#separator:Comma',
      '#html:true',
      '#notetype:Cloze',
      '#deck column:4',
      '#tags column:5',
      '#guid column:1',
      '#if matches:update current',
    ]);
    expect(csv.charCodeAt(0)).toBe('#'.charCodeAt(0)); // no byte-order mark: Anki before 2.1.60 would miss the headers behind it
  });

  test('has one fully quoted row per live note, the retired note left out', async () => {
    const deck = sampleDeck();
    const csv = await exportToString([deck]);
    const { rows } = readLikeAnki(csv);
    const live = deck.notes.filter((n) => !n.retiredAt);
    expect(rows).toHaveLength(live.length);
    expect(rows.map((r) => r[0])).toEqual(live.map((n) => `briefdeck-${n.id}`));
    for (const line of csv.split('\n').slice(7).filter((l) => l.startsWith('"briefdeck-'))) {
      expect(line).toMatch(/^"briefdeck-[^"]+","/);
    }
    expect(csv).not.toContain('gone');
  });

  test('each field is what the note says: Text, Back Extra, deck and tags', async () => {
    const deck = sampleDeck();
    const { rows } = readLikeAnki(await exportToString([deck]));
    const [guid, text, extra, deckName, tags] = rows[0]!;
    expect(guid).toBe('briefdeck-n1AAAAAAAAAA');
    expect(text).toBe('Trade with the region reached {{c1::$3.2 billion::amount}} in {{c2::2023::date}}.');
    expect(extra).toBe(
      'Trade with the region reached $3.2 billion in 2023, officials said.<br>' +
        '<span class="briefdeck-source">US steps up engagement with Central Asia<br>Trade<br>ASTANA, 12 March 2024<br>' +
        '<a href="https://example.org/news/central-asia?x=1&amp;y=2">https://example.org/news/central-asia?x=1&amp;y=2</a></span>',
    );
    expect(deckName).toBe('briefdeck::Central Asia engagement');
    // The hints say the kinds (amount → money, date → date): the tags are the note's own.
    expect(tags).toBe('briefdeck::central-asia-engagement economy');
    expect(htmlText(rows[1]![2]!)).toContain('the envoy.\nShe spoke in Astana.');
  });

  test('kind tags are added only where the hints and tags would not give the kinds back', async () => {
    const deck = sampleDeck();
    const unhinted = note('n6FFFFFFFFFF', [{ type: 'text', text: 'In ' }, { type: 'deletion', ord: 1, answer: 'Bishkek', hint: null }], ['place'], '');
    const tagged = { ...unhinted, id: 'n7GGGGGGGGGG', tags: ['kind::place', 'geo'] };
    deck.notes = [unhinted, tagged];
    const { rows } = readLikeAnki(await exportToString([deck]));
    expect(rows.map((r) => r[4])).toEqual([
      'briefdeck::central-asia-engagement kind::place',
      'briefdeck::central-asia-engagement kind::place geo',
    ]);
  });

  test('article text never becomes markup, and collisions with the cloze syntax stay inside their deletion', async () => {
    const { rows } = readLikeAnki(await exportToString([sampleDeck()]));
    const text = rows[2]![1]!;
    expect(text).toContain('&lt;b&gt;ratio&lt;/b&gt; &amp; &quot;scores&quot;');
    const [deletion, ...rest] = ankiDeletions(text);
    expect(rest).toEqual([]);
    expect(htmlText(deletion!.answerHtml)).toBe('a::b}} {{c2::x}}');
    expect(htmlText(deletion!.hintHtml!)).toBe('odd:: hint}}');
    expect(outsideDeletions(text)).not.toMatch(/\{\{|\}\}/);
  });

  test('sound tags, LaTeX tags and MathJax delimiters in article text stay text: Anki plays, renders and typesets none', async () => {
    const deck = sampleDeck();
    const raw = 'Play [sound:anthem.mp3], see \\(x^2\\) and \\[y\\] or [latex]z[/latex] [$]w[/$], ending \\';
    deck.notes = [
      note('nMMMMMMMMMMM', [{ type: 'text', text: raw }, { type: 'deletion', ord: 1, answer: '(a) [sound:b.ogg] \\[c', hint: '\\(hint' }, { type: 'text', text: '\\' }, { type: 'deletion', ord: 2, answer: '(d)\\', hint: null }, { type: 'text', text: '(e)' }], ['term', 'term'], raw),
    ];
    const { rows } = readLikeAnki(await exportToString([deck]));
    const [, text, extra] = rows[0]!;
    for (const field of [text!, extra!]) expect(field).not.toMatch(ANKI_MEDIA_TAGS);
    for (const ord of [1, 2]) {
      const card = `${ankiCardBack(text!, ord)}<hr id="answer">${extra}`;
      for (const s of mathJaxStrings(card)) expect(s).not.toMatch(/\\[([]/);
    }
    // What the card shows is still the article's text, and it reads back unchanged.
    expect(htmlText(ankiRevealAll(text!))).toBe(plainText(parseCloze(deck.notes[0]!.text)));
    expect(htmlText(extra!)).toContain(raw);
  });

  test('a deck name with "::" stays one sub-deck of briefdeck', () => {
    expect(ankiDeckName({ name: 'Asia::Central  ' })).toBe('briefdeck::Asia:Central');
  });

  test('deck names are written in the normal form Anki stores, so every row finds the same deck', () => {
    expect(ankiDeckName({ name: 'Q3 results:' })).toBe('briefdeck::Q3 results');
    expect(ankiDeckName({ name: 'Cafe\u0301 talks' })).toBe('briefdeck::Caf\u00e9 talks');
    expect(ankiDeckName({ name: ' :\u00a0' })).toBe('briefdeck::deck');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'e', '\u0301', ':', ' ', '\u00a0', '\u3000', '\t', '\u0001', '\u007f', 'Å', 'A\u030a') , maxLength: 12 }), (name) => {
        const written = ankiDeckName({ name });
        expect(normalizeLikeAnki(written)).toBe(written);
        expect(written.split('::')).toHaveLength(2);
      }),
      { numRuns: 500 },
    );
  });

  test('CRLF line ends on request', async () => {
    const csv = await exportToString([sampleDeck()], { recordDelimiter: '\r\n' });
    expect(csv.startsWith('#separator:Comma\r\n#html:true\r\n')).toBe(true);
    expect(readLikeAnki(csv).rows).toHaveLength(4);
  });
});

describe('every exported Text, for the bundled deck', () => {
  test('has well-formed deletions numbered from c1 without gaps, each card asking the deck answers', async () => {
    const deck = bundledOrSampleDeck();
    const live = deck.notes.filter((n) => !n.retiredAt);
    const { rows } = readLikeAnki(await exportToString([deck]));
    expect(rows).toHaveLength(live.length);
    rows.forEach((row, i) => {
      const segments = parseCloze(live[i]!.text);
      const deletions = ankiDeletions(row[1]!);
      const ords = [...new Set(deletions.map((d) => d.ord))].sort((a, b) => a - b);
      expect(ords).toEqual(ords.map((_, k) => k + 1));
      expect(ords).toEqual(clozeOrds(segments));
      for (const ord of ords) {
        const answers = deletions.filter((d) => d.ord === ord).map((d) => htmlText(d.answerHtml));
        expect(answers).toEqual(clozeAnswers(segments, ord));
      }
      expect(outsideDeletions(row[1]!)).not.toMatch(/\{\{|\}\}/);
      expect(htmlText(ankiRevealAll(row[1]!))).toBe(plainText(segments));
    });
  });

  test('matches the snapshot, so a format change is seen in review', async () => {
    await expect(await exportToString([bundledOrSampleDeck()])).toMatchFileSnapshot('__snapshots__/bundled-deck.csv');
  });
});
