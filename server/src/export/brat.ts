// brat standoff: per document a `.txt` and a `.ann` with the same base name, plus one `annotation.conf` so brat
// opens the files without configuration errors.
//
// Offset policy: the `.txt` is the normalized text of text.ts (no BOM, LF line ends) and the `.ann` offsets are code
// points into it, which is how brat (Python) reads the file. A span running over a line break is split into
// fragments (`T1\tQuotation 0 20;21 40\t…`, texts joined by one space), as brat itself does, because a line break
// inside the text field would end the `.ann` line; a quote in parts (split by its attribution) is a fragment list too.
import type { DateAnnotation, ReferenceDate } from '../analysis/types';
import type { ExportedFile } from '../protocol';
import { SPAN_TYPE_NAMES, type ExportDocument, type Exporter } from './document';
import { collectSpans, isValidRange, type ExportSpan } from './spans';
import { exportText, lineFragments, type ExportText } from './text';

/** brat type names: one namespace for entities and relations, so the span kinds that are also relation names differ. */
export const BRAT_TYPE_NAMES = { ...SPAN_TYPE_NAMES, speaker: 'NonActorSpeaker', cue: 'SpeechCue' } as const;
const SPAN_TYPES = Object.values(BRAT_TYPE_NAMES).join('|');

export const BRAT_CONFIG = `[entities]
${Object.values(BRAT_TYPE_NAMES).join('\n')}

[relations]
Speaker\tArg1:Quotation, Arg2:Person|Organization|Place|NonActorSpeaker
Cue\tArg1:Quotation, Arg2:SpeechCue
Affiliation\tArg1:Person, Arg2:Organization|Place
Equiv\tArg1:Person|Organization|Place, Arg2:Person|Organization|Place, <REL-TYPE>:symmetric-transitive
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Origin\tArg:${SPAN_TYPES}, Value:auto|manual
Reviewed\tArg:${SPAN_TYPES}
QuoteKind\tArg:Quotation, Value:direct|indirect
`;

const REFERENCE_SOURCE_WORDS: Record<ReferenceDate['source'], string> = {
  'front-matter': 'the front matter date',
  dateline: 'the dateline',
  option: 'the given reference date',
  inferred: 'the inferred reference date',
  none: 'no reference date',
};

