// A deck file is regenerable: when it was deleted, the store still knows the deck (its id,
// slug and article hash) and its notes' fingerprints, so regenerating keeps their ids — and
// with them the review history — instead of orphaning it under a ghost deck.
import { existsSync } from 'node:fs';
import { loadAllDecks } from '../deck/deck-file.js';
import { openStore } from '../store/open-store.js';
import type { CommandContext } from './context.js';

export interface LostDeck {
  deckId: string;
  noteIdsByFingerprint: Map<string, string>;
}

/**
 * The store's deck made from the same article (else of the same file name) that no deck file
 * holds any more, or null. Reads the store without a lock; a store that cannot be read is
 * said in one line and generation goes on with new ids.
 */
export async function findLostDeck(context: CommandContext, slug: string, sha256: string): Promise<LostDeck | null> {
  if (!existsSync(context.storageDir)) return null;
  let store;
  try {
    store = await openStore(context.storageDir, { mode: 'read', now: context.now(), timeZone: context.timeZone });
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/^briefdeck: /, '') : String(error);
    context.stderr.write(`briefdeck: could not read the storage to find this deck's earlier cards (${why}); its notes get new ids\n`);
    return null;
  }
  try {
    const withFiles = new Set((await loadAllDecks(context.decksDir)).decks.map((deck) => deck.id));
    const lost = store.knownDecks().filter((deck) => !withFiles.has(deck.id));
    const found = lost.find((deck) => deck.sha256 === sha256) ?? lost.find((deck) => deck.slug === slug);
    return found ? { deckId: found.id, noteIdsByFingerprint: store.noteIdsByFingerprint(found.id) } : null;
  } finally {
    await store.close();
  }
}
