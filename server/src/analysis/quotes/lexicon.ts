// Words the quote layer reasons with: speech verbs (with their inflections), words that may stand between a
// speaker and its verb, pronouns, role words and the nouns that introduce a quoted name rather than speech.
// General English, not taken from any evaluation document.
import learnedHeads from './speaker-heads.json';

/** Irregular speech verbs: base → other forms. */
const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  put: ['puts', 'putting'],
  retell: ['retells', 'retold', 'retelling'],
  foresee: ['foresees', 'foresaw', 'foreseen', 'foreseeing'],
  forecast: ['forecasts', 'forecasted', 'forecasting'],
};

/** Regular verbs whose final consonant doubles before -ed/-ing. */
const DOUBLING = new Set(['admit', 'quip', 'commit', 'rebut', 'omit', 'refer', 'regret', 'concur']);

/** Inflections of a regular English verb: base, -s, -ed, -ing. */
export function inflect(base: string): string[] {
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]];
  const forms = [base];
  if (/(?:s|sh|ch|x|z)$/.test(base)) forms.push(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`);
  else forms.push(`${base}s`);
  if (DOUBLING.has(base)) {
    const last = base[base.length - 1];
    forms.push(`${base}${last}ed`, `${base}${last}ing`);
  } else if (base.endsWith('e')) {
    forms.push(`${base}d`, `${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    forms.push(`${base.slice(0, -1)}ied`, `${base}ing`);
  } else {
    forms.push(`${base}ed`, `${base}ing`);
  }
  return forms;
}

// Verbs that attribute a quotation or reported speech to its source.
const SPEECH_VERBS = [
  'say', 'tell', 'add', 'note', 'argue', 'assert', 'state', 'insist', 'warn', 'write', 'explain', 'emphasize',
  'emphasise', 'stress', 'claim', 'declare', 'announce', 'report', 'acknowledge', 'admit', 'answer', 'reply',
  'respond', 'recall', 'remark', 'observe', 'comment', 'suggest', 'continue', 'conclude', 'confirm', 'deny',
  'maintain', 'mention', 'predict', 'promise', 'reiterate', 'repeat', 'ask', 'tweet', 'post', 'quip', 'joke',
  'exclaim', 'shout', 'yell', 'whisper', 'complain', 'contend', 'counter', 'concede', 'caution', 'urge', 'vow',
  'pledge', 'boast', 'allege', 'testify', 'proclaim', 'muse', 'recount', 'lament', 'estimate', 'agree', 'disagree',
  'retort', 'rejoin', 'plead', 'demand', 'advise', 'assure', 'inform', 'notify', 'reveal', 'disclose', 'indicate',
  'signal', 'underline', 'underscore', 'highlight', 'specify', 'clarify', 'elaborate', 'opine', 'speculate',
  'surmise', 'theorize', 'hypothesize', 'forecast', 'foresee', 'swear', 'wonder', 'marvel', 'sing', 'chant',
  'scream', 'cry', 'mutter', 'murmur', 'groan', 'sigh', 'snap', 'bark', 'thunder', 'rail', 'fume', 'gush',
  'enthuse', 'quote', 'cite', 'blog', 'email', 'believe', 'think', 'read',
  'feel', 'fear', 'worry', 'hope', 'charge', 'accuse', 'criticize', 'criticise', 'praise', 'thank', 'describe',
  'call', 'liken', 'dub', 'brand', 'term', 'label', 'compare', 'characterize', 'characterise', 'portray',
  'speak', 'recommend', 'propose', 'counsel', 'remind', 'challenge', 'question', 'protest',
  'point', 'concur', 'assess', 'conclude', 'acknowledge', 'affirm', 'contest', 'dispute',
  'refute', 'rebut', 'reject', 'dismiss', 'scoff', 'joke', 'tease', 'taunt', 'mock', 'retell', 'interject',
  'echo', 'interrupt', 'boom', 'crow', 'rant', 'blast', 'slam', 'confess', 'whine', 'beg', 'tout', 'gloat', 'chide',
  'scold', 'lecture', 'shrug', 'grumble', 'growl', 'howl', 'cheer', 'applaud', 'hail', 'retaliate', 'react',
  'remember', 'exhort', 'reminisce', 'sneer', 'snipe', 'quiz', 'query',
];

