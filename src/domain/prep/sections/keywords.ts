import type { AreaId } from '../../area';

/*
 * Which entries go into which brag-document section is decided by areas, tags and a few plain
 * words, listed here and quoted in each section's intro, so the user can see why an entry is (or
 * is not) in a section, and tag it to move it.
 */
export const COLLABORATION_AREAS: readonly AreaId[] = ['leading-teams', 'managing-people', 'teaching'];
export const COLLABORATION =
  /\b(mentor\w*|pair(ed|ing)?|onboard\w*|coach\w*|help(ed|ing)?|unblock\w*|collaborat\w*|code reviews?)\b/i;
export const DESIGN =
  /\b(design\w*|rfcs?|adrs?|architecture|docs?|documentation|documented|specs?|specification|write-?ups?|diagrams?|decision records?)\b/i;
export const COMPANY_AREAS: readonly AreaId[] = ['developer-relations'];
export const COMPANY =
  /\b(hir(e|ed|ing)|interview\w*|recruit\w*|culture|community|conferences?|meetups?|talks?|blog\w*|workshops?|guilds?)\b/i;

/**
 * Learning, found by meaning rather than one keyword: learned, realised, figured out, a first
 * time, a mistake, hindsight, a lesson; in English, German, Spanish, French and Italian.
 */
export const LEARNED =
  /\b(learn\w*|lessons?|reali[sz]\w*|takeaways?|figured out|worked out (that|how|why)|first time|mistakes?|in hindsight|next time I|turns out|now I know|I understood|gelernt|lernte|erkannt|Fehler|aprend\w*|lecci[oó]n\w*|me di cuenta|appris|leçons?|compris|erreur|imparat\w*|ho capito)/i;
