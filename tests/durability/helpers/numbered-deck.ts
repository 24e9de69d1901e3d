// A deck of `count` one-card notes whose question names its note ("Item 17 cost …"), so a
// test reading line-mode output knows which card each "Saved:" line answered.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Deck } from '../../../src/deck/types.js';

export function numberedDeck(count: number, id = 'numbered01', name = 'Numbered items'): Deck {
  return {
    schema: 1,
    id,
    name,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    source: { title: name, sha256: '0'.repeat(64), dateline: null },
    generatedAt: '2026-01-01T00:00:00.000Z',
    notes: Array.from({ length: count }, (_, i) => ({
      id: `item${i + 1}`,
      fingerprint: `fp-item${i + 1}`,
      kind: 'money' as const,
      cardKinds: ['money' as const],
      text: `Item ${i + 1} cost {{c1::$${i + 1} million::amount}}.`,
      extra: `Item ${i + 1} cost $${i + 1} million.`,
      section: null,
      tags: ['kind::money'],
    })),
  };
}

/** The card a "Q: Item 17 cost [___ amount ___]." line shows. */
export function cardIdOfQuestion(line: string): string | null {
  const match = /^Q: Item (\d+) cost/.exec(line);
  return match ? `item${match[1]}.1` : null;
}

/** Write decks as files of a decks folder (made if missing); returns the folder. */
export function writeDecks(dir: string, decks: Deck[]): string {
  mkdirSync(dir, { recursive: true });
  for (const deck of decks) writeFileSync(path.join(dir, `${deck.slug}.json`), JSON.stringify(deck, null, 2));
  return dir;
}

/** The answers a finished line-mode session showed as saved, in order. */
export function savedAnswersIn(stdout: string): { cardId: string; quality: number }[] {
  const saved: { cardId: string; quality: number }[] = [];
  let shown: string | null = null;
  for (const line of stdout.split('\n')) {
    shown = cardIdOfQuestion(line) ?? shown;
    const grade = /^Saved: (\d)\.$/.exec(line);
    if (grade) saved.push({ cardId: shown!, quality: Number(grade[1]) });
  }
  return saved;
}
