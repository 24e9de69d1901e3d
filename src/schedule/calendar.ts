// Calendar days are strings (YYYY-MM-DD); arithmetic on them goes through UTC midnight, so no
// time zone and no daylight-saving change can shift a day.

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayToUtcMs(day: string): number {
  const m = DAY_PATTERN.exec(day);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  }
  return ms;
}

export function isCalendarDay(value: string): boolean {
  try {
    dayToUtcMs(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Names of UTC itself. Days and times there are read from Date's UTC getters: ICU's first
 * formatter loads its locale data, 30–50 ms of CPU at every start of a CLI told BRIEFDECK_TZ=UTC
 * (as servers, scripts and the tests are).
 */
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT']);

export function isUtcZone(timeZone: string): boolean {
  return UTC_NAMES.has(timeZone);
}

/** The calendar day (YYYY-MM-DD) that the instant `at` falls on in `timeZone` (IANA name). */
export function localDay(at: Date | string, timeZone: string): string {
  const instant = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a valid time: ${String(at)}`);
  if (isUtcZone(timeZone)) {
    const two = (n: number): string => String(n).padStart(2, '0');
    return `${String(instant.getUTCFullYear()).padStart(4, '0')}-${two(instant.getUTCMonth() + 1)}-${two(instant.getUTCDate())}`;
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

export function addDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be a whole number, got ${n}`);
  return new Date(dayToUtcMs(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToUtcMs(b) - dayToUtcMs(a)) / DAY_MS);
}
