// Saves the answers shortly after each click, in small batches, and says so discreetly.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../../api.ts';
import type { AnswerValue, Hygiene, Writer } from './types.ts';

const DELAI_MS = 400;

export type SaveStatus = 'repos' | 'enregistrement' | 'enregistre' | 'erreur';

export function useAutoSave(write: Writer) {
  /** Answers clicked but not yet confirmed by the server: shown right away. */
  const [local, setLocal] = useState<Record<string, AnswerValue>>({});
  const [status, setStatus] = useState<SaveStatus>('repos');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<Record<string, AnswerValue>>({});
  const inFlight = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const batch = pending.current;
    if (Object.keys(batch).length === 0) return;
    pending.current = {};
    inFlight.current += 1;
    setStatus('enregistrement');
    setError(null);
    write(() => api.put<Hygiene>('/api/hygiene/answers', { answers: batch })).then(
      () => {
        inFlight.current -= 1;
        setLocal((prev) => {
          const next = { ...prev };
          for (const [id, value] of Object.entries(batch)) if (next[id] === value && !(id in pending.current)) delete next[id];
          return next;
        });
        if (inFlight.current === 0 && Object.keys(pending.current).length === 0) setStatus('enregistre');
      },
      (e: unknown) => {
        inFlight.current -= 1;
        // Kept for the next attempt, unless the user changed them since.
        pending.current = { ...batch, ...pending.current };
        setError(errorMessage(e));
        setStatus('erreur');
      },
    );
  }, [write]);

  const answer = useCallback(
    (questionId: string, value: AnswerValue) => {
      setLocal((prev) => ({ ...prev, [questionId]: value }));
      pending.current = { ...pending.current, [questionId]: value };
      setStatus('enregistrement');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, DELAI_MS);
    },
    [flush],
  );

  // Leaving the page: send what is left rather than lose it.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => flushRef.current(), []);

  return { local, status, error, answer, retry: flush };
}
