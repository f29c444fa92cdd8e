// The "News Annotations" view grouped by actor across the workspace: People / Organizations / Places, each actor
// once (the same actor in several articles merged by name and full-name aliases), its articles, and in each its
// mentions. Pure (no `vscode` import) so the unit tests can check it.
import type { ArticleSummary, SummaryActor } from '../../../server/src/workspace/articleSummary';
import { articleName } from '../../../server/src/workspace/articleSummary';
import { isSameActor } from '../../../server/src/workspace/sameActor';
import { ACTOR_GROUPS, ALL_KINDS, type AnnotationKindFilter, type AnnotationNode } from './annotationTreeModel';

interface MergedActor {
  name: string;
  type: SummaryActor['type'];
  /** Every name the merged actors go by, for matching further ones. */
  names: string[];
  occurrences: { uri: string; actor: SummaryActor }[];
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Merges the actors of all articles: an actor joins the first group it is the same actor as. */
export function mergeActors(articles: readonly ArticleSummary[]): MergedActor[] {
  const merged: MergedActor[] = [];
  for (const article of articles) {
    for (const actor of article.actors) {
      const group = merged.find((candidate) => candidate.type === actor.type && candidate.names.some((name) => isSameActor({ type: actor.type, name, aliases: [] }, actor)));
      if (group) {
        group.occurrences.push({ uri: article.uri, actor });
        group.names.push(actor.name);
        // The longest name met stands for the group ("Vladimir Putin" over "Putin").
        if (actor.name.length > group.name.length) group.name = actor.name;
      } else {
        merged.push({ name: actor.name, type: actor.type, names: [actor.name], occurrences: [{ uri: article.uri, actor }] });
      }
    }
  }
  return merged;
}

export function buildActorTree(articles: readonly ArticleSummary[], kinds: AnnotationKindFilter = ALL_KINDS): AnnotationNode[] {
  const merged = mergeActors(articles);
  return ACTOR_GROUPS.filter(({ type }) => kinds.has(type))
    .map(({ type, label, icon }) => {
      const actors = merged
        .filter((actor) => actor.type === type)
        .map((actor) => ({
          actor,
          mentions: actor.occurrences.reduce((sum, each) => sum + each.actor.mentions.length, 0),
          articles: new Set(actor.occurrences.map((each) => each.uri)).size,
        }))
        .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.actor.name.localeCompare(b.actor.name));
      return {
        id: `workspace/${type}`,
        label,
        description: String(actors.length),
        icon,
        expanded: true,
        children: actors.map(({ actor, mentions, articles: articleCount }): AnnotationNode => {
          const first = actor.occurrences[0];
          const firstMention = first.actor.mentions[0];
          return {
            id: `workspace/${type}/${actor.name}`,
            label: actor.name,
            description: `${plural(articleCount, 'article')} · ${plural(mentions, 'mention')}`,
            tooltip: [...new Set(actor.names)].join(' / '),
            icon,
            contextValue: 'actor',
            actorName: actor.name,
            location: firstMention ? { uri: first.uri, range: firstMention.range } : undefined,
            children: actor.occurrences.map(({ uri, actor: occurrence }, index): AnnotationNode => ({
              id: `workspace/${type}/${actor.name}/${index}/${uri}`,
              label: articleName(uri),
              description: `${occurrence.name === actor.name ? '' : `as ${occurrence.name} · `}${plural(occurrence.mentions.length, 'mention')}`,
              tooltip: uri,
              icon: 'file',
              location: occurrence.mentions[0] ? { uri, range: occurrence.mentions[0].range } : undefined,
              children: occurrence.mentions.map((mention, mentionIndex): AnnotationNode => ({
                id: `workspace/${type}/${actor.name}/${index}/${uri}/${mentionIndex}`,
                label: mention.text,
                description: `line ${mention.range.start.line + 1}`,
                icon: 'symbol-reference',
                contextValue: 'mention',
                actorName: occurrence.name,
                location: { uri, range: mention.range },
                children: [],
              })),
            })),
          };
        }),
      };
    })
    .filter((group) => group.children.length > 0);
}
