// The tagger's labels (BIO over four types), in the order of the models' rows: a tag is an index into LABELS. In a
// module of its own so that the feature writers (features.ts), which tagger.ts imports, can read a tag's label.
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
