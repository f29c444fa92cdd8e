// Words that name a people or a group of people ("Kurds", "Tajik", "Hutus"): the tagger reads them as "other" (MISC),
// rightly, and they must not be taken for organizations standing alone. Known from the gazetteer's nationality
// adjectives and, for the many it lacks, from the word clusters: a cluster in which nationality words are common
// is a cluster of peoples.
import type { Gazetteer } from './gazetteer';
import { fineClusterSizes, wordClusters } from './wordClusters';

/** Share of nationality words from which a fine cluster counts as a cluster of peoples. */
const PEOPLES_SHARE = 0.08;
// Plural demonyms and followers ("Islamists", "Shiites", "Taiwanese").
const PEOPLE_SUFFIX = /(?:ans|ese|ists|ites)$/;

let peoplesClusters: Set<number> | undefined;

function clustersOfPeoples(names: Gazetteer): Set<number> {
  const clusterOf = wordClusters();
  const nationalities = new Map<number, number>();
  for (const word of names.nationality.keys()) {
    const cluster = clusterOf(word);
    if (cluster >= 0) nationalities.set(cluster & 0xffff, (nationalities.get(cluster & 0xffff) ?? 0) + 1);
  }
  const sizes = fineClusterSizes();
  return new Set([...nationalities].filter(([cluster, count]) => count >= PEOPLES_SHARE * (sizes.get(cluster) ?? Infinity)).map(([cluster]) => cluster));
}

/** True when a single word names a people or a group of people rather than an organization. */
export function namesPeople(word: string, names: Gazetteer): boolean {
  const lower = word.toLowerCase();
  if (names.nationality.has(lower) || names.nationality.has(lower.replace(/s$/, '')) || PEOPLE_SUFFIX.test(lower)) return true;
  peoplesClusters ??= clustersOfPeoples(names);
  const cluster = wordClusters()(lower);
  return cluster >= 0 && peoplesClusters.has(cluster & 0xffff);
}
