import { parseCloze, plainText } from '../deck/cloze.js';
import type { Deck } from '../deck/types.js';
import { isPlaceName } from '../generate/gazetteer.js';

/** Runs of one to three capitalised words: "Kazakhstan", "Central Asia", "Abu Dhabi". */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}/gu;

/**
 * Places the deck's sentences name, asked or not: in a deck with few place answers they are
 * the fair distractors for a place ("Ukraine" among "Russia", "China", "Moscow" the article
 * mentions), better than places the reader never saw.
 */
export function mentionedPlaces(deck: Deck): string[] {
  const found = new Set<string>();
  for (const note of deck.notes) {
    if (note.retiredAt) continue;
    for (const run of plainText(parseCloze(note.text)).match(CAPITALISED_RUN) ?? []) {
      const words = run.split(/\s+/);
      // The whole run, else its single words ("Astana" in "Astana Times" is still a place).
      const candidates = isPlaceName(run) ? [run] : words;
      for (const word of candidates) {
        const name = word.replace(/[’']s$/, '');
        if (isPlaceName(name)) found.add(name);
      }
    }
  }
  return [...found];
}
