// What a recognized expression means before it is anchored: calendar fields as written, or a shift from the
// article's date, or a reference word. The resolver turns a Spec into a TIMEX3 value once the anchor is known.
import type { DateKind, DateMod } from '../types';
import type { CalendarUnit } from './lexicon';

export type Spec =
  /** Fields as written: "November 27", "Nov 28, 2025", "2026", "Friday, Oct. 23". */
  | { type: 'explicit'; year?: number; month?: number; day?: number; weekday?: number; yearOffset?: number }
  /** "the weekend", "this weekend": the nearest weekend, by tense. */
  | { type: 'weekend' }
  /** "the 1990s" (decade 199), "the '90s" (decade 9, century unknown). */
  | { type: 'decade'; decade: number; centuryKnown: boolean }
  /** "the 20th century" → 19. */
  | { type: 'century'; century: number }
  /** "the third quarter (of 2026)", "the first half"; yearOffset for "of last year". */
  | { type: 'part-of-year'; part: 'Q' | 'H'; index: number; year?: number; yearOffset?: number }
  | { type: 'season'; season: string; year?: number; yearOffset?: number }
  /**
   * A shift from the article's date (or, when anaphoric, from the date last mentioned): "today" (day 0),
   * "last week" (week -1), "two years ago" (year -2), "a year earlier" (anaphoric year -1).
   * Completed: the period has ended by the time of writing ("the latest quarter"), so a period still
   * running that was mentioned before it is not what it points back to.
   */
  | { type: 'shift'; unit: CalendarUnit; offset: number; anaphoric?: boolean; comparison?: boolean; completed?: boolean }
  /**
   * "Tuesday", "last Friday" (direction -1), "next Monday" (+1), "this Friday" (0); undefined: by tense.
   * Anaphoric ("the previous Friday") counts from the day mentioned last instead of the article's date.
   */
  | { type: 'weekday'; weekday: number; direction?: -1 | 0 | 1; reported?: boolean; anaphoric?: boolean }
  /** "last April" (-1), "this September" (0), "next May" (+1). */
  | { type: 'month-relative'; month: number; direction: -1 | 0 | 1 }
  /** Named days: "Thanksgiving", "Christmas Eve 2024", "last Easter". */
  | { type: 'holiday'; name: string; year?: number; direction?: -1 | 0 | 1 }
  | { type: 'reference'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  /** Durations and sets, whose value needs no anchor: P3Y, XXXX-WXX-1. */
  | { type: 'literal'; value: string };

export interface Candidate {
  start: number;
  end: number;
  kind: DateKind;
  spec: Spec;
  mod?: DateMod;
  /** TIMEX3 part of day (TMO, TAF, TEV, TNI, TMD) or a clock time "22:00". */
  timeOfDay?: string;
  /** "the week of March 6": the ISO week holding the day. */
  weekOf?: boolean;
  /** The rule that found it, for debugging and for ranking overlapping matches. */
  rule: string;
}
