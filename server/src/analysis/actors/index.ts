// The actor layer: people, organizations and places of the prose blocks, one Actor per real-world actor.
// tokens → context features → name tagger (trained on annotated news) → clean mentions (+ institution names
// written out in full) → roles → linking.
import type { Checkpoint } from '../checkpoint';
import { ParagraphCache } from '../paragraphCache';
import { proseBlocks } from '../structure';
import { tokenize, type Token } from '../tokens';
import type { Actor, Block } from '../types';
import { agencyCredits, insideCredit } from './agencyCredits';
import { typeDatelinePlaces } from './datelinePlaces';
import { documentFeatures } from './features';
import { gazetteer } from './gazetteer';
import { joinInstitutionNames } from './institutions';
import { companiesByLegalForm } from './legalForms';
import { linkMentions } from './linking';
import { readMentions } from './mentions';
import { linkNominals } from './nominals';
import { placesOutsideSports } from './placesOutsideSports';
import { organizationsWithPossessives, possessiveNames } from './possessiveNames';
import { documentRegister } from './register';
import { readRoles } from './roles';
import { shippedJointWeights, tagDocumentJointly } from './jointTagger';
import { tagWithCarriedScores } from './taggerReuse';
import { clubsWithTownLetters } from './townLetterClubs';
import { teamsAfterCompetitors } from './competitorTeams';

// Tokens of recently seen paragraphs, with the paragraph's start when they were made (tokenize() of the paragraph
// alone, so they depend on its text only). A few thousand paragraphs, about 64 MB at most (a token costs roughly
// 100 bytes, its strings included).
const TOKEN_BYTES = 100;
interface BlockTokens {
  start: number;
  tokens: Token[];
}
const paragraphTokens = new ParagraphCache<BlockTokens>(4000, 64 * 1024 * 1024, (key, entry) => key.length * 2 + entry.tokens.length * TOKEN_BYTES);

/**
 * tokenize(text, start, end), from the paragraph cache when the same paragraph text was tokenized before. The
 * tokens are never changed after tokenize() (the actor layer only reads them), so a paragraph found at the same
 * place gets the cached tokens themselves; one that moved gets copies at its new offsets.
 */
function blockTokens(text: string, start: number, end: number): Token[] {
  const key = text.slice(start, end);
  const cached = paragraphTokens.get(key);
  if (cached === undefined) {
    const tokens = tokenize(key, 0, key.length, start);
    paragraphTokens.set(key, { start, tokens });
    return tokens;
  }
  if (cached.start === start) return cached.tokens;
  const shift = start - cached.start;
  return cached.tokens.map((token) => ({
    start: token.start + shift,
    end: token.end + shift,
    text: token.text,
    norm: token.norm,
    lineStart: token.lineStart,
    sentenceStart: token.sentenceStart,
  }));
}

/** Tokens of the prose blocks only; each block starts a line and a sentence. */
function proseTokens(text: string, blocks: readonly Block[]): Token[] {
  const tokens: Token[] = [];
  for (const block of proseBlocks(blocks)) {
    // tokenize() marks the block's first token as starting a line and a sentence.
    for (const token of blockTokens(text, block.start, block.end)) tokens.push(token);
  }
  return tokens;
}

/** Finds the people, organizations and places of the prose blocks, one Actor per real-world actor (checkpoint: see analyze()). */
export function findActors(text: string, blocks: readonly Block[], checkpoint?: Checkpoint): Actor[] {
  const tokens = proseTokens(text, blocks);
  if (tokens.length === 0) return [];
  const names = gazetteer();
  checkpoint?.();
  const features = documentFeatures(tokens, names);
  checkpoint?.();
  const register = documentRegister(tokens);
  // The static scores of the tokens an edit left alone come from the previous analysis (taggerReuse.ts).
  const weights = shippedJointWeights();
  const tags = tagWithCarriedScores({ tokens, views: features.views, headline: features.headline, register }, (scores) => tagDocumentJointly(features, weights, scores));
  checkpoint?.();
  // A dateline's agency credit is the article's source (analyze() reports it), not a mention of an actor.
  const credits = agencyCredits(text, blocks);
  const tagged = readMentions(tokens, tags, names, register).filter((mention) => !insideCredit(credits, mention.start, mention.end));
  const named = teamsAfterCompetitors(
    tokens,
    clubsWithTownLetters(tokens, companiesByLegalForm(typeDatelinePlaces(tokens, placesOutsideSports(tokens, tagged, names, register))), names, register),
  );
  const mentions = joinInstitutionNames(tokens, organizationsWithPossessives(tokens, possessiveNames(tokens, named)), names, features.headline);
  const readings = readRoles(tokens, mentions, names);
  checkpoint?.();
  return linkNominals(text, tokens, linkMentions(text, tokens, mentions, readings, names, register));
}
