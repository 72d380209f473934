import { WEEKDAYS, type Schedule, type Weekday } from './config.schema.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let format = formatters.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timezone, format);
  }
  return format;
}

/** The weekday and minute of the day at `at` in `timezone`. */
export function localTime(at: number, timezone: string): { day: Weekday; minute: number; hour: number } {
  let day: Weekday = 'mon';
  let hour = 0;
  let minute = 0;
  for (const part of formatter(timezone).formatToParts(at)) {
    if (part.type === 'weekday') day = part.value.slice(0, 3).toLowerCase() as Weekday;
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { day, hour, minute: hour * 60 + minute };
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

function previousDay(day: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(day) + WEEKDAYS.length - 1) % WEEKDAYS.length]!;
}

/**
 * Whether `at` falls inside one of the schedule's windows. A window whose end is before its start
 * runs overnight: `fri 22:00-06:00` covers Friday night and early Saturday.
 */
export function withinSchedule(schedule: Schedule, at: number): boolean {
  const { day, minute } = localTime(at, schedule.timezone);
  return schedule.windows.some((window) => {
    const from = minutes(window.from);
    const to = minutes(window.to);
    if (from < to) return window.days.includes(day) && minute >= from && minute < to;
    return (window.days.includes(day) && minute >= from) || (window.days.includes(previousDay(day)) && minute < to);
  });
}
