// One decision for a company's name from all its mentions: a name the document writes once with a legal form
// ("Vantor SA", "Acme Robotics Inc") is a company wherever else it stands alone, however its other contexts read
// to the tagger ("a stake in Vantor" reads like a place, "Vantor said" like a person).
import { nameKey } from './gazetteer';
import { COMPANY_SUFFIXES, type NameMention } from './mentions';

/** The mentions, with those named like a company written elsewhere with its legal form typed organizations. */
export function companiesByLegalForm(mentions: readonly NameMention[]): NameMention[] {
  const companies = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'organization') continue;
    // (the last word and the words before it sliced at the last space: split and join made an array and strings per mention)
    const space = mention.text.lastIndexOf(' ');
    if (space < 0 || !COMPANY_SUFFIXES.has(nameKey(mention.text.slice(space + 1)))) continue;
    companies.add(nameKey(mention.text.slice(0, space)));
  }
  if (companies.size === 0) return [...mentions];
  const typed: NameMention[] = [];
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at];
    typed.push(mention.type !== 'organization' && !mention.dateline && companies.has(nameKey(mention.text)) ? { ...mention, type: 'organization' as const } : mention);
  }
  return typed;
}
