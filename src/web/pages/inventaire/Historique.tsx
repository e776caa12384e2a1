// Previous scans of the business, newest first.
import { useId } from 'react';
import { dateHeure } from '../../format.ts';
import { STATUTS } from './libelles.ts';
import type { Analyse } from './types.ts';

export function Historique({ analyses, selection, onSelect }: { analyses: Analyse[]; selection: string | null; onSelect: (id: string) => void }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-titre`} className="section">
      <h2 id={`${id}-titre`}>Analyses précédentes</h2>
      {analyses.length === 0 ? (
        <p>Aucune analyse pour l’instant.</p>
      ) : (
        <div className="tableau-defilant">
          <table>
            <caption className="sr-only">Historique des analyses</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Dossiers</th>
                <th scope="col">État</th>
                <th scope="col">Fichiers</th>
                <th scope="col">Données courantes</th>
                <th scope="col">Données sensibles</th>
                <th scope="col">
                  <span className="sr-only">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {analyses.map((a) => (
                <tr key={a.id} aria-current={a.id === selection ? 'true' : undefined}>
                  <th scope="row">{dateHeure(a.debut)}</th>
                  <td>
                    {a.dossiers.map((d) => (
                      <code key={d}>{d} </code>
                    ))}
                    {a.origine === 'cli' && <span className="aide"> (ligne de commande)</span>}
                  </td>
                  <td>{STATUTS[a.statut]}</td>
                  {a.statut === 'en_cours' ? (
                    // the totals are written at the end: the running figures are in the progress card above
                    <td colSpan={3} className="aide">
                      voir la progression ci-dessus
                    </td>
                  ) : (
                    <>
                      <td>{a.fichiers.toLocaleString('fr-FR')}</td>
                      <td>{a.totaux.courantes.toLocaleString('fr-FR')}</td>
                      <td>{a.totaux.sensibles.toLocaleString('fr-FR')}</td>
                    </>
                  )}
                  <td>
                    {a.statut !== 'en_cours' && (
                      <button type="button" className="bouton secondaire petit" onClick={() => onSelect(a.id)} aria-label={`Voir le résultat de l’analyse du ${dateHeure(a.debut)}`}>
                        Voir
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
