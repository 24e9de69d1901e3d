import { UserError } from '../errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * --since as a time: a date (2025-06-02, read as that day's start in UTC), a full ISO time,
 * or a number of days back from now ("7d" — this week's briefing).
 */
export function parseSince(raw: string, now: Date, command: string): Date {
  const text = raw.trim();
  const days = /^(\d{1,4})d$/i.exec(text);
  if (days) return new Date(now.getTime() - Number(days[1]) * DAY_MS);
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    const time = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text.replace(' ', 'T'));
    if (!Number.isNaN(time)) return new Date(time);
  }
  throw new UserError(`briefdeck ${command}: --since must be a date (2025-06-02), an ISO time or a number of days (7d), got "${raw}"`);
}

/** Whether an ISO-like time is at or after `since`; a time that does not parse counts as not. */
export function isSince(time: string | null | undefined, since: Date): boolean {
  if (!time) return false;
  const parsed = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(time) ? `${time}T00:00:00Z` : time);
  return !Number.isNaN(parsed) && parsed >= since.getTime();
}
