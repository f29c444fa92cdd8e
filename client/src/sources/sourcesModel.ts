// The Sources view's tree, built from the server's answer (newsAnnotator/sources): named, unnamed and anonymous
// sources, each with its quotes, then the quotes with no speaker. No `vscode` import: unit tests load it.
import type { Range } from 'vscode-languageserver-protocol';
import type { WorkspaceSources } from '../../../server/src/protocol';
import type { Source, SourceKind, SourceQuote } from '../../../server/src/workspace/sources';

export interface SourceNode {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** Codicon id. */
  icon: string;
  /** Where a quote is, to reveal on click. */
  location?: { uri: string; range: Range };
  expanded?: boolean;
  children: SourceNode[];
}

const HEADINGS: Record<SourceKind, string> = { named: 'Named sources', unnamed: 'Unnamed sources', anonymous: 'Anonymous sources' };
const ICONS: Record<SourceKind, string> = { named: 'person', unnamed: 'person-add', anonymous: 'eye-closed' };

const fileName = (uri: string) => decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/^.*\//, '')) || uri;

function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length <= max ? flat : [...flat].slice(0, max - 1).join('') + '…';
}

function quoteNode(quote: SourceQuote<Range>, id: string, workspace: boolean): SourceNode {
  return {
    id,
    label: clip(quote.text),
    description: workspace ? `${quote.kind} · ${fileName(quote.uri)}` : quote.kind,
    icon: quote.kind === 'direct' ? 'quote' : 'comment',
    location: { uri: quote.uri, range: quote.location },
    children: [],
  };
}

const counted = (source: Source<Range>) => [source.direct ? `${source.direct} direct` : '', source.indirect ? `${source.indirect} indirect` : ''].filter(Boolean).join(' · ');

/** The tree; `workspace`: several articles are shown, so each quote says which. */
export function buildSourcesTree(result: WorkspaceSources, workspace: boolean): SourceNode[] {
  const roots: SourceNode[] = [];
  for (const kind of ['named', 'unnamed', 'anonymous'] as const) {
    const sources = result.sources.filter((source) => source.kind === kind);
    roots.push({
      id: `sources.${kind}`,
      label: `${HEADINGS[kind]} (${sources.length})`,
      icon: ICONS[kind],
      expanded: kind === 'named' && sources.length > 0,
      children: sources.map((source, index) => {
        const described = [source.role, source.affiliation].filter(Boolean).join(', ');
        const id = `sources.${kind}.${index}.${source.name}`;
        return {
          id,
          label: source.name,
          description: [described, counted(source), workspace ? `${source.articles.length} article${source.articles.length === 1 ? '' : 's'}` : ''].filter(Boolean).join(' · '),
          tooltip: [source.name, described, source.spellings?.length ? `also spelled ${source.spellings.join(', ')}` : '', counted(source)].filter(Boolean).join('\n'),
          icon: ICONS[kind],
          children: source.quotes.map((quote, quoteIndex) => quoteNode(quote, `${id}.${quoteIndex}`, workspace)),
        };
      }),
    });
  }
  roots.push({
    id: 'sources.noSpeaker',
    label: `No speaker (${result.noSpeaker.length})`,
    icon: 'question',
    children: result.noSpeaker.map((quote, index) => quoteNode(quote, `sources.noSpeaker.${index}`, workspace)),
  });
  return roots;
}

/** The one-line summary shown as the view's description. */
export function sourcesSummary(result: WorkspaceSources): string {
  const { counts } = result;
  return `${counts.direct} direct · ${counts.indirect} indirect · ${counts.named} named · ${counts.unnamed} unnamed · ${counts.anonymous} anonymous`;
}
