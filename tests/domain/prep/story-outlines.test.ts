/**
 * The golden stories' preps written out as readable outlines (tests/fixtures/stories/outlines/),
 * one per story and kind, so that a change of judgment or wording shows up as a diff to read the
 * way a mentor would; `vitest -u` accepts it. The judgments themselves are asserted in
 * golden-stories.test.ts.
 */
import { buildPrep } from '../../../src/domain/prep/build-prep';
import type { PrepRequest } from '../../../src/domain/prep/types';
import { outlinePrep } from '../../fixtures/prep/outline';
import { STORIES, storyName } from '../../fixtures/stories';

const KINDS: PrepRequest['kind'][] = ['promotion', 'lateral', 'step-down', 'review'];

describe('golden story outlines', () => {
  for (const story of STORIES) {
    for (const kind of KINDS) {
      it(`${story.title}: ${kind}`, async () => {
        const prep = buildPrep(story.log, { kind, period: story.period } as PrepRequest, story.now);
        await expect(outlinePrep(prep, storyName)).toMatchFileSnapshot(
          `../../fixtures/stories/outlines/${story.title}.${kind}.txt`,
        );
      });
    }
  }
});
