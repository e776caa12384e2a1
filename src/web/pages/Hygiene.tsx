// « Hygiène de sécurité »: score, questionnaire, action plan, yearly review and the clients' kit.
import { useCallback, useRef } from 'react';
import { api } from '../api.ts';
import { ErrorMessage } from '../components/Messages.tsx';
import { useLoad } from '../hooks.ts';
import { useMe } from '../session.tsx';
import { Kit } from './hygiene/Kit.tsx';
import { PlanAction } from './hygiene/PlanAction.tsx';
import { Questionnaire } from './hygiene/Questionnaire.tsx';
import { Revue } from './hygiene/Revue.tsx';
import { Synthese } from './hygiene/Synthese.tsx';
import type { Hygiene as HygieneState, Writer } from './hygiene/types.ts';

export function Hygiene() {
  const { user } = useMe();
  const readOnly = user.role === 'accountant';
  const { data, error, setData } = useLoad(() => api.get<HygieneState>('/api/hygiene'));
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  // One write at a time, so the state on screen is always the answer to the latest change.
  const write = useCallback<Writer>(
    (request) => {
      const next = chain.current.then(request).then((state) => {
        setData(state);
        return state;
      });
      chain.current = next.catch(() => undefined);
      return next;
    },
    [setData],
  );

  return (
    <>
      <h1>Hygiène de sécurité</h1>
      <p>
        Faites le point sur vos habitudes en quelques minutes : mots de passe, ordinateur, téléphone, sauvegardes… Chaque réponse est enregistrée aussitôt, et Rempart en tire un plan d’action
        concret, en commençant par ce qui protège le plus pour le moins d’effort.
      </p>
      {readOnly && <p className="message attention">Votre rôle (comptable) permet de consulter cette page, mais pas de modifier les réponses ni le plan d’action.</p>}
      <ErrorMessage message={error} />
      {!data ? (
        !error && <p>Chargement…</p>
      ) : (
        <>
          <Synthese state={data} />
          <Questionnaire state={data} readOnly={readOnly} write={write} />
          <PlanAction state={data} readOnly={readOnly} write={write} />
          <Revue state={data} readOnly={readOnly} write={write} />
          <Kit />
        </>
      )}
    </>
  );
}
