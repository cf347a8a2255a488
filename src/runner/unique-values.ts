/**
 * Values for unique attributes that a text prefix cannot isolate (numbers and dates). Each
 * case of a run owns a block of values, chosen by the run id and the case's ordinal, and hands
 * them out in order; records live only while their case runs, so a block never meets itself.
 *
 * Numbers stay within the positive int32 range and dates between 1800 and 9999, so a server
 * that stores them in narrower columns than the pages promise still takes them.
 */

/** How many cases a run can tell apart; ordinals wrap beyond it. */
export const CASE_SLOTS = 128;

const NUMBER_BASE = 1_000_000_000;
const NUMBER_RUN_SLOTS = 512;
const NUMBER_BLOCK = 16_384;

const DATE_BASE_DAY = Date.UTC(1800, 0, 1) / 86_400_000;
const DATE_RUN_SLOTS = 16;
const DATE_BLOCK = 1_460;

/** The first values of a block are never handed out twice: the records of a case's set-up live longest. */
const KEPT_AT_WRAP = 64;

function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

function wrap(serial: number, block: number): number {
  return serial < block ? serial : KEPT_AT_WRAP + ((serial - KEPT_AT_WRAP) % (block - KEPT_AT_WRAP));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export class UniqueSerials {
  private count = 0;
  private readonly runHash: number;
  private readonly slot: number;

  /** `ordinal` is the case's position among the API's cases; distinct cases of a run get distinct blocks. */
  constructor(runId: string, ordinal: number) {
    this.runHash = hash32(runId);
    this.slot = ((ordinal % CASE_SLOTS) + CASE_SLOTS) % CASE_SLOTS;
  }

  /** An integer no other value of this run's cases has, while the case lives. */
  number(): number {
    const block = (this.runHash % NUMBER_RUN_SLOTS) * CASE_SLOTS + this.slot;
    return NUMBER_BASE + block * NUMBER_BLOCK + wrap(this.count++, NUMBER_BLOCK);
  }

  /** A YYYY-MM-DD date, distinct in the same way. */
  date(): string {
    const block = this.slot * DATE_RUN_SLOTS + (this.runHash % DATE_RUN_SLOTS);
    const day = new Date((DATE_BASE_DAY + block * DATE_BLOCK + wrap(this.count++, DATE_BLOCK)) * 86_400_000);
    return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
  }
}
