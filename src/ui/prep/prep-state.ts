import { batch, computed, effect, signal, untracked } from '@preact/signals';
import Dexie, { liveQuery } from 'dexie';
import * as z from 'zod/mini';
import type { TextExporter } from '../../browser/text-export';
import type { ViewDrafts } from '../../browser/view-drafts';
import type { LatitudeDb } from '../../db/database';
import { saveFeedbackReplies } from '../../db/entries/feedback-replies';
import { loadStampedPrepSource, readPrepStamp, refreshPrepSource, type StampedPrepSource } from '../../db/prep-source';
import type { AgendaEdit } from '../../domain/agenda-edit';
import { applyAgenda, type ShownSection } from '../../domain/prep/agenda';
import { buildPrep } from '../../domain/prep/build-prep';
import { feedbackRequestMessage, type ParsedFeedback, parseFeedbackReply } from '../../domain/prep/feedback-kit';
import { MARKDOWN_LIMIT, markdownFileName, prepToMarkdown } from '../../domain/prep/markdown';
import {
  type PrepSelection,
  resolvePeriod,
  selectionFromHash,
  selectionToHash,
  toRequest,
} from '../../domain/prep/selection';
import type { Period } from '../../domain/prep/types';
import type { ActionStatus } from '../kit/ActionStatus';
import type { AppClock } from '../kit/app-env';
import { createPrepAgendaState, prepKeyId } from './prep-agenda-state';

/** Points shown per section before "Show more"; the Markdown export uses the same number. */
export const POINT_LIMIT = MARKDOWN_LIMIT;

/** What is typed in the feedback kit, kept as the prep page's draft until the reply is saved. */
export const feedbackKitDraftSchema = z.object({ recipient: z.string(), reply: z.string(), from: z.string() });
export type FeedbackKitDraft = z.infer<typeof feedbackKitDraftSchema>;

export interface PrepStateDeps {
  db: LatitudeDb;
  clock: AppClock;
  /** This page's drafts (`openPageDrafts('prep')`): points of one's own, rewordings, the feedback kit. */
  views: ViewDrafts;
  exporter: TextExporter;
  win: Pick<Window, 'location' | 'history' | 'print'>;
}

/** The log as the prep reads it: being read, read (and followed), or unreadable. */
export type SourceStatus = { kind: 'loading' } | { kind: 'ready'; read: StampedPrepSource } | { kind: 'failed' };

/**
 * The prep page's state and actions: what to prepare (kept in the URL hash, so a reload or a shared
 * link shows the same prep), the log it reads, the prep built from it, the agenda (pins, hidden
 * points, rewordings, points of one's own), the exports and the feedback request kit.
 *
 * The log is read once per period and then followed: a change anywhere brings the copy up to date
 * from what was written since (`refreshPrepSource`), never a second full read. The prep is built
 * once per log version and request, not per render: `prep` is a computed signal, and the engine
 * keeps its reading of a log for the next conversation (`buildPrep`).
 */
