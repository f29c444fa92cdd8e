// Diagnostics that need other articles: a person's name spelled another way elsewhere (`name-variant`, with the
// quick fix that unifies the spelling) and a quotation that other articles quote too (`shared-quote`).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from '../analysis/types';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { escapeMarkdown } from '../markdown';
import { rangeOf } from '../positions';
import { renameEdits } from '../rename';
import type { Severity } from '../settings';
import { articleName } from './articleSummary';
import type { CrossArticleIndex } from './crossIndex';
import { sharedQuoteLocations, spellingLocations } from './relatedInformation';

export const NAME_VARIANT_CODE = 'name-variant';
export const SHARED_QUOTE_CODE = 'shared-quote';

/** The `data` of a name-variant diagnostic: the actor and the spellings it could be unified to. */
export interface NameVariantData {
  kind: typeof NAME_VARIANT_CODE;
  id: string;
  spellings: string[];
}

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The articles' names, each once; the URIs are made unique first (a quote shared by many pages lists each page many times). */
/** Articles named in a diagnostic's message; a wire quote can recur in hundreds of copies (the hover lists the carriers by date). */
const NAMED_ARTICLES = 3;

/** "a.txt, b.txt, c.txt and 4 more articles": the distinct article names, the first few of them. */
export function listOf(uris: readonly string[]): string {
  const names = [...new Set(uris.map(articleName))];
  if (names.length <= NAMED_ARTICLES + 1) return names.join(', ');
  return `${names.slice(0, NAMED_ARTICLES).join(', ')} and ${names.length - NAMED_ARTICLES} more articles`;
}

/** The document's cross-article diagnostics; `index` holds every article, this document's current analysis included. */
export function crossArticleDiagnostics(
  document: TextDocument,
  annotations: Annotations,
  index: CrossArticleIndex,
  severity: { nameVariant: Severity; sharedQuote: Severity },
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (severity.nameVariant !== 'off') {
    // The document's own other actors count too: one article can spell a name two ways.
    const variantsByName = new Map<string, ReturnType<CrossArticleIndex['nameVariants']>>();
    for (const actor of annotations.actors) {
      let variants = variantsByName.get(`${actor.type} ${actor.name}`);
      if (!variants) variantsByName.set(`${actor.type} ${actor.name}`, (variants = index.nameVariants(document.uri, actor)));
      if (!variants.length) continue;
      const where = variants.map((variant) => `"${variant.spelling}" (${listOf(variant.uris)})`).join(', ');
      const message = `"${actor.name}" is spelled ${where} elsewhere: evidently the same person`;
      const data: NameVariantData = { kind: NAME_VARIANT_CODE, id: actor.id, spellings: variants.map((variant) => variant.spelling) };
      // Flag the mentions that unifying the spelling would change.
      const changed = new Set(variants.flatMap((variant) => renameEdits(document, actor, variant.spelling).map((edit) => document.offsetAt(edit.range.start))));
      const relatedInformation = variants.flatMap((variant) => spellingLocations(variant, document, annotations));
      for (const mention of actor.mentions) {
        if (!changed.has(mention.start)) continue;
        diagnostics.push({
          range: rangeOf(document, mention),
          severity: SEVERITY[severity.nameVariant],
          source: DIAGNOSTIC_SOURCE,
          code: NAME_VARIANT_CODE,
          message,
          data,
          relatedInformation,
        });
      }
    }
  }
  if (severity.sharedQuote !== 'off') {
    // A quote repeated in the document is looked up, and its message and locations made, once.
    const sharedByText = new Map<string, { message: string; relatedInformation: Diagnostic['relatedInformation'] } | null>();
    for (const quote of annotations.quotes) {
      if (quote.kind !== 'direct') continue;
      let shared = sharedByText.get(quote.text);
      if (shared === undefined) {
        const found = index.sharedQuotes(document.uri, quote.text);
        shared = found.length ? { message: `Also quoted in ${listOf(found.map((each) => each.uri))}`, relatedInformation: sharedQuoteLocations(found) } : null;
        sharedByText.set(quote.text, shared);
      }
      if (!shared) continue;
      diagnostics.push({
        range: rangeOf(document, quote),
        severity: SEVERITY[severity.sharedQuote],
        source: DIAGNOSTIC_SOURCE,
        code: SHARED_QUOTE_CODE,
        message: shared.message,
        data: { kind: SHARED_QUOTE_CODE, id: quote.id },
        relatedInformation: shared.relatedInformation,
      });
    }
  }
  return diagnostics;
}

/** The hover line of a person whose name other articles spell another way. */
export function nameVariantHover(actor: Annotations['actors'][number], uri: string, index: CrossArticleIndex): string | undefined {
  const variants = index.nameVariants(uri, actor);
  if (!variants.length) return undefined;
  return `Spelled elsewhere: ${variants.map((variant) => `“${escapeMarkdown(variant.spelling)}” (${escapeMarkdown(listOf(variant.uris))})`).join(', ')}`;
}
