// The one analyzer: text in, annotations out. Pure and synchronous, no editor or LSP imports; the language
// server, the CLI, the benchmark and the evaluation all call this function.
import { findActors } from './actors';
import { documentTokens } from './documentTokens';
import type { Checkpoint } from './checkpoint';
import { agencyCredits } from './actors/agencyCredits';
import { findDates } from './dates';
import { findQuotes } from './quotes';
import { readStructureReusing } from './structureReuse';
import type { AnalyzeOptions, Annotations } from './types';
import { byStartThenEnd } from './spanOrder';

/** `checkpoint` is called between the steps (checkpoint.ts). */
export function analyze(text: string, options: AnalyzeOptions = {}, checkpoint?: Checkpoint): Annotations {
  const structure = readStructureReusing(text);
  checkpoint?.();
  const document = documentTokens(text, structure.blocks);
  const actors = findActors(text, structure.blocks, checkpoint, document);
  checkpoint?.();
  const dated = findDates(
    text,
    structure.blocks,
    {
      referenceDate: options.referenceDate,
      frontMatterDate: structure.frontMatter?.date,
    },
    document,
  );
  checkpoint?.();
  const quoted = findQuotes(text, structure.blocks, actors, checkpoint, document);
  const annotations: Annotations = {
    referenceDate: dated.referenceDate,
    blocks: structure.blocks,
    actors,
    dates: dated.dates,
    quotes: quoted.quotes,
    problems: [...structure.problems, ...dated.problems, ...quoted.problems].sort(byStartThenEnd),
  };
  const sources = agencyCredits(text, structure.blocks);
  if (sources.length) annotations.sources = sources;
  return options.id === undefined ? annotations : { id: options.id, ...annotations };
}