// Verbs that introduce a quoted word as a description of something ("likened it to a 'besieged fortress'")
// rather than a clause of reported speech: they attribute partial quotes but not indirect speech.
const DESCRIBING_VERBS = new Set(['describe', 'call', 'liken', 'dub', 'brand', 'term', 'label', 'compare', 'characterize',
  'characterise', 'portray', 'quote', 'cite', 'praise', 'thank', 'criticize', 'criticise', 'mock', 'taunt', 'tease',
  'sing', 'chant', 'read', 'speak', 'point', 'remind', 'challenge', 'question', 'reject', 'dismiss', 'accuse', 'charge',
  'show', 'find', 'rule', 'assess', 'object', 'protest', 'thank', 'counsel', 'scoff', 'interject', 'text', 'email',
  'blog', 'calculate', 'figure', 'reason', 'fear', 'worry', 'hope', 'wonder', 'marvel', 'contest', 'dispute',
  'refute', 'rebut', 'continue', 'post', 'quip']);


const CUE_FORMS = new Map<string, string>();
for (const verb of SPEECH_VERBS) for (const form of inflect(verb)) if (!CUE_FORMS.has(form)) CUE_FORMS.set(form, verb);

/** The base verb of a speech-verb form ("asserted" → "assert"), or undefined. */
export function cueBase(word: string): string | undefined {
  return CUE_FORMS.get(word.toLowerCase());
}

/** True when the verb introduces reported speech (a that-clause or a bare clause), not just a description. */
export function isReportingVerb(base: string): boolean {
  return !DESCRIBING_VERBS.has(base);
}

/** Verbs of thought or judgement: they report speech, but do not attribute a quotation that follows them. */
export const WEAK_CUES = new Set([
  'think', 'believe', 'feel', 'fear', 'worry', 'hope', 'agree', 'disagree', 'wonder', 'marvel', 'estimate', 'praise',
  'thank', 'criticize', 'criticise', 'accuse', 'charge', 'reject', 'dismiss', 'challenge', 'question', 'propose',
  'recommend', 'remind', 'mock', 'taunt', 'tease', 'protest', 'assess', 'dispute', 'contest', 'refute', 'cite',
]);

/** Verbs that commonly report a clause without "that" ("he said the plan failed"); others need "that". */
export const BARE_CLAUSE_VERBS = new Set([
  'say', 'tell', 'add', 'argue', 'claim', 'insist', 'warn', 'believe', 'think', 'contend', 'assert', 'predict',
  'suggest', 'estimate', 'write', 'tweet', 'feel', 'fear', 'hope', 'maintain', 'allege', 'concede', 'admit', 'agree',
  'complain', 'reckon', 'guess', 'worry', 'recall', 'note', 'acknowledge', 'report', 'state', 'declare', 'explain',
]);

/** Verbs that take the hearer as object before the content: "told Izvestia that …", "informed reporters …". */
export const HEARER_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'notify', 'advise', 'urge', 'ask', 'promise', 'thank', 'retell']);

/** Words allowed between a speaker and its verb ("Putin also said", "she has long argued"). */
export const BETWEEN_SPEAKER_AND_CUE = new Set([
  'also', 'later', 'then', 'again', 'once', 'even', 'further', 'previously', 'earlier', 'recently',
  'has', 'had', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'did', 'does', 'do', 'been',
  'long', 'often', 'always', 'never', 'still', 'just', 'only', 'too', 'first', 'last', 'quickly', 'simply', 'flatly',
  'repeatedly', 'reportedly', 'publicly', 'privately', 'separately', 'similarly', 'bluntly', 'candidly', 'openly',
  'in', 'turn', 'herself', 'himself', 'themselves', 'itself', 'not', 'may', 'might', 'could', 'should', 'must',
  'can', 'being', 'be', 'once', 'alone', 'both', 'all', 'each', 'however', 'meanwhile', 'therefore', 'thus',
  'moreover', 'yet', 'already', 'soon', 'now', 'today', 'yesterday', 'tonight',
]);

