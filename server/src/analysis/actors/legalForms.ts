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
    const words = mention.text.split(' ');
    if (words.length < 2 || !COMPANY_SUFFIXES.has(nameKey(words[words.length - 1]))) continue;
    companies.add(nameKey(words.slice(0, -1).join(' ')));
  }
  if (companies.size === 0) return [...mentions];
  return mentions.map((mention) =>
    mention.type !== 'organization' && !mention.dateline && companies.has(nameKey(mention.text)) ? { ...mention, type: 'organization' as const } : mention,
  );
}
