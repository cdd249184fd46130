import { batch, computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import * as z from 'zod/mini';
import type { ViewDrafts } from '../../browser/view-drafts';
import { editPrepAgenda, findPrepConversation, type PrepConversationKey } from '../../db/conversations/agenda';
import type { LatitudeDb } from '../../db/database';
import { isStaleWrite } from '../../db/revisions';
import { type AgendaEdit, applyAgendaEdit, wordingOf } from '../../domain/agenda-edit';
import type { AreaId } from '../../domain/area';
import type { Agenda, Conversation } from '../../domain/conversation';
import { EMPTY_AGENDA } from '../../domain/prep/agenda';
import { revisionOf } from '../../domain/revision';
import { OWN_POINT_RULE, REWORD_RULE, textProblem } from '../../domain/text-limit';
import type { AppClock } from '../kit/app-env';
import { writeFailure } from '../kit/write-failure';

/** A rewording being typed: its text, and the wording shown when it began (none: the generated one). */
export interface RewordDraft {
  text: string;
  base?: string | undefined;
}

/** What is said under a rewording: why it was not stored, or that another view reworded it since. */
export type RewordNote =
  | { kind: 'problem'; message: string }
  | { kind: 'conflict'; message: string; theirs: string | undefined };

// Drafts of this view, by conversation (kind and person): switching conversation keeps each.
const ownDraftSchema = z.record(z.string(), z.string());
const rewordDraftSchema = z.record(
  z.string(),
  z.record(z.string(), z.object({ text: z.string(), base: z.optional(z.string()) })),
);

interface Pending {
  keyId: string;
  edit: AgendaEdit;
  targetArea: AreaId | undefined;
}

export function prepKeyId(key: PrepConversationKey): string {
  return `${key.kind}/${key.personId ?? ''}`;
}

export interface PrepAgendaDeps {
  db: LatitudeDb;
  clock: AppClock;
  /** The prep page's drafts (`openPageDrafts('prep')`): points of one's own and rewordings. */
  views: ViewDrafts;
}

/**
 * The prep page's edits (pins, hidden points, rewordings, points of one's own) and their writes,
 * outside the components. Pins, hides and ticks show at once, before their write commits, and are
 * applied to the agenda as stored (they merge with other tabs' edits). A point of one's own and a
 * rewording are drafts of this view until stored: cleared only then, checked for length first, and
 * a rewording made over another tab's newer one is refused with both kept in sight.
 */
export function createPrepAgendaState({ db, clock, views }: PrepAgendaDeps) {
  const env = () => ({ now: clock.now(), newId: clock.newId });
  const explain = (error: unknown) => writeFailure(error, db);

  const key = signal<PrepConversationKey>({ kind: 'promotion' });
  const keyId = computed(() => prepKeyId(key.value));
  // Each answer carries the key it was asked for: right after a switch of conversation, the last
  // answer is still the previous conversation's, and its pins must not show on this one.
  const stored = signal<{ keyId: string; conversation: Conversation | undefined } | undefined>(undefined);
  const readFailure = signal<string | undefined>(undefined);
  const pending = signal<readonly Pending[]>([]);
  /** Why the last pin, hide, tick or removal was not stored; nothing changed by it. */
  const error = signal<string | undefined>(undefined);
  let subscription: { unsubscribe(): void } | undefined;

  const current = computed(() => (stored.value?.keyId === keyId.value ? stored.value.conversation : undefined));
  const agenda = computed<Agenda>(() =>
    pending.value
      .filter((edit) => edit.keyId === keyId.value)
      .reduce(
        (shown, { edit, targetArea }) => applyAgendaEdit(shown, edit, targetArea),
        current.value?.agenda ?? EMPTY_AGENDA,
      ),
  );

  const ownDraft = views.draft('own-point', ownDraftSchema);
  const ownTexts = signal<Readonly<Record<string, string>>>(ownDraft.load() ?? {});
  const ownProblem = signal<{ keyId: string; message: string } | undefined>(undefined);
  const ownSaving = signal(false);

  const rewordDraft = views.draft('reword', rewordDraftSchema);
  const rewords = signal<Readonly<Record<string, Readonly<Record<string, RewordDraft>>>>>(rewordDraft.load() ?? {});
  const rewordNotes = signal<ReadonlyMap<string, RewordNote>>(new Map());

  /** Takes a stored conversation in, unless a newer one is already shown (a live answer overtaken). */
  function accept(forKey: string, conversation: Conversation | undefined) {
    const shown = stored.value;
    if (shown?.keyId === forKey && shown.conversation && conversation?.id === shown.conversation.id) {
      if (revisionOf(conversation) < revisionOf(shown.conversation)) return;
    }
    stored.value = { keyId: forKey, conversation };
  }

  function select(next: PrepConversationKey) {
    const id = prepKeyId(next);
    if (subscription && id === keyId.value) return;
    subscription?.unsubscribe();
    batch(() => {
      key.value = next;
      error.value = undefined;
      readFailure.value = undefined;
      rewordNotes.value = new Map();
    });
    subscription = liveQuery(() => findPrepConversation(db, next)).subscribe({
      next: (conversation) => {
        if (keyId.value === id) accept(id, conversation);
      },
      error: (cause: unknown) => {
        if (keyId.value === id) readFailure.value = `Your edits to this prep cannot be read: ${explain(cause)}`;
      },
    });
  }

  function setOwnText(id: string, text: string) {
    const { [id]: _before, ...others } = ownTexts.value;
    const next = text ? { ...others, [id]: text } : others;
    ownTexts.value = next;
    if (Object.keys(next).length) ownDraft.save(next);
    else ownDraft.clear();
  }

  function setReword(id: string, pointKey: string, draft: RewordDraft | undefined) {
    const { [pointKey]: _before, ...others } = rewords.value[id] ?? {};
    const forKey = draft ? { ...others, [pointKey]: draft } : others;
    const { [id]: _was, ...otherKeys } = rewords.value;
    const next = Object.keys(forKey).length ? { ...otherKeys, [id]: forKey } : otherKeys;
    rewords.value = next;
    if (Object.keys(next).length) rewordDraft.save(next);
    else rewordDraft.clear();
  }

  function setNote(pointKey: string, note: RewordNote | undefined) {
    const next = new Map(rewordNotes.value);
    if (note) next.set(pointKey, note);
    else next.delete(pointKey);
    rewordNotes.value = next;
  }

  async function saveReword(pointKey: string, original: string, targetArea: AreaId | undefined, force: boolean) {
    const id = keyId.value;
    const forKey = key.value;
    const draft = rewords.value[id]?.[pointKey];
    if (!draft) return false;
    const problem = textProblem(draft.text, REWORD_RULE);
    if (problem) {
      setNote(pointKey, { kind: 'problem', message: problem });
      return false;
    }
    const edit: AgendaEdit = { type: 'reword', key: pointKey, text: draft.text, original, base: draft.base };
    try {
      const result = await editPrepAgenda(db, forKey, edit, env(), { force, targetArea });
      if (!result.ok) {
        setNote(pointKey, { kind: 'problem', message: result.message });
        return false;
      }
      batch(() => {
        accept(id, result.conversation);
        setNote(pointKey, undefined);
        // Typed on while it was stored: the editor stays open, now begun from the wording stored.
        const now = rewords.value[id]?.[pointKey];
        if (now?.text === draft.text) setReword(id, pointKey, undefined);
        else if (now)
          setReword(id, pointKey, { text: now.text, base: wordingOf(result.conversation.agenda, pointKey) });
      });
      return true;
    } catch (cause) {
      if (isStaleWrite<Conversation>(cause)) {
        const theirs = wordingOf(cause.stored?.agenda, pointKey);
        setNote(pointKey, { kind: 'conflict', message: cause.message, theirs });
      } else {
        setNote(pointKey, { kind: 'problem', message: `Not saved: ${explain(cause)} Your wording is kept here.` });
      }
      return false;
    }
  }

  return {
    key,
    /** The agenda shown: as stored, with the pins and ticks still being stored applied on top. */
    agenda,
    /** Whether this conversation's stored edits have been read. */
    ready: computed(() => stored.value?.keyId === keyId.value),
    readFailure,
    error,
    ownSaving,
    ownText: computed(() => ownTexts.value[keyId.value] ?? ''),
    ownProblem: computed(() => (ownProblem.value?.keyId === keyId.value ? ownProblem.value.message : undefined)),
    /** The rewording being typed for a point of this conversation, if any. */
    rewordOf: (pointKey: string): RewordDraft | undefined => rewords.value[keyId.value]?.[pointKey],
    noteOf: (pointKey: string): RewordNote | undefined => rewordNotes.value.get(pointKey),

    /** Shows the edits of this conversation (kind and person), following changes made anywhere. */
    select,
    dispose() {
      subscription?.unsubscribe();
      subscription = undefined;
    },

    /** A pin, hide, show, tick or removal: shown at once, merged into what is stored. */
    edit(edit: AgendaEdit, targetArea?: AreaId) {
      const entry: Pending = { keyId: keyId.value, edit, targetArea };
      const id = keyId.value;
      batch(() => {
        pending.value = [...pending.value, entry];
        error.value = undefined;
      });
      void editPrepAgenda(db, key.value, edit, env(), { targetArea })
        .then(
          (result) => {
            if (result.ok) accept(id, result.conversation);
            else if (keyId.value === id) error.value = result.message;
          },
          (cause: unknown) => {
            if (keyId.value === id) error.value = `Your change was not saved: ${explain(cause)}`;
          },
        )
        .finally(() => {
          pending.value = pending.value.filter((other) => other !== entry);
        });
    },

    typeOwn(text: string) {
      setOwnText(keyId.value, text);
      if (ownProblem.value?.keyId === keyId.value) ownProblem.value = undefined;
    },

    /** Adds the point typed; the field is cleared once it is stored (and only if not typed on). */
    async addOwn(targetArea?: AreaId): Promise<boolean> {
      if (ownSaving.value) return false;
      const id = keyId.value;
      const typed = ownTexts.value[id] ?? '';
      const problem = textProblem(typed, OWN_POINT_RULE);
      if (problem) {
        ownProblem.value = { keyId: id, message: problem };
        return false;
      }
      ownSaving.value = true;
      ownProblem.value = undefined;
      const edit: AgendaEdit = { type: 'add-own', point: { id: clock.newId(), text: typed.trim() } };
      try {
        const result = await editPrepAgenda(db, key.value, edit, env(), { targetArea });
        if (!result.ok) {
          ownProblem.value = { keyId: id, message: result.message };
          return false;
        }
        batch(() => {
          accept(id, result.conversation);
          if ((ownTexts.value[id] ?? '') === typed) setOwnText(id, '');
        });
        return true;
      } catch (cause) {
        ownProblem.value = { keyId: id, message: `Not added: ${explain(cause)} Your text is kept here.` };
        return false;
      } finally {
        ownSaving.value = false;
      }
    },

    /** Opens the rewording of a point with the text shown (`base`: its wording, if reworded). */
    startReword(pointKey: string, shown: string, base: string | undefined) {
      setReword(keyId.value, pointKey, { text: shown, ...(base === undefined ? {} : { base }) });
      setNote(pointKey, undefined);
    },
    typeReword(pointKey: string, text: string) {
      const draft = rewords.value[keyId.value]?.[pointKey];
      if (!draft) return;
      setReword(keyId.value, pointKey, { ...draft, text });
      if (rewordNotes.value.get(pointKey)?.kind === 'problem') setNote(pointKey, undefined);
    },
    cancelReword(pointKey: string) {
      setReword(keyId.value, pointKey, undefined);
      setNote(pointKey, undefined);
    },
    saveReword: (pointKey: string, original: string, targetArea?: AreaId) =>
      saveReword(pointKey, original, targetArea, false),
    /** Back to the generated text: a blank rewording, checked like any other. */
    restoreOriginal(pointKey: string, original: string, wording: string | undefined, targetArea?: AreaId) {
      setReword(keyId.value, pointKey, { text: '', ...(wording === undefined ? {} : { base: wording }) });
      return saveReword(pointKey, original, targetArea, false);
    },
    /** "Save mine anyway": the rewording as typed, over the other view's. */
    saveRewordAnyway: (pointKey: string, original: string, targetArea?: AreaId) =>
      saveReword(pointKey, original, targetArea, true),
    /** "Discard mine": the other view's wording stays, and the editor closes. */
    discardReword(pointKey: string) {
      setReword(keyId.value, pointKey, undefined);
      setNote(pointKey, undefined);
    },
  };
}

export type PrepAgendaState = ReturnType<typeof createPrepAgendaState>;
