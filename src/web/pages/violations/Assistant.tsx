// The wizard of one incident: seven steps, the draft saved at each one.
import { useCallback, useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import { href, navigate } from '../../router.ts';
import { EtapeConsequences } from './EtapeConsequences.tsx';
import { EtapeDonnees } from './EtapeDonnees.tsx';
import { EtapeEvaluation } from './EtapeEvaluation.tsx';
import { EtapeFaits } from './EtapeFaits.tsx';
import { EtapeLettres } from './EtapeLettres.tsx';
import { EtapeNotification } from './EtapeNotification.tsx';
import { EtapeProtections } from './EtapeProtections.tsx';
import { Horloge } from './Horloge.tsx';
import { lienAssistant } from './ListeViolations.tsx';
import type { Detail, Incident, Libelles, Violation } from './types.ts';

export const ETAPES = [
  'Que s’est-il passé ?',
  'Quelles données et combien de personnes ?',
  'Protections',
  'Conséquences et mesures',
  'Évaluation',
  'Notification à la CNIL',
  'Information des personnes',
] as const;

export interface EtapeProps {
  violation: Violation;
  libelles: Libelles;
  readOnly: boolean;
  /** Saves part of the draft (the server merges it) and keeps the answer. */
  enregistrer: (change: Partial<Incident>) => Promise<void>;
  /** Keeps a fresh answer of another route (assessment, notification…). */
  remplacer: (v: Violation) => void;
  /** Goes to the next step. */
  suivant: () => void;
}

export function Assistant({ id, etape, readOnly }: { id: string; etape: number; readOnly: boolean }) {
  const { data, error } = useLoad(() => api.get<Detail>(`/api/breaches/${encodeURIComponent(id)}`));
  const [violation, setViolation] = useState<Violation | null>(null);
  const [enregistreA, setEnregistreA] = useState<string | null>(null);
  const courante = violation ?? data?.violation ?? null;

  const enregistrer = useCallback(
    async (change: Partial<Incident>) => {
      const res = await api.put<{ violation: Violation }>(`/api/breaches/${encodeURIComponent(id)}`, change);
      setViolation(res.violation);
      setEnregistreA(new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }).replace(':', ' h '));
    },
    [id],
  );
  const suivant = useCallback(() => navigate(lienAssistant(id, Math.min(etape + 1, ETAPES.length))), [id, etape]);

  if (!courante || !data) return error ? <ErrorMessage message={error} /> : <p>Chargement…</p>;
  const props: EtapeProps = { violation: courante, libelles: data.libelles, readOnly, enregistrer, remplacer: setViolation, suivant };
  const titre = ETAPES[etape - 1]!;

  return (
    <>
      <p>
        <a href={href('/violations')}>← Retour au registre des violations</a>
      </p>
      <h1>{courante.titre ? `Incident : ${courante.titre}` : 'Nouvel incident'}</h1>
      <p className="entete-incident">
        <span className={`etiquette statut-${courante.statut}`}>{courante.statutLibelle}</span> <Horloge horloge={courante.horloge} />
      </p>
      <p role="status" className="aide">
        {enregistreA && `Brouillon enregistré à ${enregistreA}.`}
      </p>
      {readOnly && <p className="message attention">Votre rôle (comptable) permet de consulter cet incident, pas de le modifier.</p>}
      <nav aria-label="Étapes de la déclaration" className="etapes-assistant">
        <ol>
          {ETAPES.map((t, i) => (
            <li key={t}>
              <a href={href(lienAssistant(id, i + 1))} aria-current={i + 1 === etape ? 'step' : undefined}>
                <span className="numero-etape">{i + 1}</span> {t}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby="titre-etape" className="section etape">
        <h2 id="titre-etape">
          Étape {etape} sur {ETAPES.length} : {titre}
        </h2>
        {etape === 1 && <EtapeFaits {...props} />}
        {etape === 2 && <EtapeDonnees {...props} />}
        {etape === 3 && <EtapeProtections {...props} />}
        {etape === 4 && <EtapeConsequences {...props} />}
        {etape === 5 && <EtapeEvaluation {...props} />}
        {etape === 6 && <EtapeNotification {...props} />}
        {etape === 7 && <EtapeLettres {...props} />}
      </section>
    </>
  );
}
