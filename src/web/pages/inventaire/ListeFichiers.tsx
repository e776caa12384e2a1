// The scanned files, one page at a time, with the French reason of each unreadable file.
import { useEffect, useId, useState } from 'react';
import { api, errorMessage } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { dateHeure } from '../../format.ts';
import { detailTypes, pluriel, taille } from './libelles.ts';
import type { Detail } from './types.ts';
import { unreadList } from '../../../core/scan/unread.ts';

const PAR_PAGE = 50;

export function ListeFichiers({ scanId }: { scanId: string }) {
  const id = useId();
  const [page, setPage] = useState(1);
  const [erreurs, setErreurs] = useState(false);
  const [data, setData] = useState<Detail['fichiers'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.get<Detail>(`/api/scans/${encodeURIComponent(scanId)}?page=${page}&parPage=${PAR_PAGE}&erreurs=${erreurs ? 1 : 0}`).then(
      (d) => {
        if (!live) return;
        setData(d.fichiers);
        setError(null);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [scanId, page, erreurs]);

  const pages = data ? Math.max(1, Math.ceil(data.total / data.parPage)) : 1;
  return (
    <section aria-labelledby={`${id}-titre`} className="section">
      <h3 id={`${id}-titre`}>Fichiers analysés</h3>
      <div className="case">
        <input
          id={`${id}-erreurs`}
          type="checkbox"
          checked={erreurs}
          onChange={(e) => {
            setErreurs(e.target.checked);
            setPage(1);
          }}
        />
        <label htmlFor={`${id}-erreurs`}>Seulement les fichiers à vérifier à la main</label>
      </div>
      <ErrorMessage message={error} />
      {!data ? (
        !error && <p>Chargement…</p>
      ) : data.total === 0 ? (
        <p>{erreurs ? 'Aucun fichier à vérifier à la main.' : 'Aucun fichier.'}</p>
      ) : (
        <>
          <p className="aide">{pluriel(data.total, 'fichier')}</p>
          <ul className="fichiers-analyses">
            {data.elements.map((f) => (
              <li key={f.chemin}>
                <code className="chemin">{f.chemin}</code>
                <span className="aide">
                  {' '}
                  · {taille(f.taille)} · modifié le {dateHeure(f.modifieLe)}
                </span>
                {f.erreur ? (
                  <p className="message erreur">Illisible : {f.erreur}</p>
                ) : f.courantes + f.sensibles === 0 ? (
                  <p>Aucune donnée personnelle trouvée.</p>
                ) : (
                  <p>
                    {pluriel(f.courantes, 'donnée courante', 'données courantes')}, {pluriel(f.sensibles, 'donnée sensible', 'données sensibles')} : {detailTypes(f.parType)}
                  </p>
                )}
                {unreadList(f.nonLus) && <p className="message attention">Non lu à l’intérieur, à vérifier à la main : {unreadList(f.nonLus)}.</p>}
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav aria-label="Pages de fichiers" className="actions">
              <button type="button" className="bouton secondaire petit" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                Page précédente
              </button>
              <span>
                Page {page} sur {pages}
              </span>
              <button type="button" className="bouton secondaire petit" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                Page suivante
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
