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
  const stored = useLiveQuery(() => findPrepConversation(db, key), [db, key.kind, key.personId]);
  const [pending, setPending] = useState<Agenda | null>(null);
  const [error, setError] = useState<string>();
  const inFlight = useRef(0);

  const storedAgenda = stored.status === 'ready' ? (stored.value?.agenda ?? EMPTY_AGENDA) : EMPTY_AGENDA;
  useEffect(() => {
    if (inFlight.current === 0) setPending(null);
  }, [storedAgenda]);
  useEffect(() => {
    setPending(null);
    setError(undefined);
  }, [key.kind, key.personId]);

  const agenda = pending ?? storedAgenda;
  return {
    agenda,
    error,
    edit(change) {
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
