// The user's calendar day and clock time, for the shell: the day a review or a count is for,
// backup names, lock messages. A zone named by the user goes through the pure `localDay`
// (ICU's formatter); the system's own zone is read from Date's local getters, which use that
// same zone but need no formatter — the first formatter loads ICU's locale data, 20–80 ms of a
// review's first frame.
import { isUtcZone, localDay } from '../schedule/calendar.js';

const twoDigits = (n: number): string => String(n).padStart(2, '0');

function checkedInstant(at: Date): Date {
  if (Number.isNaN(at.getTime())) throw new RangeError(`not a valid time: ${String(at)}`);
  return at;
}

/** The calendar day (YYYY-MM-DD) of `at` in `timeZone` (an IANA name), or in the system's zone when undefined. */
export function calendarDayIn(at: Date, timeZone: string | undefined): string {
  if (timeZone !== undefined) return localDay(at, timeZone);
  const local = checkedInstant(at);
  return `${String(local.getFullYear()).padStart(4, '0')}-${twoDigits(local.getMonth() + 1)}-${twoDigits(local.getDate())}`;
}

/** The clock time (HH:MM, 24 h) of `at` in `timeZone` (an IANA name), or in the system's zone when undefined. */
export function clockTimeIn(at: Date, timeZone: string | undefined): string {
  if (timeZone !== undefined && isUtcZone(timeZone)) {
    const utc = checkedInstant(at);
    return `${twoDigits(utc.getUTCHours())}:${twoDigits(utc.getUTCMinutes())}`;
  }
  if (timeZone !== undefined) {
    return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  }
  const local = checkedInstant(at);
  return `${twoDigits(local.getHours())}:${twoDigits(local.getMinutes())}`;
}
