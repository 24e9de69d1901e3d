import { existsSync, readFileSync } from 'node:fs';
import { parseDeckFile } from '../../src/deck/deck-file.js';
import { buildClozeText, type ClozeSegment } from '../../src/deck/cloze.js';
import { DECK_SCHEMA, type Deck, type Note, type NoteKind } from '../../src/deck/types.js';

export const BUNDLED_DECK_FILE = 'decks/central-asia-engagement.json';

export function note(id: string, segments: ClozeSegment[], cardKinds: NoteKind[], extra: string, more: Partial<Note> = {}): Note {
  return {
    id,
    fingerprint: `fp-${id}`,
    kind: cardKinds[0]!,
    cardKinds,
    text: buildClozeText(segments),
    extra,
    section: null,
    tags: [],
    ...more,
  };
}

const t = (text: string): ClozeSegment => ({ type: 'text', text });
const d = (ord: number, answer: string, hint: string | null = null): ClozeSegment => ({ type: 'deletion', ord, answer, hint });

/** A small deck in the shape the generator writes, with the characters that break naive exports. */
export function sampleDeck(): Deck {
  return {
    schema: DECK_SCHEMA,
    id: 'deckCA01',
    name: 'Central Asia engagement',
    slug: 'central-asia-engagement',
    source: {
      title: 'US steps up engagement with Central Asia',
      url: 'https://example.org/news/central-asia?x=1&y=2',
      sha256: 'a'.repeat(64),
      dateline: 'ASTANA, 12 March 2024',
    },
    generatedAt: '2024-03-13T08:00:00.000Z',
    notes: [
      note(
        'n1AAAAAAAAAA',
        [t('Trade with the region reached '), d(1, '$3.2 billion', 'amount'), t(' in '), d(2, '2023', 'date'), t('.')],
        ['money', 'date'],
        'Trade with the region reached $3.2 billion in 2023, officials said.',
        { section: 'Trade', tags: ['economy'] },
      ),
      note(
        'n2BBBBBBBBBB',
        [t('"We are here to stay," said '), d(1, 'Jane Rosenblum', 'who said it?'), t('.')],
        ['quote'],
        '"We are here to stay," said Jane Rosenblum, the envoy.\nShe spoke in Astana.',
      ),
      note(
        'n3CCCCCCCCCC',
        [t('# 1 priority: the C5+1 format, where <b>ratio</b> & "scores" matter; see '), d(1, 'a::b}} {{c2::x}}', 'odd:: hint}}'), t('.')],
        ['term'],
        '',
      ),
      note(
        'n4DDDDDDDDDD',
        [t('Officials met in '), d(1, 'Алматы', 'place'), t(' and '), d(1, 'طشقند', 'place'), t(' 🌍')],
        ['place'],
        'Right-to-left: طشقند; emoji 🌍.',
      ),
      note('n5EEEEEEEEEE', [t('Retired: '), d(1, 'gone')], ['term'], 'This note vanished from the article.', {
        retiredAt: '2024-03-14T08:00:00.000Z',
      }),
    ],
  };
}

/** The bundled deck when the generator has written it, else the sample. */
export function bundledOrSampleDeck(): Deck {
  if (existsSync(BUNDLED_DECK_FILE)) return parseDeckFile(readFileSync(BUNDLED_DECK_FILE, 'utf8'), BUNDLED_DECK_FILE);
  return sampleDeck();
}
