// A flat table, one row per annotation: every actor mention, date and quotation (titles included), for
// spreadsheets and pandas. Offsets are code points into the normalized text (see text.ts). What the span formats
// write as relations is a column here: a mention's actor (id and canonical name: rows with one actor_id corefer),
// role and affiliation; a quote's speaker (actor_id and actor; only actor when the speaker is no actor) and cue.
// With `bom` the file starts with a UTF-8 byte order mark, which Excel needs to read UTF-8 (accents, curly quotes).
import { stringify } from 'csv-stringify/sync';
import type { Provenance } from '../analysis/types';
import { corpusName, type Exporter } from './document';
import { isValidRange } from './spans';
import { exportText } from './text';

const COLUMNS = ['document', 'kind', 'type', 'text', 'start', 'end', 'actor_id', 'actor', 'value', 'role', 'affiliation', 'cue', 'origin', 'reviewed'];

interface Row {
  kind: string;
  type: string;
  actorId?: string;
  actor?: string;
  value?: string;
  role?: string;
  affiliation?: string;
  cue?: string;
}

export const csvExporter: Exporter = {
  id: 'csv',
  export(documents, options) {
    const rows: (string | number)[][] = [];
    for (const document of documents) {
      const text = exportText(document.text);
      const { actors, dates, quotes } = document.annotations;
      const documentRows: { start16: number; end16: number; row: (string | number)[] }[] = [];
      const add = (start16: number, end16: number, row: Row, ...provenance: Provenance[]) => {
        if (!isValidRange(start16, end16, document.text.length)) return;
        const start = text.at(start16);
        const end = text.at(end16);
        const origin = provenance.find((annotation) => annotation.origin)?.origin ?? 'auto';
        const reviewed = provenance.find((annotation) => annotation.reviewed !== undefined)?.reviewed ?? false;
        documentRows.push({
          start16,
          end16,
          row: [
            document.name,
            row.kind,
            row.type,
            text.slice(start, end),
            start,
            end,
            row.actorId ?? '',
            row.actor ?? '',
            row.value ?? '',
            row.role ?? '',
            row.affiliation ?? '',
            row.cue ?? '',
            origin,
            String(reviewed),
          ],
        });
      };
      for (const actor of actors) {
        for (const mention of actor.mentions) {
          add(
            mention.start,
            mention.end,
            { kind: 'actor', type: actor.type, actorId: actor.id, actor: actor.name, role: actor.role, affiliation: actor.affiliation },
            mention,
            actor,
          );
        }
      }
      for (const date of dates) add(date.start, date.end, { kind: 'date', type: date.kind, value: date.value }, date);
      // A quote's actor columns name its speaker: who said it.
      for (const quote of quotes) {
        add(quote.start, quote.end, { kind: 'quote', type: quote.kind, actorId: quote.speaker?.actorId, actor: quote.speaker?.name, cue: quote.cue?.text }, quote);
      }
      documentRows.sort((a, b) => a.start16 - b.start16 || b.end16 - a.end16);
      rows.push(...documentRows.map((entry) => entry.row));
    }
    const table = stringify(rows, { header: true, columns: COLUMNS, record_delimiter: 'unix' });
    return [{ name: `${corpusName(documents, options)}.csv`, content: (options.bom ? '\uFEFF' : '') + table }];
  },
};
