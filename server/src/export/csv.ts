// A flat table, one row per annotation: every actor mention, date and quotation (titles included), for
// spreadsheets and pandas. Offsets are code points into the normalized text (see text.ts).
import { stringify } from 'csv-stringify/sync';
import { corpusName, type Exporter } from './document';
import { isValidRange } from './spans';
import { exportText } from './text';

const COLUMNS = ['document', 'kind', 'type', 'text', 'start', 'end', 'actor_id', 'actor', 'value'];

export const csvExporter: Exporter = {
  id: 'csv',
  export(documents, options) {
    const rows: (string | number)[][] = [];
    for (const document of documents) {
      const text = exportText(document.text);
      const { actors, dates, quotes } = document.annotations;
      const documentRows: { start16: number; end16: number; row: (string | number)[] }[] = [];
      const add = (start16: number, end16: number, kind: string, type: string, actorId: string, actor: string, value: string) => {
        if (!isValidRange(start16, end16, document.text.length)) return;
        const start = text.at(start16);
        const end = text.at(end16);
        documentRows.push({ start16, end16, row: [document.name, kind, type, text.slice(start, end), start, end, actorId, actor, value] });
      };
      for (const actor of actors) {
        for (const mention of actor.mentions) add(mention.start, mention.end, 'actor', actor.type, actor.id, actor.name, '');
      }
      for (const date of dates) add(date.start, date.end, 'date', date.kind, '', '', date.value);
      // A quote's actor columns name its speaker: who said it.
      for (const quote of quotes) add(quote.start, quote.end, 'quote', quote.kind, quote.speaker?.actorId ?? '', quote.speaker?.name ?? '', '');
      documentRows.sort((a, b) => a.start16 - b.start16 || b.end16 - a.end16);
      rows.push(...documentRows.map((entry) => entry.row));
    }
    return [{ name: `${corpusName(documents, options)}.csv`, content: stringify(rows, { header: true, columns: COLUMNS, record_delimiter: 'unix' }) }];
  },
};
