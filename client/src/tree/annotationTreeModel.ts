// Turns an article's annotations into the nodes of the "News Annotations" view: Actors grouped by type (each
// actor with its mentions), Dates in time order, Quotes by speaker. Pure (no `vscode` import) so the unit
// tests can check the shape; annotationsTree.ts only maps nodes to TreeItems.
import type { Actor, ActorType, Annotations, DateAnnotation, Quote } from '../../../server/src/analysis/types';
import { provenanceWords } from '../review';

export interface AnnotationNode {
  /** Stable across refreshes, so VS Code keeps what the user expanded. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** Codicon id. */
  icon: string;
  /** The text the node stands for; clicking the node selects it. */
  span?: { start: number; end: number };
  /** The document `span` is in (set by the view for the active article's nodes). */
  documentUri?: string;
  /** Where the node's text is in another document than the active one (the workspace views), LSP-style. */
  location?: NodeLocation;
  /** What the node is, for the context menu's `when` clauses: actor, mention, date, quote (others have none). */
  contextValue?: 'actor' | 'mention' | 'date' | 'quote';
  /** The actor's canonical name, on actor and mention nodes ("Mark as Not an Actor"). */
  actorName?: string;
  /** The text "Copy Text" copies, when it is not the label. */
  copyText?: string;
  /** Shown open at first (the sections and the actor types); other nodes with children start closed. */
  expanded?: boolean;
  children: AnnotationNode[];
}

export interface NodeLocation {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** What the views show: every annotation kind unless the user filtered some out. */
export type AnnotationKindFilter = ReadonlySet<ActorType | 'date' | 'quote'>;
export const ALL_KINDS: AnnotationKindFilter = new Set(['person', 'organization', 'place', 'date', 'quote']);

const ACTOR_GROUPS: { type: ActorType; label: string; icon: string }[] = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'organization', label: 'Organizations', icon: 'organization' },
  { type: 'place', label: 'Places', icon: 'location' },
];

const QUOTE_PREVIEW_LENGTH = 60;

/** Line numbers (1-based) of offsets, for mention descriptions. */
function lineFinder(text: string): (offset: number) => number {
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(match.index + match[0].length);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function actorNode(actor: Actor, icon: string, lineOf: (offset: number) => number): AnnotationNode {
  const about = [actor.role, actor.affiliation].filter(Boolean).join(', ');
  const mentions = [...actor.mentions].sort((a, b) => a.start - b.start);
  const aliases = actor.aliases?.length ? `\nAlso: ${actor.aliases.join(', ')}` : '';
  return {
    id: `actor/${actor.id}`,
    label: actor.name,
    description: [about, plural(mentions.length, 'mention', 'mentions'), ...provenanceWords(actor)].filter(Boolean).join(' · '),
    tooltip: `${actor.name} (${actor.type})${about ? `\n${about}` : ''}${aliases}`,
    icon,
    span: mentions[0] ? { start: mentions[0].start, end: mentions[0].end } : undefined,
    contextValue: 'actor',
    actorName: actor.name,
    children: mentions.map((mention, index) => ({
      id: `actor/${actor.id}/mention/${index}`,
      label: mention.text,
      contextValue: 'mention',
      actorName: actor.name,
      description: [`line ${lineOf(mention.start)}`, mention.form && mention.form !== 'full' ? mention.form : '', ...provenanceWords(mention)].filter(Boolean).join(' · '),
      icon: 'symbol-reference',
      span: { start: mention.start, end: mention.end },
      children: [],
    })),
  };
}

/** Calendar dates and times first, by TIMEX3 value (ISO values sort as text); then the rest in text order. */
export function datesInTimeOrder(dates: readonly DateAnnotation[]): DateAnnotation[] {
  const isCalendar = (date: DateAnnotation) => (date.kind === 'date' || date.kind === 'time') && /^\d/.test(date.value);
  return [...dates].sort((a, b) => {
    const calendarA = isCalendar(a);
    const calendarB = isCalendar(b);
    if (calendarA !== calendarB) return calendarA ? -1 : 1;
    if (calendarA && a.value !== b.value) return a.value < b.value ? -1 : 1;
    return a.start - b.start;
  });
}

function dateNode(date: DateAnnotation, lineOf: (offset: number) => number): AnnotationNode {
  const details = [date.value, date.kind !== 'date' ? date.kind : '', date.mod ?? '', date.anchoring === 'inferred-year' ? 'year inferred' : ''].filter(Boolean).join(' · ');
  return {
    id: `date/${date.id}`,
    label: date.text,
    description: [details, `line ${lineOf(date.start)}`, ...provenanceWords(date)].join(' · '),
    tooltip: [`${date.text} → ${date.value}`, date.note].filter(Boolean).join('\n'),
    icon: 'calendar',
    span: { start: date.start, end: date.end },
    contextValue: 'date',
    children: [],
  };
}

function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= QUOTE_PREVIEW_LENGTH ? oneLine : `${oneLine.slice(0, QUOTE_PREVIEW_LENGTH - 1)}…`;
}

