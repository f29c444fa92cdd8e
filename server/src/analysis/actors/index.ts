// The actor layer: people, organizations and places of the prose blocks, one Actor per real-world actor.
// tokens → context features → name tagger (trained on annotated news) → clean mentions (+ institution names
// written out in full) → roles → linking.
import { proseBlocks } from '../structure';
import { tokenize, type Token } from '../tokens';
import type { Actor, Block } from '../types';
import { documentFeatures } from './features';
import { gazetteer } from './gazetteer';
import { joinInstitutionNames } from './institutions';
import { linkMentions } from './linking';
import { readMentions } from './mentions';
import { readRoles } from './roles';
import { shippedModels, tagDocument } from './tagger';

/** Tokens of the prose blocks only; each block starts a line and a sentence. */
function proseTokens(text: string, blocks: readonly Block[]): Token[] {
  const tokens: Token[] = [];
  for (const block of proseBlocks(blocks)) {
    const blockTokens = tokenize(text, block.start, block.end);
    if (blockTokens.length) {
      blockTokens[0].lineStart = true;
      blockTokens[0].sentenceStart = true;
    }
    for (const token of blockTokens) tokens.push(token);
  }
  return tokens;
}

/** Finds the people, organizations and places of the prose blocks, one Actor per real-world actor. */
export function findActors(text: string, blocks: readonly Block[]): Actor[] {
  const tokens = proseTokens(text, blocks);
  if (tokens.length === 0) return [];
  const names = gazetteer();
  const { views, featuresAt } = documentFeatures(tokens, names);
  const models = shippedModels();
  const tags = tagDocument(views, featuresAt, models.firstPass, models.secondPass);
  const mentions = joinInstitutionNames(tokens, readMentions(tokens, tags, names), names);
  const readings = readRoles(tokens, mentions, names);
  return linkMentions(text, tokens, mentions, readings, names);
}
