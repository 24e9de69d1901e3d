/** A one-page briefing sheet of one deck, grouped the way a reader prepares for a meeting. */
export interface KeyNumber {
  /** As the article writes it: "$3 billion", "15%", "seven". */
  value: string;
  kind: 'money' | 'percent' | 'number' | 'quantity';
  /** What it counts: the clause of the sentence around it. */
  context: string;
}

export interface PersonEntry {
  name: string;
  /** The role as a sentence of the article gives it ("U.S. Ambassador to Kazakhstan"), or null. */
  role: string | null;
}

export interface OrganisationEntry {
  name: string;
  /** A short form the article also uses ("HRW"), or null. */
  alias: string | null;
}

export interface SpeakerQuotes {
  speaker: string;
  quotes: string[];
}

export interface DateEntry {
  date: string;
  context: string;
  /**
   * Sortable: year × 10000 + month × 100 + day, 0 where not given; without a year (and none
   * assumed from the dateline) only month × 100 + day; null when the date could not be read.
   */
  sortKey: number | null;
  /** True when the article gives no year and none could be assumed. */
  yearUnknown: boolean;
}

export interface BriefSheet {
  deckName: string;
  title: string;
  dateline: string | null;
  numbers: KeyNumber[];
  people: PersonEntry[];
  organisations: OrganisationEntry[];
  places: string[];
  quotes: SpeakerQuotes[];
  /** In time order: read dates first, then the ones without a year, then unreadable ones. */
  dates: DateEntry[];
}
