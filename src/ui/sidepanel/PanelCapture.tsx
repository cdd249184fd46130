import { CaptureForm } from '../capture/CaptureForm';
import { CaptureAboutWin } from '../kit/AboutWinSelect';
import { CapturedInConversation } from './PanelHistory';
import { PANEL_KINDS, type SidePanelState } from './side-panel-state';

interface Props {
  state: SidePanelState;
}

/**
 * The capture form, into today's 1:1 with the person picked or, with nobody picked, today's
 * meeting. It stays in one place whether or not a person is picked (their agenda comes above it,
 * their conversation below), so picking someone mid-sentence keeps the text, and the focus.
 */
export function PanelCapture({ state, storageAvailable }: Props & { storageAvailable: boolean }) {
  const capture = state.capture;
  return (
    <section class="panel-capture" aria-labelledby="capture-heading">
      <h2 id="capture-heading">Capture</h2>
      {!state.person.value && (
        <p class="hint">No person picked: what you capture goes into today’s meeting, to give to someone later.</p>
      )}
      <CaptureForm
        state={capture}
        storageAvailable={storageAvailable}
        kinds={PANEL_KINDS}
        askPerson={false}
        kindShortcuts
        feedbackFields={<CaptureAboutWin state={capture} choices={state.winChoices.value} />}
      />
    </section>
  );
}

/**
 * Today's meeting: what was captured with no person picked (a team meeting, a call with someone
 * not in the list yet), live, and, once a person is picked, the offer to give it all to them.
 */
export function TodaysMeeting({ state }: Props) {
  const meeting = state.meeting.value.status === 'ready' ? state.meeting.value.value : undefined;
  if (!meeting) return null;
  const person = state.person.value;
  const failure = state.moveFailure.value;
  const items = state.meetingItems.value;
  return (
    <section class="conversation" aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">Today without a person</h2>
      {person && (
        <div class="actions wrap">
          <button type="button" disabled={state.moving.value} onClick={() => void state.moveMeeting(meeting)}>
            Move today’s notes without a person to {person.name}
          </button>
        </div>
      )}
      {failure && (
        <p class="alert" role="alert">
          {failure}
        </p>
      )}
      <CapturedInConversation
        id="meeting"
        items={items.status === 'ready' ? items.value : []}
        entries={state.meetingEntries.value}
        state={state}
      />
    </section>
  );
}
