import { useEffect, useRef, useState } from 'preact/hooks';
import { findPrepConversation, type PrepConversationKey, savePrepAgenda } from '../db/conversations';
import type { LatitudeDb } from '../db/database';
import type { Agenda } from '../domain/conversation';
import { EMPTY_AGENDA } from '../domain/prep/agenda';
import type { AppClock } from './app-env';
import { useLiveQuery } from './use-live-query';

export interface PrepAgenda {
  agenda: Agenda;
  /** Applies an edit at once on screen, then stores it; a refused edit is undone and explained. */
  edit(change: (agenda: Agenda) => Agenda): void;
  error: string | undefined;
}

/**
 * The pins, hidden points, rewordings and own points of the prep on screen, stored with its
 * conversation. Edits show at once (before the write commits) so clicking Pin feels instant; the
 * stored value takes over again once no write is in flight.
 */
export function usePrepAgenda(db: LatitudeDb, key: PrepConversationKey, clock: AppClock): PrepAgenda {
  const keyId = `${key.kind}/${key.personId ?? ''}`;
  // The answer carries the key it was asked for: right after a switch of conversation, the last
  // answer is still the previous conversation's, and its pins must not show on (or be saved to)
  // this one.
  const stored = useLiveQuery(
    async () => ({ keyId, conversation: await findPrepConversation(db, key) }),
    [db, keyId],
  );
  const [pending, setPending] = useState<Agenda | null>(null);
  const [error, setError] = useState<string>();
  const inFlight = useRef(0);

  const current = stored.status === 'ready' && stored.value.keyId === keyId ? stored.value.conversation : undefined;
  const storedAgenda = current?.agenda ?? EMPTY_AGENDA;
  useEffect(() => {
    if (inFlight.current === 0) setPending(null);
  }, [storedAgenda]);
  useEffect(() => {
    setPending(null);
    setError(undefined);
  }, [keyId]);

  const agenda = pending ?? storedAgenda;
  return {
    agenda,
    error,
    edit(change) {
      // Until this conversation's stored edits are read, a change would be made to an empty
      // agenda and overwrite them; the read takes milliseconds, so the click is simply dropped.
      if (!(stored.status === 'ready' && stored.value.keyId === keyId)) return;
      const next = change(agenda);
      setPending(next);
      setError(undefined);
      inFlight.current += 1;
      savePrepAgenda(db, key, next, { now: clock.now(), newId: clock.newId })
        .then(
          (result) => {
            if (!result.ok) {
              setPending(null);
              setError(result.message);
            }
          },
          () => {
            setPending(null);
            setError('Your change could not be saved: Latitude cannot write to its storage right now.');
          },
        )
        .finally(() => {
          inFlight.current -= 1;
        });
    },
  };
}
