import Dexie from 'dexie';
import { applyAgenda } from '../../domain/prep/agenda';
import { buildPrep } from '../../domain/prep/build-prep';
import { periodOfLastMonths } from '../../domain/prep/period';
import { PREP_KIND_LABELS, PREP_KINDS, type PrepKind, type PrepRequest } from '../../domain/prep/types';
import type { LatitudeDb } from '../database';
import { loadPrepSource } from '../prep-source';

export interface PinnedPoints {
  kind: PrepKind;
  label: string;
  points: { key: string; text: string }[];
}

/**
 * The talking points pinned on the prep page for a person, in pin order, with the user's wording.
 * Only keys are stored with a prep, so the prep is built again (over the last 12 months) to find
 * their text; a person with no pins costs one index lookup and no build. The side panel loads this
 * after its first screen.
 */
export async function loadPinnedPoints(db: LatitudeDb, personId: string, now: Date): Promise<PinnedPoints | undefined> {
  const preps = (
    await db.conversations
      .where('[personId+date]')
      .between([personId, Dexie.minKey], [personId, Dexie.maxKey], true, true)
      .toArray()
  ).filter((c) => !c.deletedAt && (PREP_KINDS as readonly string[]).includes(c.kind) && c.agenda.pinned.length > 0);
  const latest = preps.reduce<(typeof preps)[number] | undefined>(
    (best, c) => (!best || c.date > best.date || (c.date === best.date && c.updatedAt > best.updatedAt) ? c : best),
    undefined,
  );
  if (!latest) return undefined;
  const kind = latest.kind as PrepKind;
  const period = periodOfLastMonths(12, now);
  // A lateral prep goes where the prep page went: the stored area, or the same default (the
  // strongest pull), never simply the first area.
  const target = latest.agenda.targetArea;
  const request: PrepRequest =
    kind === 'lateral'
      ? { kind, period, personId, ...(target ? { targetArea: target } : {}) }
      : { kind, period, personId };
  const prep = buildPrep(await loadPrepSource(db, period), request, now);
  const shown = applyAgenda(prep, latest.agenda).flatMap((section) => section.points.filter((p) => p.pinned));
  const byKey = new Map(shown.map((p) => [p.point.key, p.text]));
  const points = latest.agenda.pinned.flatMap((key) => {
    const text = byKey.get(key);
    return text === undefined ? [] : [{ key, text }];
  });
  return { kind, label: PREP_KIND_LABELS[kind], points };
}
