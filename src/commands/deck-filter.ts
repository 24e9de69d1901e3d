import type { ParsedCommand } from '../cli-args.js';
import type { Deck } from '../deck/types.js';
import { UserError } from '../errors.js';
import { isSince, parseSince } from './since-option.js';

/** --tag and --since: which decks a command takes when no deck is named. */
export interface DeckFilter {
  tags: string[];
  since: Date | null;
  /** The flags as typed, for messages. */
  said: string;
}

export function deckFilterOf(values: ParsedCommand['values'], now: Date, command: string): DeckFilter | null {
  const tags = ((values.tag as string[] | undefined) ?? []).map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
  const since = values.since === undefined ? null : parseSince(values.since as string, now, command);
  if (tags.length === 0 && since === null) return null;
  const said = [...tags.map((t) => `--tag ${t}`), ...(since ? [`--since ${String(values.since)}`] : [])].join(' ');
  return { tags, since, said };
}

/** When a deck's article is from: the date it was published, else when its deck was made. */
export function deckDate(deck: Deck): string {
  return deck.source.published ?? deck.generatedAt;
}

/** Decks with every tag asked (any one of several --tag is not enough) and from --since on. */
export function filterDecks(decks: readonly Deck[], filter: DeckFilter): Deck[] {
  return decks.filter(
    (deck) => filter.tags.every((tag) => deck.tags?.includes(tag)) && (filter.since === null || isSince(deckDate(deck), filter.since)),
  );
}

/** The decks a filter leaves, or one line saying none matched and what there is. */
export function requireFiltered(decks: readonly Deck[], filter: DeckFilter): Deck[] {
  const kept = filterDecks(decks, filter);
  if (kept.length > 0) return kept;
  const tags = [...new Set(decks.flatMap((d) => d.tags ?? []))].sort();
  const known = tags.length > 0 ? `tags in use: ${tags.join(', ')}` : 'no deck has a tag yet (generate --feed gives one, or --tag TAG)';
  throw new UserError(`briefdeck: no deck matches ${filter.said} (${known}) — run "briefdeck decks" to list them`);
}
