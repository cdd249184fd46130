import { useEffect, useMemo, useState } from 'preact/hooks';
import { openPageDrafts, type ViewDrafts } from '../../browser/view-drafts';
import { browserExporter, type TextExporter } from '../../browser/text-export';
import { type AppClock, systemClock } from '../kit/app-env';
import { StorageBanner } from '../kit/StorageBanner';
import { useStorageHealth } from '../kit/use-storage-health';
import { ExportBar } from './ExportBar';
import { FeedbackKit } from './FeedbackKit';
import { OwnPoints } from './OwnPoints';
import { PrepControls } from './PrepControls';
import { PrepReading } from './PrepReading';
import { createPrepState, type PrepState, type PrepStateDeps } from './prep-state';
import { ReadinessPanel } from './ReadinessPanel';
import { SelfVsOthers } from './SelfVsOthers';
import { TalentMap } from './TalentMap';
import { TalkingPointSection } from './TalkingPointSection';

export { POINT_LIMIT } from './prep-state';

interface Props {
  db: PrepStateDeps['db'];
  /** This page's drafts (`openPageDrafts('prep')`, opened by the entrypoint). */
  drafts?: ViewDrafts;
  clock?: AppClock;
  exporter?: TextExporter;
  win?: PrepStateDeps['win'];
}

/**
 * The prep page: choose a conversation, a period, a person (and for a lateral move, an area), and
 * get readiness, talking points with their evidence, the self-vs-others check, the talent map and
 * the feedback request kit. Its state (prep-state.ts) is made once here and passed down.
 */
export function PrepApp({ db, drafts, clock = systemClock, exporter, win = window }: Props) {
  const health = useStorageHealth(db);
  const state = useMemo(
    () =>
      createPrepState({
        db,
        clock,
        views: drafts ?? openPageDrafts('prep'),
        exporter: exporter ?? browserExporter(),
        win,
      }),
    // One state per page: the props do not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [db],
  );
  useEffect(() => () => state.dispose(), [state]);
  return <PrepPage state={state} health={health} />;
}

function PrepPage({ state, health }: { state: PrepState; health: ReturnType<typeof useStorageHealth> }) {
  const prep = state.prep.value;
  const source = state.source.value;
  const agendaRead = state.agendaRead.value;
  const agendaError = state.agendaError.value;
  const entries = state.entries.value;
  const actionItems = state.actionItems.value;
  const painted = useAfterFirstPaint(Boolean(prep && agendaRead));
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
        selection={state.selection.value}
        onChange={state.choose}
        people={state.people.value}
        target={prep?.target}
        {...(state.period.value ? {} : { periodError: 'Choose a start date on or before the end date.' })}
      />
      {(source === 'loading' || (prep && !agendaRead)) && <p class="muted">Loading…</p>}
      {source === 'failed' && (
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
            status={state.exportStatus.value}
            onCopy={state.copyMarkdown}
            onDownload={state.downloadMarkdown}
            onPrint={state.print}
          />
          <PrepReading prep={prep} entries={entries} actionItems={actionItems} />
          <ReadinessPanel readiness={prep.readiness} captureNext={prep.captureNext} />
          <OwnPoints
            points={state.agenda.value.own ?? []}
            text={state.ownText.value}
            error={state.ownProblem.value}
            saving={state.ownSaving.value}
            onType={state.typeOwn}
            onAdd={() => void state.addOwn()}
            onToggle={state.toggleOwn}
            onRemove={state.removeOwn}
          />
          {state.shownSections.value.map((section) => (
            <TalkingPointSection
              key={section.id}
              section={section}
              entries={entries}
              actionItems={actionItems}
              actions={state}
              onShowAll={() => state.showAll(section.id)}
            />
          ))}
          {painted && prep.selfVsOthers && (
            <SelfVsOthers findings={prep.selfVsOthers} entries={entries} actionItems={actionItems} />
          )}
          {painted && prep.talentMap && <TalentMap map={prep.talentMap} />}
          {painted && <FeedbackKit kit={state.kit} people={state.people.value} actions={state} />}
        </>
      )}
    </main>
  );
}

/**
 * Whether the first prep has been painted: the conversation's own points come first, and the
 * self-vs-others check, the talent map and the feedback kit in the frame after.
 */
function useAfterFirstPaint(shown: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!shown || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, painted]);
  return painted;
}
