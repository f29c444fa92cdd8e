// A paragraph's sentences as the quote layer splits them (split around the quoted parts in it: sentences.ts
// splitSentences), taken from the previous analysis when the paragraph's text is unchanged (previousText.ts) and the
// quoted parts in it lie at the same places relative to it: they are a function of the paragraph's tokens (read
// from its text alone) and of those parts. Test mode (paragraphCache.ts setCacheChecks) splits every kept one again.
import { checkedKept, paragraphCachesEnabled } from '../paragraphCache';
import { KeptByPlace, type Places } from '../previousText';
import { countMovedInPlace, mayMoveInPlace, newClaim } from './inPlace';
import { movedRange } from './sentenceSpeechCache';
import type { Range } from './sentences';

interface Kept {
  /** The quoted parts in the paragraph, relative to its start. */
  parts: string;
  sentences: readonly Range[];
  /** The analysis that took the sentences (inPlace.ts newClaim): taken once per analysis. */
  claimed: number;
}

const kept = new KeptByPlace<Kept>();

/** One analysis's paragraph sentences, those of the paragraphs an edit left alone taken from the previous analysis. */
export class BlockSentencesReuse {
  private readonly places: Places<Kept>;
  /** Whether the sentences last asked for (sentences()) were the previous analysis's, moved. */
  lastCarried = false;
  /** Whether the previous analysis's sentences may be moved in place (inPlace.ts), and this analysis's claim. */
  private readonly inPlace = mayMoveInPlace();
  private readonly claim = newClaim();

  constructor(text: string) {
    this.places = kept.begin(text);
  }

  /**
   * split(), or the previous analysis's sentences of the same paragraph with the same quoted parts, moved (then
   * lastCarried is true).
   */
  sentences(block: Range, quoted: readonly Range[], split: () => Range[]): Range[] {
    this.lastCarried = false;
    if (!paragraphCachesEnabled()) return split(); // (a text analyzed once: nothing to compare)
    let parts = '';
    for (const part of quoted) parts += `${part.start - block.start},${part.end - block.start};`;
    const found = this.places.find(block.start, block.end);
    let sentences: Range[];
    // (a list is taken once per analysis: one found again, which cannot happen, is split again)
    if (found !== undefined && found.value.parts === parts && found.value.claimed !== this.claim) {
      found.value.claimed = this.claim;
      const previous = found.value.sentences;
      sentences = checkedKept('paragraph sentences', this.inPlace ? movedInPlace(previous, found.shift) : moved(previous, found.shift), split);
      this.lastCarried = true;
    } else sentences = split();
    this.places.keep(block.start, block.end, { parts, sentences, claimed: 0 });
    return sentences;
  }
}

/** `sentences` moved `by` characters further on in place (inPlace.ts: nothing but this cache holds them). */
function movedInPlace(sentences: readonly Range[], by: number): Range[] {
  // (the ranges are distinct objects: splitSentences makes each)
  if (by !== 0) {
    countMovedInPlace();
    for (const sentence of sentences) {
      sentence.start += by;
      sentence.end += by;
    }
  }
  return sentences as Range[];
}

/** `sentences` `by` characters further on (the same array when not moved: nothing changes a sentence once split). */
function moved(sentences: readonly Range[], by: number): Range[] {
  return by === 0 ? (sentences as Range[]) : sentences.map((sentence) => movedRange(sentence, by));
}
