import { describe, expect, test } from 'vitest';
import { parseCloze } from '../../src/deck/cloze.js';
import { deckFileSchema } from '../../src/deck/deck-schema.js';
import { ankiClozeToSegments, ankiHtmlToPlain, readHtmlField } from '../../src/export/anki-html.js';
import { importAnkiCsv } from '../../src/export/anki-import.js';
import { kindsOfCards } from '../../src/export/card-kinds.js';

function ids(): () => string {
  let n = 0;
  return () => `new${++n}`;
}
const options = (fileName = 'my-notes.txt', deckName: string | null = null) => ({
  deckName,
  fileName,
  newId: ids(),
  now: '2024-04-01T00:00:00.000Z',
});

describe('Anki field HTML to plain text', () => {
  test('decodes entities, turns <br> and editor blocks into newlines, drops other tags', () => {
    expect(ankiHtmlToPlain('a &amp; b &lt;c&gt; &#58;&#x3A; &nbsp;x<br>y<div>z</div><b>bold</b>')).toBe('a & b <c> :: \u00a0x\ny\nzbold'.replace('\u00a0', ' '));
    expect(ankiHtmlToPlain('<div>one</div><div>two</div>')).toBe('one\ntwo');
  });

  test('reads cloze markup on the raw field as Anki does, answers ending at the first "::"', () => {
    expect(ankiClozeToSegments('x {{c2::a &amp; b::hint}} {{c1::&#58;&#58;}} {{c3::  }}', readHtmlField)).toEqual([
      { type: 'text', text: 'x ' },
      { type: 'deletion', ord: 2, answer: 'a & b', hint: 'hint' },
      { type: 'text', text: ' ' },
      { type: 'deletion', ord: 1, answer: '::', hint: null },
      { type: 'text', text: '   ' },
    ]);
  });
});