export function createPrepState({ db, clock, views, exporter, win }: PrepStateDeps) {
  // One clock reading per page: "the last 3 months" must not move while the page is open.
  const now = clock.now();
  const selection = signal<PrepSelection>(selectionFromHash(win.location.hash));
  const periodKey = computed(() => {
    const period = resolvePeriod(selection.value.period, now);
    return period ? `${period.from}|${period.to}` : '';
  });
  const period = computed<Period | undefined>(() => {
    const [from, to] = periodKey.value.split('|');
    return from && to ? { from, to } : undefined;
  });
  const source = signal<SourceStatus>({ kind: 'loading' });
  const loaded = computed(() => (source.value.kind === 'ready' ? source.value.read.source : undefined));
  const requestKey = computed(() => {
    const current = period.value;
    return current ? JSON.stringify(toRequest(selection.value, current)) : '';
  });
  /** Built once per log version and request: a render never builds. */
  const prep = computed(() => {
    const log = loaded.value;
    const key = requestKey.value;
    return log && key ? buildPrep(log, JSON.parse(key), now) : undefined;
  });
  const entries = computed(() => new Map((loaded.value?.entries ?? []).map((e) => [e.id, e])));
  const actionItems = computed(() => new Map((loaded.value?.actionItems ?? []).map((i) => [i.id, i])));
  const people = computed(() => loaded.value?.people ?? []);

  const agendaState = createPrepAgendaState({ db, clock, views });
  const conversationKey = computed(() => {
    const { kind, personId } = selection.value;
    return { kind, ...(personId ? { personId } : {}) };
  });
  // The first prep waits for its pins (points never jump into place after showing); switching
  // conversation afterwards keeps the page, the new pins following a moment later.
  const agendaReadOnce = signal(false);
  const expanded = signal<ReadonlySet<string>>(new Set());
  const shownSections = computed<ShownSection[]>(() => {
    const built = prep.value;
    if (!built) return [];
    const agenda = agendaState.agenda.value;
    const open = expanded.value;
    const limited = applyAgenda(built, agenda, POINT_LIMIT);
    if (![...open].some((id) => limited.some((s) => s.id === id))) return limited;
    const full = applyAgenda(built, agenda);
    return limited.map((section, index) => (open.has(section.id) ? full[index]! : section));
  });
  // A lateral prep's edits remember where it went, so the side panel's pinned points are built
  // for the same area.
  const target = () => prep.value?.target?.area;

  const exportStatus = signal<ActionStatus>({ kind: 'idle' });
  const markdown = () => {
    const built = prep.value;
    if (!built) return '';
    return prepToMarkdown({
      prep: built,
      agenda: agendaState.agenda.value,
      entries: entries.value,
      actionItems: actionItems.value,
      limit: POINT_LIMIT,
    });
  };

  const kitDraft = views.draft('feedback-kit', feedbackKitDraftSchema);
  const kitTyped = signal<FeedbackKitDraft>(kitDraft.load() ?? { recipient: '', reply: '', from: '' });
  const kitParsed = signal<readonly ParsedFeedback[] | null>(null);
  const kitKept = signal<readonly boolean[]>([]);
  const kitStatus = signal<ActionStatus>({ kind: 'idle' });
  const kitChosen = computed(() => kitParsed.value?.filter((_, index) => kitKept.value[index]) ?? []);
  const kitMessage = computed(() => feedbackRequestMessage(kitTyped.value.recipient));

  function typeKit(patch: Partial<FeedbackKitDraft>) {
    const next = { ...kitTyped.value, ...patch };
    kitTyped.value = next;
    if (next.recipient || next.reply || next.from) kitDraft.save(next);
    else kitDraft.clear();
  }

  // The log: read once per period, then followed.
  let reading = 0;
  let watch: { unsubscribe(): void } | undefined;
  let refreshing: Promise<void> | undefined;
  let refreshAgain = false;

  function follow(forPeriod: Period | undefined) {
    const run = ++reading;
    watch?.unsubscribe();
    watch = undefined;
    if (!forPeriod) {
      source.value = { kind: 'loading' };
      return;
    }
    if (source.value.kind !== 'loading') source.value = { kind: 'loading' };
    loadStampedPrepSource(db, forPeriod).then(
      (read) => {
        if (run !== reading) return;
        source.value = { kind: 'ready', read };
        // Watched once the first prep is shown: the watch's own first answer is not a change.
        watch = Dexie.ignoreTransaction(() =>
          liveQuery(() => readPrepStamp(db)).subscribe({
            next: () => void refresh(run),
            error: () => undefined,
          }),
        );
      },
      () => {
        if (run === reading) source.value = { kind: 'failed' };
      },
    );
  }

  /** Brings the log up to date; calls while one runs fold into one more run. */
  function refresh(run: number): Promise<void> {
    if (refreshing) {
      refreshAgain = true;
      return refreshing;
    }
    refreshing = (async () => {
      do {
        refreshAgain = false;
        const current = source.value;
        if (run !== reading || current.kind !== 'ready') return;
        try {
          const next = await refreshPrepSource(db, current.read);
          if (run === reading && next !== current.read) source.value = { kind: 'ready', read: next };
        } catch {
          // The copy shown stays; the next change tries again.
        }
      } while (refreshAgain && run === reading);
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  // Each effect follows one signal; what it runs reads others without following them.
  const stopFollowing = effect(() => {
    const current = period.value;
    untracked(() => follow(current));
  });
  const stopSelecting = effect(() => {
    const key = conversationKey.value;
    untracked(() => agendaState.select(key));
  });
  const stopNoting = effect(() => {
    if (agendaState.ready.value || agendaState.readFailure.value !== undefined) agendaReadOnce.value = true;
  });

  const editAgenda = (edit: AgendaEdit) => agendaState.edit(edit, target());

  return {
    selection,
    period,
    /** Whether the log is being read, read, or unreadable. */
    source: computed(() => source.value.kind),
    prep,
    entries,
    actionItems,
    people,
    /** The sections as shown: the agenda applied, each cut to `POINT_LIMIT` unless shown in full. */
    shownSections,
    agenda: agendaState.agenda,
    /** Why the agenda cannot be read, or why the last edit was not stored. */
    agendaError: computed(() => agendaState.error.value ?? agendaState.readFailure.value),
    /** Whether the prep can show: its pins are read (or cannot be), once. */
    agendaRead: computed(() => agendaReadOnce.value),
    ownText: agendaState.ownText,
    ownProblem: agendaState.ownProblem,
    ownSaving: agendaState.ownSaving,
    exportStatus,
    kit: {
      typed: kitTyped,
      message: kitMessage,
      parsed: kitParsed,
      kept: kitKept,
      chosen: kitChosen,
      status: kitStatus,
    },

    /** What to prepare: mirrored in the URL hash with `replaceState` (no history entry per change). */
    choose(next: PrepSelection) {
      batch(() => {
        selection.value = next;
        expanded.value = new Set();
      });
      win.history.replaceState(null, '', selectionToHash(next));
    },
    showAll(sectionId: string) {
      expanded.value = new Set([...expanded.value, sectionId]);
    },

    togglePin: (key: string) =>
      editAgenda({ type: 'pin', key, pinned: !agendaState.agenda.value.pinned.includes(key) }),
    hide: (key: string) => editAgenda({ type: 'hide', key }),
    show: (key: string) => editAgenda({ type: 'show', key }),
    rewordOf: agendaState.rewordOf,
    noteOf: agendaState.noteOf,
    startReword: agendaState.startReword,
    typeReword: agendaState.typeReword,
    cancelReword: agendaState.cancelReword,
    saveReword: (key: string, original: string) => void agendaState.saveReword(key, original, target()),
    restoreOriginal: (key: string, original: string, wording: string | undefined) =>
      void agendaState.restoreOriginal(key, original, wording, target()),
    saveRewordAnyway: (key: string, original: string) => void agendaState.saveRewordAnyway(key, original, target()),
    discardReword: agendaState.discardReword,

    typeOwn: agendaState.typeOwn,
    addOwn: () => agendaState.addOwn(target()),
    toggleOwn: (id: string, done: boolean) => editAgenda({ type: 'own-done', id, done }),
    removeOwn: (id: string) => editAgenda({ type: 'remove-own', id }),

    fileName: computed(() => (prep.value ? markdownFileName(prep.value) : '')),
    copyMarkdown: () =>
      exporter.copy(markdown()).then(
        () => {
          exportStatus.value = { kind: 'done', message: 'Markdown copied' };
        },
        () => {
          exportStatus.value = { kind: 'failed', message: 'Could not copy: use Download Markdown instead.' };
        },
      ),
    downloadMarkdown() {
      const built = prep.value;
      if (!built) return;
      const name = markdownFileName(built);
      exporter.download(name, markdown(), 'text/markdown');
      exportStatus.value = { kind: 'done', message: `Downloaded ${name}` };
    },
    print: () => win.print(),

    typeKit,
    copyKitMessage: () =>
      exporter.copy(kitMessage.value).then(
        () => {
          kitStatus.value = { kind: 'done', message: 'Message copied' };
        },
        () => {
          kitStatus.value = {
            kind: 'failed',
            message: 'The message could not be copied: select it and copy it by hand.',
          };
        },
      ),
    /** Reads the pasted reply into feedback lines, shown for review before anything is saved. */
    readReply() {
      const lines = parseFeedbackReply(kitTyped.value.reply);
      batch(() => {
        kitParsed.value = lines;
        kitKept.value = lines.map(() => true);
        kitStatus.value = { kind: 'idle' };
      });
    },
    toggleReplyLine(index: number) {
      kitKept.value = kitKept.value.map((value, i) => (i === index ? !value : value));
    },
    /** Saves the lines kept, all or none; the reply is emptied once they are stored. */
    async saveReplies(): Promise<void> {
      const from = kitTyped.value.from;
      if (!from.trim()) {
        kitStatus.value = { kind: 'failed', message: 'Say who the feedback is from before saving it.' };
        return;
      }
      try {
        const result = await saveFeedbackReplies(db, kitChosen.value, from, { now: clock.now(), newId: clock.newId });
        if (result.ok) {
          const count = result.entries.length;
          batch(() => {
            kitStatus.value = { kind: 'done', message: `Saved ${count} feedback ${count === 1 ? 'entry' : 'entries'}` };
            kitParsed.value = null;
            typeKit({ reply: '' });
          });
        } else {
          kitStatus.value = {
            kind: 'failed',
            message: `Line ${result.index + 1} was not saved: ${result.errors[0]?.message ?? 'it is not valid'}. Nothing was saved.`,
          };
        }
      } catch {
        kitStatus.value = {
          kind: 'failed',
          message: 'Nothing was saved: Latitude cannot write to its storage right now.',
        };
      }
    },

    dispose() {
      reading += 1;
      watch?.unsubscribe();
      stopFollowing();
      stopSelecting();
      stopNoting();
      agendaState.dispose();
    },
  };
}

export type PrepState = ReturnType<typeof createPrepState>;
export { prepKeyId };
