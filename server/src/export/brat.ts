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

export const BRAT_CONFIG = `[entities]
Person
Organization
Place
Date
Quotation

[relations]
Speaker\tArg1:Quotation, Arg2:Person|Organization|Place
Equiv\tArg1:Person|Organization|Place, Arg2:Person|Organization|Place, <REL-TYPE>:symmetric-transitive
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Origin\tArg:Person|Organization|Place|Date, Value:auto|manual
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
  const parts = span.quote?.parts?.filter((part) => isValidRange(part.start, part.end, text.length16)) ?? [];
  return (parts.length ? parts : [span]).flatMap((part) => lineFragments(text, text.at(part.start), text.at(part.end)));
}

function dateNote(date: DateAnnotation, referenceDate: ReferenceDate): string | undefined {
  const notes: string[] = [];
  if (date.note) notes.push(date.note);
  else if (date.anchoring === 'reference-date' && referenceDate.value) {
    notes.push(`resolved against ${REFERENCE_SOURCE_WORDS[referenceDate.source]} ${referenceDate.value}`);
  }
  if (date.mod) notes.push(`mod ${date.mod}`);
  return notes.length ? oneLine(notes.join('; ')) : undefined;
}

export function bratAnn(document: ExportDocument): { txt: string; ann: string } {
  const text = exportText(document.text);
  const { spans, speakers, mentionsByActor } = collectSpans(document.annotations, document.text.length);
  const lines: string[] = [];
  const exported = new Set<ExportSpan>();
  for (const span of spans) {
    const fragments = fragmentsOf(span, text);
    if (!fragments.length) continue;
    exported.add(span);
    const offsets = fragments.map(([start, end]) => `${start} ${end}`).join(';');
    const covered = fragments.map(([start, end]) => text.slice(start, end)).join(' ');
    lines.push(`T${span.number}\t${SPAN_TYPE_NAMES[span.kind]} ${offsets}\t${covered}`);
  }
  speakers
    .filter((link) => exported.has(link.quote) && exported.has(link.speaker))
    .forEach((link, index) => lines.push(`R${index + 1}\tSpeaker Arg1:T${link.quote.number} Arg2:T${link.speaker.number}`));
  for (const mentions of mentionsByActor.values()) {
    const ids = mentions.filter((mention) => exported.has(mention)).map((mention) => `T${mention.number}`);
    if (ids.length > 1) lines.push(`*\tEquiv ${ids.join(' ')}`);
  }
  [...exported]
    .filter((span) => span.kind !== 'quote')
    .forEach((span, index) => lines.push(`A${index + 1}\tOrigin T${span.number} ${span.origin}`));
  const dated = [...exported].filter((span) => span.date);
  dated.forEach((span, index) => {
    const covered = oneLine(text.slice(text.at(span.start), text.at(span.end)));
    lines.push(`N${index + 1}\tReference T${span.number} TIMEX3:${span.date!.value.replace(/\s+/g, '_')}\t${covered}`);
  });
  let noteNumber = 0;
  for (const span of dated) {
    const note = dateNote(span.date!, document.annotations.referenceDate);
    if (note) lines.push(`#${++noteNumber}\tAnnotatorNotes T${span.number}\t${note}`);
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