describe('importing a CSV exported from Anki', () => {
  test('tab separated, no header lines: Text, Back Extra, then a tags column', () => {
    const file = 'The capital is {{c1::Astana::place}}.\tKazakhstan<br>since 1997\tgeo kind::place\n' + 'No deletion here\tx\t\n';
    const { deck, skipped } = importAnkiCsv(file, options());
    expect(skipped).toBe(1);
    expect(deck.name).toBe('my-notes');
    expect(deck.slug).toBe('my-notes');
    expect(deck.notes).toEqual([
      expect.objectContaining({
        id: 'new1',
        text: 'The capital is {{c1::Astana::place}}.',
        extra: 'Kazakhstan\nsince 1997',
        cardKinds: ['place'],
        kind: 'place',
        tags: ['geo', 'kind::place'],
        section: null,
      }),
    ]);
    expect(deckFileSchema.safeParse(deck).success).toBe(true);
  });

  test('with the header lines Anki itself writes (GUID, notetype, deck and tags columns)', () => {
    const file = [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      'Ab1!xY\tCloze\tPolitics::Asia\t{{c1::Tokayev::person}} met {{c3::Blinken}}\t\tleaders',
      'Cd2@zW\tCloze\tPolitics::Asia\t"Quoted, with a ""quote"" {{c1::inside}}"\textra\t',
    ].join('\n');
    const { deck, skipped } = importAnkiCsv(file, options());
    expect(skipped).toBe(0);
    expect(deck.name).toBe('Asia');
    expect(deck.notes.map((n) => n.text)).toEqual([
      '{{c1::Tokayev::person}} met {{c2::Blinken}}',
      'Quoted, with a "quote" {{c1::inside}}',
    ]);
    expect(deck.notes[0]!.cardKinds).toEqual(['person', 'term']);
    expect(deck.notes[0]!.tags).toEqual(['leaders']);
    expect(deck.notes.map((n) => n.id)).toEqual(['new1', 'new2']);
  });

  test('with a byte-order mark, comma separated, headers and #columns; a briefdeck GUID keeps its note id', () => {
    const file =
      '\uFEFF#separator:Comma\n#html:true\n#columns:guid,Text,Back Extra,tags\n#guid column:1\n#tags column:4\n' +
      '"briefdeck-keepMe01","{{c1::42::number}} delegates","ctx","kind::number"\n' +
      '"briefdeck-bad id!","{{c1::x}}","",""\n';
    const { deck } = importAnkiCsv(file, options('export.csv', 'Summit'));
    expect(deck.name).toBe('Summit');
    expect(deck.notes.map((n) => [n.id, n.text, n.cardKinds])).toEqual([
      ['keepMe01', '{{c1::42::number}} delegates', ['number']],
      ['new1', '{{c1::x}}', ['term']],
    ]);
  });

  test('plain text fields (#html:false) are taken literally', () => {
    const { deck } = importAnkiCsv('#separator:Pipe\n#html:false\n{{c1::a <b> &amp;}}|x<br>y\n', options());
    expect(parseCloze(deck.notes[0]!.text)).toEqual([{ type: 'deletion', ord: 1, answer: 'a <b> &amp;', hint: null }]);
    expect(deck.notes[0]!.extra).toBe('x<br>y');
  });

  test('each card takes the kind of its own hint, whatever order the deletions come in', () => {
    const { deck } = importAnkiCsv('In {{c2::Astana::place}}, {{c1::2024::year}} lasted {{c3::two weeks::how long}}\tx\n', options());
    expect(deck.notes[0]!.cardKinds).toEqual(['date', 'place', 'quantity']);
  });

  test('nested deletions are skipped and counted, records starting with # are dropped as Anki does', () => {
    const file = '{{c1::outer {{c2::inner}} }}\tx\n#comment\n{{c1::fine}}\ty\n';
    const { deck, skipped } = importAnkiCsv(file, options());
    expect(deck.notes.map((n) => n.text)).toEqual(['{{c1::fine}}']);
    expect(skipped).toBe(1);
  });

  test('several decks in the deck column and no --deck is a usage error', () => {
    const file = '#separator:Comma\n#deck column:2\n"{{c1::a}}","A"\n"{{c1::b}}","B"\n';
    expect(() => importAnkiCsv(file, options())).toThrow(/holds 2 decks .* --deck NAME/);
  });
});

describe('hostile Anki files', () => {
  test('a first quoted field of 10 MB is read, not a stack overflow while guessing the separator', () => {
    const big = `"{{c1::x}} ${'a'.repeat(10 * 1024 * 1024)}","back"\n"{{c1::y}}","z"\n`;
    const { deck } = importAnkiCsv(big, options());
    expect(deck.notes).toHaveLength(2);
    expect(deck.notes[1]!.text).toBe('{{c1::y}}');
  });

  test('a quote left open in the middle is reported with its line, not allowed to swallow the next row', () => {
    const file = '#separator:Comma\n#html:false\n"{{c1::a}} one","x"\n"{{c1::b}} two,y\n"{{c1::c}} three","z"\n"{{c1::d}} four","w"\n';
    expect(() => importAnkiCsv(file, options('notes.csv'))).toThrow(
      'briefdeck: "notes.csv" line 4: a quote opened in this row is not closed, so the rows after it would be swallowed — close it, or write a quote inside a field as ""; nothing was imported',
    );
  });
});

describe('card kinds on import', () => {
  test('come from the kind tags, disambiguated by the hints, else from the hints, else term', () => {
    expect(kindsOfCards(['amount', 'person'], ['money', 'person'])).toEqual(['money', 'person']);
    expect(kindsOfCards([null, null], ['money', 'person'])).toEqual(['money', 'person']);
    expect(kindsOfCards([null, 'date'], ['quote'])).toEqual(['quote', 'quote']);
    expect(kindsOfCards(['who said it?', 'nonsense', null], [])).toEqual(['quote', 'term', 'term']);
  });
});
