import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openPageDrafts, type ViewDrafts } from '../../browser/view-drafts';
import type { LatitudeDb } from '../../db/database';
import { saveFeedbackReplies } from '../../db/entries/feedback-replies';
import { loadPrepSource, type PrepSource } from '../../db/prep-source';
import type { AgendaEdit } from '../../domain/agenda-edit';
import { applyAgenda } from '../../domain/prep/agenda';
import { buildPrep } from '../../domain/prep/build-prep';
import { MARKDOWN_LIMIT, markdownFileName, prepToMarkdown } from '../../domain/prep/markdown';
import { type AppClock, systemClock } from '../kit/app-env';
import { ExportBar } from './ExportBar';
import { FeedbackKit, feedbackKitDraftSchema } from './FeedbackKit';
import { OwnPoints } from './OwnPoints';
import { createPrepAgendaState, prepKeyId } from './prep-agenda-state';
import { PrepControls } from './PrepControls';
import { PrepReading } from './PrepReading';
import { resolvePeriod, toRequest } from '../../domain/prep/selection';
import { ReadinessPanel } from './ReadinessPanel';
import { SelfVsOthers } from './SelfVsOthers';
import { StorageBanner } from '../kit/StorageBanner';
import { TalentMap } from './TalentMap';
import { TalkingPointSection } from './TalkingPointSection';
import { browserExporter, type TextExporter } from '../../browser/text-export';
import { useHashSelection } from './use-hash-selection';
import { useLiveQuery } from '../kit/use-live-query';
import { useStorageHealth } from '../kit/use-storage-health';

/** Points shown per section before "Show more"; the Markdown export uses the same number. */
export const POINT_LIMIT = MARKDOWN_LIMIT;

interface Props {
  db: LatitudeDb;
  /** This page's drafts (`openPageDrafts('prep')`, opened by the entrypoint). */
  drafts?: ViewDrafts;
  clock?: AppClock;
  exporter?: TextExporter;
  win?: Pick<Window, 'location' | 'history' | 'print'>;
}

/**
 * The prep page: choose a conversation, a period, a person (and for a lateral move, an area), and
 * get readiness, talking points with their evidence, the self-vs-others check, the talent map and
 * the feedback request kit. Reads only the chosen period's entries; rebuilt live as the log changes.
 */