/** One line of free text for a field of the `.ann` format (tabs and line breaks would end the field). */
function oneLine(value: string): string {
  return value.replace(/[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+/g, ' ').trim();
}

function fragmentsOf(span: ExportSpan, text: ExportText): Array<[number, number]> {
  const parts = (span.kind === 'quote' && span.quote?.parts?.filter((part) => isValidRange(part.start, part.end, text.length16))) || [];
  return (parts.length ? parts : [span]).flatMap((part) => lineFragments(text, text.at(part.start), text.at(part.end)));
}

function dateNotes(date: DateAnnotation, referenceDate: ReferenceDate): string[] {
  const notes: string[] = [];
  if (date.note) notes.push(date.note);
  else if (date.anchoring === 'reference-date' && referenceDate.value) {
    notes.push(`resolved against ${REFERENCE_SOURCE_WORDS[referenceDate.source]} ${referenceDate.value}`);
  }
  if (date.mod) notes.push(`mod ${date.mod}`);
  return notes;
}

/**
 * The AnnotatorNotes of a span: what brat has no structure for. A mention's actor (id and canonical name), role
 * and an affiliation that is no span of the text; a date's anchoring; a quote's speaker when it has no span.
 */
function spanNotes(span: ExportSpan, referenceDate: ReferenceDate, affiliationLinked: boolean): string | undefined {
  const notes: string[] = [];
  if (span.actor) {
    notes.push(`actor ${span.actor.id}: ${span.actor.name}`);
    if (span.actor.role) notes.push(`role: ${span.actor.role}`);
    if (span.actor.affiliation && !affiliationLinked) notes.push(`affiliation: ${span.actor.affiliation}`);
  }
  if (span.date) notes.push(...dateNotes(span.date, referenceDate));
  return notes.length ? oneLine(notes.join('; ')) : undefined;
}

export function bratAnn(document: ExportDocument): { txt: string; ann: string } {
  const text = exportText(document.text);
  const { spans, speakers, cues, affiliations, mentionsByActor } = collectSpans(document.annotations, document.text.length);
  const lines: string[] = [];
  const exported = new Set<ExportSpan>();
  for (const span of spans) {
    const fragments = fragmentsOf(span, text);
    if (!fragments.length) continue;
    exported.add(span);
    const offsets = fragments.map(([start, end]) => `${start} ${end}`).join(';');
    const covered = fragments.map(([start, end]) => text.slice(start, end)).join(' ');
    lines.push(`T${span.number}\t${BRAT_TYPE_NAMES[span.kind]} ${offsets}\t${covered}`);
  }
  const both = (from: ExportSpan, to: ExportSpan) => exported.has(from) && exported.has(to);
  const relations: string[] = [
    ...speakers.filter((link) => both(link.quote, link.speaker)).map((link) => `Speaker Arg1:T${link.quote.number} Arg2:T${link.speaker.number}`),
    ...cues.filter((link) => both(link.from, link.to)).map((link) => `Cue Arg1:T${link.from.number} Arg2:T${link.to.number}`),
    ...affiliations.filter((link) => both(link.from, link.to)).map((link) => `Affiliation Arg1:T${link.from.number} Arg2:T${link.to.number}`),
  ];
  relations.forEach((relation, index) => lines.push(`R${index + 1}\t${relation}`));
  for (const mentions of mentionsByActor.values()) {
    const ids = mentions.filter((mention) => exported.has(mention)).map((mention) => `T${mention.number}`);
    if (ids.length > 1) lines.push(`*\tEquiv ${ids.join(' ')}`);
  }
  const attributes: string[] = [];
  for (const span of exported) {
    attributes.push(`Origin T${span.number} ${span.origin}`);
    if (span.reviewed) attributes.push(`Reviewed T${span.number}`);
    if (span.kind === 'quote') attributes.push(`QuoteKind T${span.number} ${span.quote!.kind}`);
  }
  attributes.forEach((attribute, index) => lines.push(`A${index + 1}\t${attribute}`));
  const dated = [...exported].filter((span) => span.date);
  dated.forEach((span, index) => {
    const covered = oneLine(text.slice(text.at(span.start), text.at(span.end)));
    lines.push(`N${index + 1}\tReference T${span.number} TIMEX3:${span.date!.value.replace(/\s+/g, '_')}\t${covered}`);
  });
  const linkedAffiliations = new Set(affiliations.filter((link) => both(link.from, link.to)).map((link) => link.from.actor));
  let noteNumber = 0;
  for (const span of exported) {
    const note = spanNotes(span, document.annotations.referenceDate, linkedAffiliations.has(span.actor));
    if (note) lines.push(`#${++noteNumber}\tAnnotatorNotes T${span.number}\t${note}`);
  }
  // A speaker that is no actor and has no words of its own in the text (no span): a note on the quote.
  for (const span of exported) {
    const speaker = span.kind === 'quote' ? span.quote!.speaker : null;
    if (speaker && !speakers.some((link) => link.quote === span && exported.has(link.speaker))) {
      lines.push(`#${++noteNumber}\tAnnotatorNotes T${span.number}\t${oneLine(`speaker: ${speaker.name}`)}`);
    }
  }
  return { txt: text.text, ann: lines.map((line) => line + '\n').join('') };
}

export const bratExporter: Exporter = {
  id: 'brat',
  export(documents) {
    const files: ExportedFile[] = [];
    for (const document of documents) {
      const { txt, ann } = bratAnn(document);
      files.push({ name: `${document.name}.txt`, content: txt }, { name: `${document.name}.ann`, content: ann });
    }
    files.push({ name: 'annotation.conf', content: BRAT_CONFIG });
    return files;
  },
};
