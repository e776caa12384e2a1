// The paper recovery key: explained in plain words, created once, shown once.
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { dateHeure } from '../../format.ts';
import { useAction } from '../../hooks.ts';
import type { Etat } from './types.ts';

export function CleSecours({ etat, reload }: { etat: Etat; reload: () => void }) {
  const { busy, error, run } = useAction();
  const [texte, setTexte] = useState<string | null>(null);
  const [notee, setNotee] = useState(false);
  const keys = etat.keys;
  if (!keys) return null;

  const creer = (remplacer: boolean) =>
    run(async () => {
      if (remplacer && !window.confirm('Créer une nouvelle clé de secours ? Les sauvegardes déjà faites ne s’ouvriront qu’avec l’ancienne : gardez-la aussi.')) return;
      const r = await api.post<{ text: string }>('/api/backups/recovery-key', { remplacer });
      setTexte(r.text);
      setNotee(false);
    });

  return (
    <section aria-labelledby="titre-cle-secours" className="section">
      <h2 id="titre-cle-secours">La clé de secours sur papier</h2>
      <p>
        Vos sauvegardes sont chiffrées : sans clé, personne ne peut les lire, ni l’hébergeur, ni un voleur du disque. Rempart garde une clé sur cet ordinateur pour sauvegarder et vérifier tout seul.
        Mais si cet ordinateur est perdu, volé ou en panne, cette clé disparaît avec lui.
      </p>
      <p>
        <strong>La clé de secours</strong> est une seconde clé, que vous imprimez et rangez chez vous, loin de l’ordinateur (avec vos papiers importants). C’est elle qui permettra de tout récupérer
        sur un nouvel ordinateur. Rempart n’en garde que la partie publique : si vous la perdez, personne ne pourra vous la redonner.
      </p>
      {keys.recoveryConfigured ? (
        <p className="message succes">Une clé de secours existe (créée le {keys.recoveryCreatedAt ? dateHeure(keys.recoveryCreatedAt) : '?'}). Chaque sauvegarde peut être ouverte avec elle.</p>
      ) : (
        <p className="message attention">Aucune clé de secours pour l’instant : si cet ordinateur disparaît, vos sauvegardes seraient illisibles.</p>
      )}
      <ErrorMessage message={error} />
      {texte ? (
        <div className="encadre attention">
          <p>
            <strong>Imprimez cette clé maintenant.</strong> Elle ne sera plus jamais affichée.
          </p>
          <pre className="cle-papier">{texte}</pre>
          <div className="actions">
            <button type="button" className="bouton secondaire" onClick={() => window.print()}>
              Imprimer
            </button>
          </div>
          <div className="case">
            <input type="checkbox" id="cle-secours-notee" checked={notee} onChange={(e) => setNotee(e.target.checked)} />
            <label htmlFor="cle-secours-notee">J’ai imprimé ou recopié la clé de secours et je la range en lieu sûr</label>
          </div>
          <button
            type="button"
            className="bouton"
            disabled={!notee}
            onClick={() => {
              setTexte(null);
              reload();
            }}
          >
            Terminer
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className={keys.recoveryConfigured ? 'bouton secondaire' : 'bouton'} disabled={busy} onClick={() => creer(keys.recoveryConfigured)}>
            {keys.recoveryConfigured ? 'Remplacer la clé de secours' : 'Créer ma clé de secours'}
          </button>
        </div>
      )}
      <p className="aide">
        Après sa création, les sauvegardes suivantes sont chiffrées aussi pour elle. Pour restaurer avec la clé de secours : <code>rempart backup restore derniere --depuis DOSSIER --cle fichier-cle.txt --vers NOUVEAU-DOSSIER</code>, ou à la main
        avec l’outil standard <code>age</code> (voir le guide d’installation).
      </p>
    </section>
  );
}
