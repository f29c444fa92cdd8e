// When the article never writes its year, the evidence for the inferred year is told once: on the reference
// date (the dateline's month and day, else the first date whose year was inferred). Every other date names the
// year and points there, so no hover repeats the evidence and none explains a date by itself ("2026 inferred
// from 'next year'" on "next year"). One Problem says the year is not written, on that same date.
import type { DateAnnotation, Problem } from '../types';
import type { Anchor } from './resolve';

/** The suffix chooseAnchor adds when the inferred year is joined to the dateline's month and day. */
const DAY_FROM_DATELINE = /; day from the dateline$/;

/**
 * Rewrites the notes of the dates that depend on an inferred year and returns the one problem about it
 * (undefined when the anchor was not inferred or no date depends on it). `inDateline` tells the dates that
 * stand in the dateline.
 */
export function explainInferredYear(dates: DateAnnotation[], anchor: Anchor, inDateline: ReadonlySet<string>): Problem | undefined {
  if (anchor.source !== 'inferred' || anchor.year === undefined) return undefined;
  const inferred = dates.filter((date) => date.anchoring === 'inferred-year');
  const evidence = (anchor.explanation ?? `year ${anchor.year} inferred from the article`).replace(DAY_FROM_DATELINE, '').replace(/^year /, '');
  // The dateline's date, else a date the evidence does not quote (a date is not evidence for itself), else the first.
  const explainer = inferred.find((date) => inDateline.has(date.id)) ?? inferred.find((date) => !evidence.includes(`'${date.text}'`)) ?? inferred[0];
  const seeThere = explainer ? ` (the evidence is on “${explainer.text}”)` : '';
  for (const date of dates) {
    if (date === explainer) date.note = `year not written; ${evidence}`;
    else if (date.anchoring === 'inferred-year') date.note = `year not written; the article's year, ${anchor.year}, is inferred${seeThere}`;
    else if (date.anchoring === 'reference-date' && !/_REF$/.test(date.value)) {
      // A value as coarse as a year depends on the article's year only, not on its day.
      const from =
        date.granularity === 'year' || !anchor.day
          ? `the article's year, ${anchor.year}`
          : `the article's date, ${anchor.day.year}-${String(anchor.day.month).padStart(2, '0')}-${String(anchor.day.day).padStart(2, '0')}`;
      date.note = `counted from ${from}, whose year is inferred${seeThere}`;
    }
  }
  if (!explainer) return undefined;
  return {
    code: 'inferred-year',
    start: explainer.start,
    end: explainer.end,
    // Short: the date's hover gives the evidence, so the two never repeat each other.
    message: `The article does not write its year; ${anchor.year} is inferred from its other dates.`,
    annotationId: explainer.id,
  };
}
