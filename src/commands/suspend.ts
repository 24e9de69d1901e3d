import { parseCloze, plainText } from '../deck/cloze.js';
import { loadAllDecks } from '../deck/deck-file.js';
import { cardsOfDeck, type Deck } from '../deck/types.js';
import { UserError } from '../errors.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store-api.js';
import type { CommandContext, CommandRunner } from './context.js';

const PREVIEW = 50;

function preview(deck: Deck | undefined, noteId: string): string {
  const note = deck?.notes.find((n) => n.id === noteId);
  if (!note) return '';
  try {
    const text = plainText(parseCloze(note.text));
    return ` ("${text.length > PREVIEW ? `${text.slice(0, PREVIEW - 1)}…` : text}")`;
  } catch {
    return '';
  }
}

/** The card's deck file, if any; a card the store has not seen yet is registered first. */
async function findCard(store: Store, decks: Deck[], cardId: string, context: CommandContext): Promise<Deck | undefined> {
  const deck = decks.find((d) => cardsOfDeck(d).some((c) => c.id === cardId));
  if (deck && !store.progressOf(cardId)) await store.syncDeck(deck);
  if (!store.progressOf(cardId)) {
    throw new UserError(
      `briefdeck: no card "${cardId}" in storage "${context.storageDir}" or the decks in "${context.decksDir}" — card ids look like NOTEID.1; "briefdeck stats" lists trouble cards with their ids`,
    );
  }
  return deck ?? decks.find((d) => d.id === store.progressOf(cardId)!.deckId);
}

async function setCardSuspended(cardId: string, suspend: boolean, context: CommandContext): Promise<number> {
  const { decks, problems } = await loadAllDecks(context.decksDir);
  for (const problem of problems) context.stderr.write(`${problem}\n`);
  const store = await openStore(context.storageDir, {
    mode: 'write',
    now: context.now(),
    timeZone: context.timeZone,
    command: 'suspend',
    displayDir: context.storageDir,
    warn: (line) => context.stderr.write(`${line}\n`),
  });
  try {
    const deck = await findCard(store, decks, cardId, context);
    const progress = store.progressOf(cardId)!;
    const what = `${cardId}${preview(deck, progress.noteId)}`;
    const retired = deck !== undefined && !deck.notes.some((n) => n.id === progress.noteId && !n.retiredAt);
    if (!suspend && retired) {
      context.stdout.write(`Card ${what} is retired: its note left the article, so it stays out of reviews.\n`);
      return 0;
    }
    if (progress.suspended === suspend) {
      context.stdout.write(`Card ${what} is already ${suspend ? 'suspended' : 'in reviews'}.\n`);
      return 0;
    }
    await store.setSuspended(cardId, suspend);
    context.stdout.write(
      suspend
        ? `Suspended ${what}; it stays out of reviews until: briefdeck unsuspend ${cardId}\n`
        : `Unsuspended ${what}; it is back in reviews with its schedule as it was.\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

export const runSuspendCommand: CommandRunner = (args, context) => setCardSuspended(args.positionals[0]!, true, context);
export const runUnsuspendCommand: CommandRunner = (args, context) => setCardSuspended(args.positionals[0]!, false, context);
