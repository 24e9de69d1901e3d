const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';

export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

const monthNumber = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/**
 * The parts of a date as news text writes it: "2022", "January 2022", "Jan. 4", "Jan. 4, 2024",
 * "4 January 2024", "2024-01-04", "the 1990s". Null when no year or month can be read.
 */
export function readDate(text: string): DateParts | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'i').exec(t);
  if (m) return { year: m[3] ? Number(m[3]) : null, month: monthNumber(m[1]!), day: Number(m[2]) };
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`, 'i').exec(t);
  if (m) return { year: m[3] ? Number(m[3]) : null, month: monthNumber(m[2]!), day: Number(m[1]) };
  m = new RegExp(`\\b${MONTH}(?:\\s+of)?,?\\s+(\\d{4})\\b`, 'i').exec(t);
  if (m) return { year: Number(m[2]), month: monthNumber(m[1]!), day: null };
  m = /\b(\d{4})s?\b/.exec(t);
  if (m) return { year: Number(m[1]), month: null, day: null };
  m = new RegExp(`^${MONTH}$`, 'i').exec(t);
  if (m) return { year: null, month: monthNumber(m[1]!), day: null };
  return null;
}

/** A number that sorts dates: a year alone comes before its months, a month before its days. */
export function dateSortKey(parts: DateParts, assumedYear: number | null): number | null {
  const year = parts.year ?? assumedYear;
  if (year === null) return null;
  return year * 10_000 + (parts.month ?? 0) * 100 + (parts.day ?? 0);
}

/** The year of a dateline such as "WASHINGTON, Jan. 5, 2024", or null. */
export function datelineYear(dateline: string | null): number | null {
  const m = dateline ? /\b(1[89]\d\d|20\d\d)\b/.exec(dateline) : null;
  return m ? Number(m[1]) : null;
}
