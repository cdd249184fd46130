import type { PrepSection } from '../types';

/** What each kind of conversation builds from the reading: what to say first, and its sections. */
export interface KindPrep {
  opening: string;
  sections: PrepSection[];
}
