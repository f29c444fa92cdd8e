// The actor layer: people, organizations and places of the prose blocks, one Actor per real-world actor.
// tokens → context features → name tagger (trained on annotated news) → clean mentions (+ institution names
// written out in full) → roles → linking.
import type { Checkpoint } from '../checkpoint';
import { documentTokens, type DocumentTokens } from '../documentTokens';
import { combinedOrWhole, flagsPerParagraph, indicesPerParagraph, perParagraph } from '../paragraphLocal';
import type { Actor, Block } from '../types';
import { agencyCredits, outsideCredits } from './agencyCredits';
import { datelineOpenings } from './datelinePlaces';
import { documentFeatures, headlineLines, numericLines } from './features';
import { gazetteer } from './gazetteer';
import { institutionChains, institutionChainsPerParagraph } from './institutions';
import { linkMentionsReusing } from './linkingReuse';
import { namedMentionsReusing } from './namedMentions';
import { readMentions, untaggedOrganizationOpenings } from './mentions';
import { SpanMentionsReuse } from './spanMentionsCache';
import { phraseOpenings } from './nominals';
import { linkNominalsReusing } from './nominalsReuse';
import { documentRegister, registerOf, registerTally } from './register';
import { readRoles } from './roles';
import { shippedJointWeights, tagJointly } from './jointTagger';
import { tagWithCarriedScores } from './taggerReuse';

/**
 * Finds the people, organizations and places of the prose blocks, one Actor per real-world actor (checkpoint: see
 * analyze()). `document`: the tokens of the prose blocks, when the caller has them already.
 */
export function findActors(text: string, blocks: readonly Block[], checkpoint?: Checkpoint, document: DocumentTokens = documentTokens(text, blocks)): Actor[] {
  const tokens = document.tokens;
  if (tokens.length === 0) return [];
  const names = gazetteer();
  checkpoint?.();
  // The register and the flags of headlines and number lines are sums and flags of lines, each paragraph's its own:
  // computed for the paragraphs an edit touched, the others' kept with their tokens (paragraphLocal.ts).
  const register = combinedOrWhole(
    'register',
    () => registerOf(perParagraph(document, 'register', registerTally)),
    () => documentRegister(tokens),
  );
  const lines = {
    headline: combinedOrWhole(
      'headline lines',
      () => flagsPerParagraph(document, 'headline lines', headlineLines),
      () => headlineLines(tokens),
    ),
    numeric: combinedOrWhole(
      'number lines',
      () => flagsPerParagraph(document, 'number lines', numericLines),
      () => numericLines(tokens),
    ),
  };
  const features = documentFeatures(tokens, names, register, lines, document);
  checkpoint?.();
  // The static scores and tags of the tokens an edit left alone come from the previous analysis (taggerReuse.ts).
  const weights = shippedJointWeights();
  const tags = tagWithCarriedScores({ tokens: tokens, views: features.views, headline: features.headline, register, document }, (scores, previous) =>
    tagJointly(features, weights, scores, previous),
  );
  checkpoint?.();
  // A dateline's agency credit is the article's source (analyze() reports it), not a mention of an actor.
  const credits = agencyCredits(text, blocks);
  // Where an untagged organization or a dateline may open is read per paragraph (kept with its tokens); what is there,
  // with the document.
  const untaggedOpenings = combinedOrWhole(
    'untagged organization openings',
    () => indicesPerParagraph(document, 'untagged organization openings', untaggedOrganizationOpenings),
    () => untaggedOrganizationOpenings(tokens),
  );
  const datelines = combinedOrWhole(
    'dateline openings',
    () => indicesPerParagraph(document, 'dateline openings', datelineOpenings),
    () => datelineOpenings(tokens),
  );
  const tagged = outsideCredits(readMentions(tokens, tags, names, register, new SpanMentionsReuse(document, register), untaggedOpenings), credits);
  // Institution names written out in full are read per paragraph (kept with its tokens), then joined over the document.
  const chains = combinedOrWhole(
    'institution chains',
    () => institutionChainsPerParagraph(document, names, features.headline),
    () => institutionChains(tokens, names, features.headline),
  );
  // (after an edit that changed nothing they read, the previous analysis's: namedMentions.ts)
  const mentions = namedMentionsReusing(document, { tagged, names, register, datelines, headline: features.headline, chains });
  const readings = readRoles(tokens, mentions, names);
  checkpoint?.();
  // (after an edit that changed nothing the linking reads, the previous analysis's actors: linkingReuse.ts)
  const linked = linkMentionsReusing(document, text, mentions, readings, names, register);
  // Where nominal phrases may open is read per paragraph (kept with its tokens); which actor each one names, over the
  // document.
  const openings = combinedOrWhole(
    'nominal phrase openings',
    () => indicesPerParagraph(document, 'nominal phrase openings', phraseOpenings),
    () => phraseOpenings(tokens),
  );
  // (after an edit whose linking was taken over, the previous analysis's phrases where none was touched: nominalsReuse.ts)
  return linkNominalsReusing(document, text, linked, openings);
}
