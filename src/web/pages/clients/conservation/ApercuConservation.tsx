// The dry-run preview: every record whose period is over, what will happen to it and why.
import { useId, useState } from 'react';
import { api } from '../../../api.ts';
import { ErrorMessage } from '../../../components/Messages.tsx';
import { useLoad } from '../../../hooks.ts';
import { href } from '../../../router.ts';
import { jour, pluriel } from '../libelles.ts';
import { Appliquer } from './Appliquer.tsx';
import type { RetentionPreview } from './types.ts';

export function ApercuConservation({ owner }: { owner: boolean }) {
  const id = useId();
  const { data, error, reload } = useLoad(() => api.get<RetentionPreview>('/api/retention/preview'));
  const [all, setAll] = useState(false);

  if (!data) {
    return (
      <section aria-labelledby={`${id}-titre`} className="section">
        <h2 id={`${id}-titre`}>Aperçu</h2>
        <ErrorMessage message={error} />
        {!error && <p>Calcul de l’aperçu…</p>}
      </section>
    );
  }
  const { report, expected } = data;
  const lines = all ? report.lines : report.lines.filter((l) => l.action !== 'garder' || l.warnings.length > 0);
  return (
    <section aria-labelledby={`${id}-titre`} className="section">
      <h2 id={`${id}-titre`}>Aperçu au {jour(report.date)}</h2>
      <ul className="compteurs" aria-label="Résumé de l’aperçu">
        <li className={report.counts.supprimer > 0 ? 'compteur-alerte' : undefined}>
          <strong>{report.counts.supprimer}</strong> à supprimer
        </li>
        <li className={report.counts.anonymiser > 0 ? 'compteur-attention' : undefined}>
          <strong>{report.counts.anonymiser}</strong> à anonymiser
        </li>
        <li>
          <strong>{report.counts.garder}</strong> à conserver
        </li>
        <li>
          <strong>{report.expiringSoon}</strong> arrivent à échéance sous 30 jours
        </li>
        <li className={report.withWarnings > 0 ? 'compteur-attention' : undefined}>
          <strong>{report.withWarnings}</strong> à vérifier
        </li>
      </ul>
      <p className="aide">Supprimer efface la fiche et ses documents. Anonymiser efface tout ce qui identifie la personne mais garde ses factures, que la loi impose de conserver 10 ans.</p>
      {report.counts.supprimer + report.counts.anonymiser === 0 && <p className="message succes">Aucune fiche n’a dépassé sa durée de conservation.</p>}
      {lines.length > 0 && (
        <div className="tableau-defilant">
          <table className="tableau-lignes">
            <caption>{all ? `Toutes les fiches (${report.total})` : `${pluriel(lines.length, 'fiche', 'fiches')} à supprimer, à anonymiser ou à vérifier`}</caption>
            <thead>
              <tr>
                <th scope="col">Fiche</th>
                <th scope="col">Statut</th>
                <th scope="col">Décision</th>
                <th scope="col">Conservée jusqu’au</th>
                <th scope="col">Pourquoi</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id}>
                  <th scope="row">
                    <a href={href(`/clients?fiche=${l.id}`)}>{l.label}</a>
                  </th>
                  <td>{l.statusLabel}</td>
                  <td>
                    <span className={`etiquette decision-${l.action}`}>{l.actionLabel}</span>
                  </td>
                  <td className="sans-retour">{l.expiresAt ? jour(l.expiresAt) : '—'}</td>
                  <td>
                    {l.reason}
                    {l.warnings.length > 0 && (
                      <ul className="avertissements">
                        {l.warnings.map((w) => (
                          <li key={w}>{w}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        {report.total > 0 && (
          <button type="button" className="bouton secondaire" aria-pressed={all} onClick={() => setAll(!all)}>
            {all ? 'Masquer les fiches conservées' : `Afficher toutes les fiches (${report.total})`}
          </button>
        )}
        <button type="button" className="bouton secondaire" onClick={reload}>
          Actualiser l’aperçu
        </button>
      </div>
      <Appliquer owner={owner} expected={expected} onApplied={reload} />
    </section>
  );
}
