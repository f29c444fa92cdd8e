// The blocks of an edited article taken over from the previous analysis's, the lines the edit touched read again.
// Past the front matter and the first prose lines (where the headline and the dateline are told) a line's blocks
// depend on its own text alone, but for the last content line, which may be an agency's sign-off. So when the
// lines an edit touched all lie there, before the last content line, the blocks before them are the previous
// analysis's, those after them too (moved with the edit), and only those lines are read again: reading every line of
// a long article (a copy of each line's text, its reading and its blocks) was a few percent of a keystroke's
// analysis, and much of its garbage. In test mode each structure taken over is compared with one read afresh.
import { checkedKept, KeptLatest, paragraphCachesEnabled } from './paragraphCache';
import { textAlignmentOf } from './previousText';
import { hasOtherBreaksWithin, readStructureOfLines, settledLineBlocks, type ReadStructure, type Structure } from './structure';
import type { Block, BlockKind } from './types';

/** The latest structure read: its blocks as numbers (its own copy: the blocks handed out are the analysis's). */
interface KeptStructure {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  frontMatter: Record<string, string> | undefined;
  settledFrom: number;
  lastContentStart: number;
  plainBreaks: boolean;
}

const KINDS: readonly BlockKind[] = ['boilerplate', 'headline', 'dateline', 'paragraph', 'credit', 'signoff'];
const KIND_CODES = new Map(KINDS.map((kind, code) => [kind, code]));

const kept = new KeptLatest<KeptStructure>();
/** How many structures were taken over so far (for the tests). */
let takenOver = 0;

/** How many structures readStructureReusing() took over from the previous analysis so far. */
export function structuresTakenOver(): number {
  return takenOver;
}

/** readStructure(text), taken over from the previous analysis's where it can be. */
export function readStructureReusing(text: string): Structure {
  if (!paragraphCachesEnabled()) return readStructureOfLines(text).structure;
  const previous = kept.value;
  // (asked of every text: the next one aligns with it)
  const alignment = textAlignmentOf(text);
  if (previous !== undefined && previous.plainBreaks && previous.text !== text) {
    if (alignment.previous === previous.text) {
      // The lines the edit touched: from the start of the line where it begins to the line break after it.
      const from = text.lastIndexOf('\n', alignment.prefix - 1) + 1;
      const breakAfter = text.indexOf('\n', alignment.suffixFrom);
      const to = breakAfter < 0 ? text.length : breakAfter;
      const previousTo = to - alignment.shift;
      if (from >= previous.settledFrom && previousTo < previous.lastContentStart && !hasOtherBreaksWithin(text, from, to)) {
        takenOver++;
        const structure = structureAgain(text, previous, from, to, previousTo, alignment.shift);
        kept.value = keptOf(text, structure, previous.settledFrom, previous.lastContentStart + alignment.shift, true);
        return checkedKept('structure', structure, () => readStructureOfLines(text).structure);
      }
    }
  }
  const read: ReadStructure = readStructureOfLines(text);
  kept.value = keptOf(text, read.structure, read.settledFrom, read.lastContentStart, read.plainBreaks);
  return read.structure;
}

/** The previous blocks before `from` and from `previousTo` on (moved by `shift`), the lines of text[from, to) read between. */
function structureAgain(text: string, previous: KeptStructure, from: number, to: number, previousTo: number, shift: number): Structure {
  const { starts, ends, kinds } = previous;
  const blocks: Block[] = [];
  let index = 0;
  for (; index < starts.length && ends[index] <= from; index++) blocks.push({ kind: KINDS[kinds[index]], start: starts[index], end: ends[index] });
  while (index < starts.length && starts[index] < previousTo) index++;
  settledLineBlocks(text, from, to, blocks);
  for (; index < starts.length; index++) blocks.push({ kind: KINDS[kinds[index]], start: starts[index] + shift, end: ends[index] + shift });
  return { blocks, frontMatter: previous.frontMatter === undefined ? undefined : { ...previous.frontMatter }, problems: [] };
}

function keptOf(text: string, structure: Structure, settledFrom: number, lastContentStart: number, plainBreaks: boolean): KeptStructure {
  const { blocks } = structure;
  const starts = new Int32Array(blocks.length);
  const ends = new Int32Array(blocks.length);
  const kinds = new Uint8Array(blocks.length);
  for (let index = 0; index < blocks.length; index++) {
    starts[index] = blocks[index].start;
    ends[index] = blocks[index].end;
    kinds[index] = KIND_CODES.get(blocks[index].kind)!;
  }
  const frontMatter = structure.frontMatter === undefined ? undefined : { ...structure.frontMatter };
  return { text, starts, ends, kinds, frontMatter, settledFrom, lastContentStart, plainBreaks };
}