export function PrepApp({ db, drafts, clock = systemClock, exporter = browserExporter(), win = window }: Props) {
  const health = useStorageHealth(db);
  const [selection, setSelection] = useHashSelection(win);
  // One clock reading per page: "the last 3 months" must not move while the page is open.
  const now = useMemo(() => clock.now(), [clock]);
  const period = resolvePeriod(selection.period, now);
  const source = useLiveQuery<PrepSource | undefined>(
    () => (period ? loadPrepSource(db, period) : Promise.resolve(undefined)),
    [db, period?.from, period?.to],
  );
  const key = { kind: selection.kind, ...(selection.personId ? { personId: selection.personId } : {}) };
  const views = useMemo(() => drafts ?? openPageDrafts('prep'), [drafts]);
  const kitDrafts = useMemo(() => views.draft('feedback-kit', feedbackKitDraftSchema), [views]);
  const agendaState = useMemo(() => {
    const state = createPrepAgendaState({ db, clock, views });
    // Read at once, beside the log: the points are shown with their pins, never before them.
    state.select(key);
    return state;
    // The key is followed by the effect below; this only starts the first read early.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, clock, views]);
  useEffect(() => agendaState.select(key), [agendaState, prepKeyId(key)]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => agendaState.dispose(), [agendaState]);
  const agenda = agendaState.agenda.value;
  const agendaError = agendaState.error.value ?? agendaState.readFailure.value;
  // The first prep waits for its pins (points never jump into place after showing); switching
  // conversation afterwards keeps the page, the new pins following a moment later.
  const agendaReadOnce = useRef(false);
  const agendaRead = agendaReadOnce.current || agendaState.ready.value || agendaState.readFailure.value !== undefined;
  if (agendaRead) agendaReadOnce.current = true;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const loaded = source.status === 'ready' ? source.value : undefined;
  const request = period ? toRequest(selection, period) : undefined;
  const requestKey = request ? JSON.stringify(request) : '';
  const prep = useMemo(
    () => (loaded && request ? buildPrep(loaded, request, now) : undefined),
    // The request is rebuilt each render; its serialized form says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded, requestKey, now],
  );
  const entries = useMemo(() => new Map((loaded?.entries ?? []).map((e) => [e.id, e])), [loaded]);
  const actionItems = useMemo(() => new Map((loaded?.actionItems ?? []).map((i) => [i.id, i])), [loaded]);

  // A lateral prep's edits remember where it went, so the side panel's pinned points are built
  // for the same area.
  const target = prep?.target?.area;
  const editAgenda = (edit: AgendaEdit) => agendaState.edit(edit, target);
  const actions = {
    togglePin: (k: string) => editAgenda({ type: 'pin', key: k, pinned: !agenda.pinned.includes(k) }),
    hide: (k: string) => editAgenda({ type: 'hide', key: k }),
    show: (k: string) => editAgenda({ type: 'show', key: k }),
    rewordOf: agendaState.rewordOf,
    noteOf: agendaState.noteOf,
    startReword: agendaState.startReword,
    typeReword: agendaState.typeReword,
    cancelReword: agendaState.cancelReword,
    saveReword: (k: string, original: string) => void agendaState.saveReword(k, original, target),
    restoreOriginal: (k: string, original: string, wording: string | undefined) =>
      void agendaState.restoreOriginal(k, original, wording, target),
    saveRewordAnyway: (k: string, original: string) => void agendaState.saveRewordAnyway(k, original, target),
    discardReword: agendaState.discardReword,
  };
  const shownSections = useMemo(() => (prep ? applyAgenda(prep, agenda, POINT_LIMIT) : undefined), [prep, agenda]);
  const markdown = () => (prep ? prepToMarkdown({ prep, agenda, entries, actionItems, limit: POINT_LIMIT }) : '');

  return (
    <main class="page prep">
      <header class="bar">
        <h1>{prep ? `${prep.title} prep` : 'Prepare a conversation'}</h1>
        <a class="no-print" href="/log.html">
          Open the log
        </a>
      </header>
      <StorageBanner health={health} />
      <PrepControls
        selection={selection}
        onChange={(next) => {
          setSelection(next);
          setExpanded(new Set());
        }}
        people={loaded?.people ?? []}
        target={prep?.target}
        {...(period ? {} : { periodError: 'Choose a start date on or before the end date.' })}
      />
      {(source.status === 'loading' || (prep && !agendaRead)) && <p class="muted">Loading…</p>}
      {source.status === 'error' && (
        <p class="alert" role="alert">
          The log cannot be read right now.
        </p>
      )}
      {agendaError && (
        <p class="alert" role="alert">
          {agendaError}
        </p>
      )}
      {prep && agendaRead && (
        <>
          <p class="period-line">
            {prep.request.period.from} to {prep.request.period.to}
            {prep.personName ? `, with ${prep.personName}` : ''}.
          </p>
          <ExportBar
            markdown={markdown}
            fileName={markdownFileName(prep)}
            copy={(text) => exporter.copy(text)}
            download={(name, text) => exporter.download(name, text, 'text/markdown')}
            print={() => win.print()}
          />
          <PrepReading prep={prep} entries={entries} actionItems={actionItems} />
          <ReadinessPanel readiness={prep.readiness} captureNext={prep.captureNext} />
          <OwnPoints
            points={agenda.own ?? []}
            text={agendaState.ownText.value}
            error={agendaState.ownProblem.value}
            saving={agendaState.ownSaving.value}
            onType={agendaState.typeOwn}
            onAdd={() => void agendaState.addOwn(target)}
            onToggle={(id, done) => editAgenda({ type: 'own-done', id, done })}
            onRemove={(id) => editAgenda({ type: 'remove-own', id })}
          />
          {shownSections!.map((section, index) => {
            const full = expanded.has(section.id) ? applyAgenda(prep, agenda)[index]! : section;
            return (
              <TalkingPointSection
                key={section.id}
                section={full}
                entries={entries}
                actionItems={actionItems}
                actions={actions}
                onShowAll={() => setExpanded(new Set([...expanded, section.id]))}
              />
            );
          })}
          {prep.selfVsOthers && (
            <SelfVsOthers findings={prep.selfVsOthers} entries={entries} actionItems={actionItems} />
          )}
          {prep.talentMap && <TalentMap map={prep.talentMap} />}
          <FeedbackKit
            copy={(text) => exporter.copy(text)}
            save={(replies, person) =>
              saveFeedbackReplies(db, replies, person, { now: clock.now(), newId: clock.newId })
            }
            people={(loaded?.people ?? []).map((p) => p.name)}
            drafts={kitDrafts}
          />
        </>
      )}
    </main>
  );
}
