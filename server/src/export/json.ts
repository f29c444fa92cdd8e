// The project's own annotation JSON (schema/annotations.schema.json), one file per document, as the CLI writes it.
// Offsets stay UTF-16 code units into the text as analyzed, like everything inside the project. The record always
// has an id (the schema requires one): the analyzer's when given, else the document's source or name.
import type { Exporter } from './document';

export const jsonExporter: Exporter = {
  id: 'json',
  export: (documents) =>
    documents.map((document) => ({ name: `${document.name}.json`, content: JSON.stringify({ id: document.source ?? document.name, ...document.annotations }, null, 2) + '\n' })),
};
