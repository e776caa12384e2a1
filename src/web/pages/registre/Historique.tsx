// The change history of one processing: who changed what, when.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { dateHeure } from '../../format.ts';
import { useLoad } from '../../hooks.ts';
import { ROLE_LABELS } from '../../../core/journal/actions.ts';
import type { EntreeHistorique } from './types.ts';

export function Historique({ id }: { id: string }) {
  const { data, error } = useLoad(() => api.get<{ historique: EntreeHistorique[] }>(`/api/register/processings/${encodeURIComponent(id)}/history`));
  return (
    <section aria-labelledby="titre-historique" className="section">
      <h2 id="titre-historique">Historique des modifications</h2>
      <ErrorMessage message={error} />
      {!data ? (
        !error && <p>Chargement…</p>
      ) : (
        <ol className="historique" reversed>
          {data.historique.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <span className="date">{dateHeure(h.at)}</span> — {h.resume} <span className="aide">({ROLE_LABELS[h.actorLabel] ?? h.actorLabel})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
