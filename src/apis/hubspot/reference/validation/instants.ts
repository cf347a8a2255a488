/**
 * Reading date and datetime values (facts B4): epoch milliseconds, an ISO 8601 calendar date
 * (midnight UTC) or an ISO 8601 date-time with Z or a numeric offset. Impossible dates
 * (2025-02-30) and out-of-range times are no instant at all.
 */

export type InstantForm = 'epoch' | 'date' | 'datetime';

export interface Instant {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  readonly ms: number;
  readonly form: InstantForm;
}

export const DAY_MS = 86_400_000;

const EPOCH = /^-?\d{1,15}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Milliseconds of a calendar day at midnight UTC, or undefined when the day does not exist. */
function dayMs(year: string, month: string, day: string): number | undefined {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return ms;
}

/** Offset of a `Z`, `+02:00` or `-0530` suffix in milliseconds, or undefined when out of range. */
function offsetMs(suffix: string): number | undefined {
  if (suffix === 'Z') return 0;
  const digits = suffix.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) return undefined;
  return (suffix.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** The instant a date or datetime value names, or undefined when it names none. */
export function parseInstant(value: string): Instant | undefined {
  if (EPOCH.test(value)) return { ms: Number(value), form: 'epoch' };
  const date = DATE.exec(value);
  if (date !== null) {
    const ms = dayMs(date[1]!, date[2]!, date[3]!);
    return ms === undefined ? undefined : { ms, form: 'date' };
  }
  const time = DATE_TIME.exec(value);
  if (time === null) return undefined;
  const [, year, month, day, hour, minute, second = '0', fraction = '0', suffix] = time;
  const base = dayMs(year!, month!, day!);
  const offset = offsetMs(suffix!);
  const [h, m, s] = [Number(hour), Number(minute), Number(second)];
  if (base === undefined || offset === undefined || h > 23 || m > 59 || s > 59) return undefined;
  const millis = Math.floor(Number(`0.${fraction}`) * 1000);
  return { ms: base + ((h * 60 + m) * 60 + s) * 1000 + millis - offset, form: 'datetime' };
}

/** True when the instant is midnight UTC of some day. */
export function isMidnightUtc(instant: Instant): boolean {
  return ((instant.ms % DAY_MS) + DAY_MS) % DAY_MS === 0;
}