export const PERSONAL_PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neuter' | 'self'> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neuter',
  i: 'self',
  we: 'plural',
  who: 'neuter',
};

/** Pronouns that point back to a person when they speak. */
export function pronounGender(word: string): 'male' | 'female' | 'plural' | 'neuter' | 'self' | undefined {
  return PERSONAL_PRONOUNS[word.toLowerCase()];
}

/** Possessive and object pronouns, telling the gender of the person they refer to. */
export const GENDERED_PRONOUNS: Record<string, 'male' | 'female'> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
};

export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one',
  'another', 'some', 'many', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'most', 'other', 'both', 'each', 'every', 'no', 'few', 'all', 'more', 'dozens',
]);

/** Words naming a source by role, which speak without a determiner: "officials said", "sources told". */
const HAND_ROLE_PLURALS = [
  'officials', 'sources', 'experts', 'reporters', 'journalists', 'viewers', 'listeners', 'readers', 'audiences', 'crowds', 'analysts', 'critics', 'aides', 'officers', 'residents', 'witnesses',
  'lawmakers', 'legislators', 'supporters', 'observers', 'people', 'police', 'authorities', 'organizers',
  'organisers', 'researchers', 'economists', 'investigators', 'prosecutors', 'protesters', 'diplomats',
  'scientists', 'doctors', 'activists', 'advocates', 'voters', 'reports', 'polls', 'spokesmen', 'spokespeople',
  'executives', 'insiders', 'historians', 'strategists', 'commentators', 'leaders', 'members', 'others',
  'democrats', 'republicans', 'conservatives', 'liberals', 'politicians', 'studies', 'documents', 'records',
  'statistics', 'figures', 'data', 'surveys', 'estimates', 'campaigners', 'parents', 'students', 'teachers',
  'workers', 'employees', 'staff', 'staffers', 'agents', 'troops', 'soldiers', 'militants', 'rebels', 'judges',
  'lawyers', 'attorneys', 'senators', 'representatives', 'ministers', 'governments', 'companies', 'firms',
];

/**
 * Plural nouns of group and anonymous sources: the hand list above and the heads learned from the training set
 * by eval/learn-speaker-heads.ts (speaker-heads.json).
 */
export const ROLE_PLURALS = new Set([...HAND_ROLE_PLURALS, ...Object.keys(learnedHeads.groupHeads)]);

/** Titles and roles written before a name ("President Vladimir Putin", "Sen. Tim Kaine"). */
export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'director', 'deputy', 'chairman', 'chairwoman',
  'chair', 'governor', 'gov', 'gov.', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'congressman',
  'congresswoman', 'mayor', 'judge', 'justice', 'chief', 'executive', 'ceo', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'dr', 'dr.', 'mr', 'mr.',
  'mrs', 'mrs.', 'ms', 'ms.', 'prof', 'prof.', 'professor', 'gen.', 'col', 'col.', 'lt', 'lt.', 'capt', 'capt.',
  'sgt', 'sgt.', 'adm', 'adm.', 'admiral', 'colonel', 'captain', 'sergeant', 'lieutenant', 'commander', 'officer',
  'analyst', 'expert', 'researcher', 'fellow', 'leader', 'head', 'founder', 'candidate', 'nominee', 'speaker',
  'premier', 'chancellor', 'foreign', 'defense', 'defence', 'interior', 'finance', 'attorney', 'commissioner',
  'lord', 'lady', 'sir', 'dame', 'rev', 'rev.', 'reverend', 'bishop', 'archbishop', 'cardinal', 'father', 'sister',
  'brother', 'coach', 'manager', 'host', 'anchor', 'moderator', 'correspondent', 'reporter', 'editor', 'columnist',
  'economist', 'strategist', 'adviser', 'advisor', 'aide', 'envoy', 'diplomat', 'official', 'lawmaker', 'activist',
  'former', 'acting', 'senior', 'junior', 'first', 'lady', 'state', 'u.s.', 'us', 'house', 'senate', 'majority',
  'minority', 'whip', 'press', 'campaign', 'national', 'security', 'presidential', 'democratic', 'republican',
  'gop', 'mp', 'mep', 'member', 'parliament', 'party', 'chairperson', 'president-elect', 'then-president',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'trustee', 'mla', 'mpp', 'constable',
  'detective', 'inspector', 'superintendent', 'cpl', 'cpl.', 'const.', 'det.', 'supt.', 'insp.', 'sheriff', 'warden',
]);

