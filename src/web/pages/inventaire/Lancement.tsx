// Choosing the server-side folder to scan, among the folders this server allows.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { Analyse } from './types.ts';

export function Lancement({ racines, onStarted }: { racines: string[]; onStarted: (analyse: Analyse) => void }) {
  const id = useId();
  const [dossier, setDossier] = useState(racines[0] ?? '');
  const [images, setImages] = useState(false);
  const { busy, error, run } = useAction();

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const res = await api.post<{ id: string; analyse: Analyse }>('/api/scans', { dossiers: [dossier.trim()], images });
      onStarted(res.analyse);
    });
  }

  return (
    <section aria-labelledby={`${id}-titre`} className="section">
      <h2 id={`${id}-titre`}>Analyser un dossier</h2>
      <p>
        Rempart lit les fichiers du dossier (tableurs, textes, PDF et formulaires PDF remplis, documents Word et Pages, présentations PowerPoint et Keynote, e-mails, boîtes Outlook et Thunderbird, contacts et agendas exportés, bases SQLite et sauvegardes SQL de sites web, archives zip, 7z, rar…) et compte les données personnelles qu’ils contiennent. Il ne garde que des comptes par type de
        donnée, jamais les valeurs trouvées.
      </p>
      <form onSubmit={submit} noValidate>
        <div className="champ">
          <label htmlFor={`${id}-dossier`}>Dossier à analyser (sur le serveur)</label>
          <input id={`${id}-dossier`} type="text" value={dossier} onChange={(e) => setDossier(e.target.value)} aria-describedby={`${id}-aide`} spellCheck={false} autoComplete="off" required />
          <div className="aide" id={`${id}-aide`}>
            {racines.length > 0 ? (
              <>
                Chemin complet d’un dossier situé dans {racines.length > 1 ? 'l’un des dossiers autorisés' : 'le dossier autorisé'} :
                <ul className="racines">
                  {racines.map((r) => (
                    <li key={r}>
                      <code>{r}</code>{' '}
                      <button type="button" className="bouton secondaire petit" onClick={() => setDossier(r)}>
                        Utiliser ce dossier
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              'Aucun dossier n’est autorisé sur ce serveur : l’administrateur doit définir REMPART_SCAN_ROOTS.'
            )}
          </div>
        </div>
        <div className="case">
          <input id={`${id}-images`} type="checkbox" checked={images} onChange={(e) => setImages(e.target.checked)} aria-describedby={`${id}-images-aide`} />
          <div>
            <label htmlFor={`${id}-images`}>Lire aussi le texte des photos et des documents scannés</label>
            <p className="aide" id={`${id}-images-aide`}>
              Une photo de pièce d’identité ou un RIB scanné contient des données personnelles. Leur lecture prend d’une à quelques secondes par image : sans elle, les images sont seulement comptées, à vérifier à
              la main.
            </p>
          </div>
        </div>
        <ErrorMessage message={error} />
        <button type="submit" className="bouton" disabled={busy || dossier.trim() === ''}>
          {busy ? 'Démarrage…' : 'Lancer l’analyse'}
        </button>
      </form>
    </section>
  );
}
