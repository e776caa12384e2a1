// Gaps between the register and the latest scan of the folders (data found but not declared,
// folders no processing names, files kept past their retention).
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import { dateHeure } from '../../format.ts';
import { href } from '../../router.ts';
import type { DriftAction } from '../../../core/register/drift.ts';

interface Derive {
  analyse: { id: string; date: string; fichiers: number } | null;
  actions: DriftAction[];
}

const NIVEAUX: Record<DriftAction['severity'], string> = { haute: 'Important', moyenne: 'À traiter', info: 'Pour information' };

export function Derive() {
  const { data, error } = useLoad(() => api.get<Derive>('/api/register/drift'));
  return (
    <section aria-labelledby="titre-derive" className="section">
      <h2 id="titre-derive">Écarts avec vos dossiers</h2>
      <ErrorMessage message={error} />
      {!data ? (
        !error && <p>Chargement…</p>
      ) : !data.analyse ? (
        <p>
          Aucune analyse de vos dossiers pour l’instant. <a href={href('/inventaire')}>Lancez une analyse</a> : Rempart vérifiera que le registre déclare bien les données qu’ils contiennent.
        </p>
      ) : data.actions.length === 0 ? (
        <p>
          Aucun écart : l’analyse du {dateHeure(data.analyse.date)} ({data.analyse.fichiers} fichiers) correspond à votre registre.
        </p>
      ) : (
        <>
          <p className="aide">
            D’après l’analyse du {dateHeure(data.analyse.date)} ({data.analyse.fichiers} fichiers).
          </p>
          <ul className="liste-derive">
            {data.actions.map((a) => (
              <li key={a.id} className={`derive derive-${a.severity}`}>
                <p className="derive-titre">
                  <span className={`etiquette niveau-${a.severity}`}>{NIVEAUX[a.severity]}</span> <strong>{a.title}</strong>
                </p>
                <p>{a.message}</p>
                <p className="aide">{a.suggestion}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