/** Nouns and verbs after which a quoted capitalized phrase is a name or title, not speech. */
export const TITLE_INTRODUCERS = new Set([
  'operation', 'operations', 'exercise', 'exercises', 'drill', 'drills', 'newspaper', 'newspapers', 'magazine',
  'journal', 'program', 'programme', 'programs', 'show', 'shows', 'series', 'book', 'books', 'novel', 'film',
  'films', 'movie', 'movies', 'song', 'songs', 'album', 'albums', 'documentary', 'episode', 'column', 'article',
  'essay', 'report', 'play', 'musical', 'opera', 'poem', 'slogan', 'motto', 'hashtag', 'campaign', 'project',
  'plan', 'initiative', 'doctrine', 'strategy', 'code', 'codename', 'code-named', 'codenamed', 'called',
  'named', 'titled', 'entitled', 'dubbed', 'nicknamed', 'known', 'so-called', 'brand', 'label', 'party',
  'movement', 'group', 'game', 'games', 'ship', 'vessel', 'mission', 'contest', 'competition', 'festival',
  'award', 'prize', 'forum', 'conference', 'summit', 'word', 'words', 'term', 'terms', 'phrase', 'label',
  'headline', 'title', 'site', 'website', 'blog', 'podcast', 'channel', 'station', 'radio', 'tv', 'television',
  'segment', 'broadcast', 'feature', 'editorial', 'op-ed', 'study', 'paper', 'painting', 'exhibition', 'brand',
  'mantra', 'catchphrase', 'nickname', 'moniker', 'banner', 'sign', 'signs', 't-shirt', 'ad', 'advert', 'spot',
  'commercial', 'video', 'tweet', 'post', 'app', 'system', 'agreement', 'pact', 'deal', 'treaty', 'act', 'bill',
]);

/** Prepositions that end a speaker phrase written after its verb ("said Smith of Acme"). */
export const PHRASE_BREAKERS = new Set([
  'for', 'of', 'in', 'at', 'on', 'during', 'with', 'to', 'from', 'after', 'before', 'about', 'as', 'when', 'while',
  'who', 'which', 'that', 'because', 'since', 'after', 'and', 'but', 'or', 'by', 'into', 'via', 'through', 'over',
  'under', 'near', 'outside', 'inside', 'amid', 'despite', 'if', 'whose', 'where', 'last', 'this', 'on', 'earlier',
]);

/** Sentence-initial function words that are capitalized without being names. */
export const CAPITALIZED_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after',
  'before', 'since', 'because', 'although', 'though', 'however', 'meanwhile', 'still', 'also', 'then', 'there',
  'here', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'your', 'speaking', 'asked', 'according', 'now', 'today', 'yesterday', 'last', 'next',
  'with', 'without', 'by', 'from', 'to', 'of', 'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how',
  'not', 'no', 'yes', 'even', 'only', 'just', 'all', 'some', 'many', 'most', 'both', 'each', 'every', 'such',
]);

/** A party label after a politician's name: "D-Calif.", "R-Ky.". */
export const PARTY_LABEL = /^\p{Lu}{1,2}-\p{Lu}/u;
