import type { AreaId } from '../../area';

/*
 * Which entries go into which brag-document section is decided by areas, tags and a few plain
 * words, listed here and quoted in each section's intro, so the user can see why an entry is (or
 * is not) in a section, and tag it to move it.
 */
export const COLLABORATION_AREAS: readonly AreaId[] = ['leading-teams', 'managing-people', 'teaching'];
export const COLLABORATION = /\b(mentor\w*|pair(ed|ing)?|onboard\w*|coach\w*|help(ed|ing)?|unblock\w*|collaborat\w*|code reviews?)\b/i;
export const DESIGN = /\b(design\w*|rfcs?|adrs?|architecture|docs?|documentation|documented|specs?|specification|write-?ups?|diagrams?)\b/i;
export const COMPANY_AREAS: readonly AreaId[] = ['developer-relations'];
export const COMPANY = /\b(hir(e|ed|ing)|interview\w*|recruit\w*|culture|community|conferences?|meetups?|talks?|blog\w*|workshops?|guilds?)\b/i;
export const LEARNED = /\b(learn\w*|lessons?|reali[sz]ed|takeaways?)\b/i;

