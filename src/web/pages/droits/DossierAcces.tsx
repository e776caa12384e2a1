// The access pack (art. 15, art. 20): everything held on the person, as a PDF to send or as JSON.
import { useId, useState } from 'react';
import { download } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { RightsRequest } from './types.ts';

export function DossierAcces({ request: r }: { request: RightsRequest }) {
  const id = useId();
  const [files, setFiles] = useState(false);
  const { busy, error, run } = useAction();
  const base = `/api/rights/${encodeURIComponent(r.id)}/pack`;
  const blocked = r.identityCheckRequired && r.identityVerifiedAt === null;

  return (
    <section aria-labelledby={`${id}-titre`} className="section">
      <h2 id={`${id}-titre`}>Dossier d’accès</h2>
      <p>
        Le dossier rassemble tout ce que Rempart garde sur la personne : sa fiche, ses documents, l’usage fait de ses données, leur durée de conservation et ses droits. Envoyez le
        PDF à la personne ; le JSON sert à la portabilité (un format qu’un autre outil peut relire).
      </p>
      {r.clientId === null && (
        <p className="message attention">Aucune fiche n’est reliée : le dossier dira qu’aucune donnée ne figure à son nom. Reliez d’abord la fiche si la personne est dans votre fichier.</p>
      )}
      {blocked ? (
        <p className="message attention">Vérifiez d’abord l’identité du demandeur : ce dossier contient toutes ses données.</p>
      ) : (
        <>
          <div className="actions">
            <button type="button" className="bouton" disabled={busy} onClick={() => void run(() => download(`${base}?format=pdf`, 'dossier-acces.pdf'))}>
              Télécharger le dossier d’accès (PDF)
            </button>
            <button
              type="button"
              className="bouton secondaire"
              disabled={busy}
              onClick={() => void run(() => download(`${base}?format=json${files ? '&files=1' : ''}`, 'dossier-acces.json'))}
            >
              Télécharger le dossier d’accès (JSON)
            </button>
          </div>
          <div className="case">
            <input id={`${id}-fichiers`} type="checkbox" checked={files} onChange={(e) => setFiles(e.target.checked)} />
            <label htmlFor={`${id}-fichiers`}>Inclure le contenu des documents dans le JSON (fichier plus lourd)</label>
          </div>
        </>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