function quoteNode(quote: Quote, lineOf: (offset: number) => number): AnnotationNode {
  const details = [quote.kind, quote.cue?.text, quote.unclosed ? 'unclosed' : '', `line ${lineOf(quote.start)}`].filter(Boolean).join(' · ');
  return {
    id: `quote/${quote.id}`,
    label: preview(quote.text),
    description: [details, ...provenanceWords(quote)].filter(Boolean).join(' · '),
    tooltip: `${quote.speaker ? `${quote.speaker.name}: ` : ''}${quote.text}`,
    icon: 'quote',
    span: { start: quote.start, end: quote.end },
    contextValue: 'quote',
    copyText: quote.text,
    children: [],
  };
}

function speakerSpan(quote: Quote): AnnotationNode['span'] {
  const speaker = quote.speaker;
  if (speaker?.start === undefined || speaker.end === undefined) return undefined;
  return { start: speaker.start, end: speaker.end };
}

const UNATTRIBUTED = 'Unattributed';
const NOT_SPEECH = 'Not speech (titles, names)';

function quoteGroups(quotes: readonly Quote[], lineOf: (offset: number) => number): AnnotationNode[] {
  const groups = new Map<string, Quote[]>();
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    const key = quote.kind === 'title' ? NOT_SPEECH : (quote.speaker?.name ?? UNATTRIBUTED);
    groups.set(key, [...(groups.get(key) ?? []), quote]);
  }
  // Named speakers by number of quotes, then the unattributed ones and the non-speech ones last.
  const rank = (name: string) => (name === NOT_SPEECH ? 2 : name === UNATTRIBUTED ? 1 : 0);
  return [...groups.entries()]
    .sort(([nameA, a], [nameB, b]) => rank(nameA) - rank(nameB) || b.length - a.length || nameA.localeCompare(nameB))
    .map(([name, group]) => ({
      id: `quotes/speaker/${name}`,
      label: name,
      description: plural(group.length, 'quote', 'quotes'),
      icon: rank(name) === 0 ? 'person' : rank(name) === 1 ? 'question' : 'symbol-string',
      span: rank(name) === 0 ? speakerSpan(group[0]) : undefined,
      children: group.map((quote) => quoteNode(quote, lineOf)),
    }));
}

/** The three top-level sections of the view for one article's annotations and text. */
export function buildAnnotationTree(annotations: Annotations, text: string, kinds: AnnotationKindFilter = ALL_KINDS): AnnotationNode[] {
  const lineOf = lineFinder(text);
  const actorGroups = ACTOR_GROUPS.filter(({ type }) => kinds.has(type))
    .map(({ type, label, icon }) => {
      const actors = annotations.actors.filter((actor) => actor.type === type);
      return {
        id: `actors/${type}`,
        label,
        description: String(actors.length),
        icon,
        expanded: true,
        children: actors.map((actor) => actorNode(actor, icon, lineOf)),
      };
    })
    .filter((group) => group.children.length > 0);
  const sections: AnnotationNode[] = [
    {
      id: 'actors',
      label: 'Actors',
      description: String(annotations.actors.filter((actor) => kinds.has(actor.type)).length),
      icon: 'account',
      expanded: true,
      children: actorGroups,
    },
    {
      id: 'dates',
      label: 'Dates',
      description: String(annotations.dates.length),
      icon: 'calendar',
      expanded: true,
      children: datesInTimeOrder(annotations.dates).map((date) => dateNode(date, lineOf)),
    },
    {
      id: 'quotes',
      label: 'Quotes',
      description: String(annotations.quotes.length),
      icon: 'quote',
      expanded: true,
      children: quoteGroups(annotations.quotes, lineOf),
    },
  ];
  const showsActors = ACTOR_GROUPS.some(({ type }) => kinds.has(type));
  return sections.filter((section) => (section.id === 'actors' ? showsActors : kinds.has(section.id === 'dates' ? 'date' : 'quote')));
}

export { ACTOR_GROUPS };
