// Calendar days and clock times in the user's time zone, for backup names and lock messages.

/** The local calendar day (YYYY-MM-DD) of `at` in `timeZone`. */
export function calendarDayIn(at: Date, timeZone?: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The local clock time (HH:MM, 24 h) of `at` in `timeZone`. */
export function clockTimeIn(at: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}
