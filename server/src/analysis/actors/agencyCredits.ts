// The news agency a dateline credits ("WASHINGTON (AP) —", "Moscow, Nov 28 (UNI)") is where the article comes
// from, not an actor of the story: it is reported as a source of the article and its name there is no mention of
// any actor (the same agency named in the story, "Reuters reported", stays an actor).
import type { Block, SourceCredit } from '../types';

// The parenthesized credit of a dateline block (structure.ts's DATELINE has found the block).
const CREDIT_IN_DATELINE = /\(\s*([A-Z][A-Za-z]{1,14}(?:[-/ ][A-Z][A-Za-z]{1,14})?)\s*\)/;

/** The agencies credited by the article's datelines, in text order. */
export function agencyCredits(text: string, blocks: readonly Block[]): SourceCredit[] {
  const credits: SourceCredit[] = [];
  for (const block of blocks) {
    if (block.kind !== 'dateline') continue;
    const match = CREDIT_IN_DATELINE.exec(text.slice(block.start, block.end));
    if (!match) continue;
    const start = block.start + match.index + match[0].indexOf(match[1]);
    const end = start + match[1].length;
    credits.push({ kind: 'agency', name: match[1], start, end, text: text.slice(start, end) });
  }
  return credits;
}

/** True when [start, end) lies within one of the credits. */
function insideCredit(credits: readonly SourceCredit[], start: number, end: number): boolean {
  for (const credit of credits) if (start >= credit.start && end <= credit.end) return true;
  return false;
}

/** The mentions that lie inside no credit. */
export function outsideCredits<M extends { start: number; end: number }>(mentions: M[], credits: readonly SourceCredit[]): M[] {
  if (credits.length === 0) return mentions;
  const outside: M[] = [];
  for (const mention of mentions) if (!insideCredit(credits, mention.start, mention.end)) outside.push(mention);
  return outside;
}
