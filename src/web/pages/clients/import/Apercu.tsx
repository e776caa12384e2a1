// Step 2: what the import would do. Nothing is written until « Importer N clients ».
import { useId, useState } from 'react';
import { ErrorMessage } from '../../../components/Messages.tsx';
import { pluriel } from '../libelles.ts';
import type { ImportPreview } from '../types.ts';
import { Correspondance } from './Correspondance.tsx';
import { Problemes } from './Problemes.tsx';

const SEPARATEURS: Record<string, string> = { ';': 'point-virgule', ',': 'virgule', '\t': 'tabulation', '|': 'barre verticale' };

interface Props {
  filename: string;
  preview: ImportPreview;
  busy: boolean;
  error: string | null;
  onMapping: (index: number, field: string | null) => void;
  onConfirm: (ignoreDuplicates: boolean) => void;
  onRestart: () => void;
}

export function Apercu({ filename, preview: p, busy, error, onMapping, onConfirm, onRestart }: Props) {
  const id = useId();
  const [ignoreDuplicates, setIgnoreDuplicates] = useState(true);
  const duplicates = p.doublons.dansLeFichier + p.doublons.existants;
  const count = p.valides - (ignoreDuplicates ? duplicates : 0);
  const blocked = p.invalides > 0;
  const sheet = p.fichier.feuille ? `, feuille « ${p.fichier.feuille} »` : '';
  const format = p.fichier.format === 'numbers' ? `Feuille Numbers${sheet}` : p.fichier.format !== 'csv' ? `Classeur Excel${p.fichier.format === 'xls' ? ' 97-2003' : ''}${sheet}` : `CSV, séparateur ${SEPARATEURS[p.fichier.separateur ?? ''] ?? p.fichier.separateur}, encodage ${p.fichier.encodage === 'macintosh' ? 'Mac OS Roman' : (p.fichier.encodage?.toUpperCase() ?? 'inconnu')}`;

  return (
    <>
      <section aria-labelledby={`${id}-titre`} className="section">
        <h2 id={`${id}-titre`}>Aperçu de « {filename} »</h2>
        <p className="aide">{format}</p>
        <p className="message attention" role="status">
          Aperçu seulement : rien n’a encore été enregistré dans votre fichier clients.
        </p>
        <ul className="compteurs" aria-label="Résumé de l’aperçu">
          <li>
            <strong>{p.total}</strong> {p.total > 1 ? 'lignes lues' : 'ligne lue'}
          </li>
          <li>
            <strong>{p.valides}</strong> {p.valides > 1 ? 'lignes valides' : 'ligne valide'}
          </li>
          <li className={p.invalides > 0 ? 'compteur-alerte' : undefined}>
            <strong>{p.invalides}</strong> {p.invalides > 1 ? 'lignes à corriger' : 'ligne à corriger'}
          </li>
          <li>
            <strong>{p.doublons.dansLeFichier}</strong> {p.doublons.dansLeFichier > 1 ? 'doublons dans le fichier' : 'doublon dans le fichier'}
          </li>
          <li>
            <strong>{p.doublons.existants}</strong> déjà dans vos clients
          </li>
          <li>
            <strong>{p.nombreAvertissements}</strong> {p.nombreAvertissements > 1 ? 'avertissements' : 'avertissement'}
          </li>
        </ul>
      </section>
      <Correspondance preview={p} busy={busy} onMapping={onMapping} />
      <Problemes preview={p} />
      <section aria-labelledby={`${id}-confirmer`} className="section">
        <h2 id={`${id}-confirmer`}>Confirmer l’import</h2>
        {duplicates > 0 && (
          <div className="case">
            <input id={`${id}-doublons`} type="checkbox" checked={ignoreDuplicates} onChange={(e) => setIgnoreDuplicates(e.target.checked)} />
            <label htmlFor={`${id}-doublons`}>Ne pas importer les doublons ({pluriel(duplicates, 'ligne', 'lignes')}, recommandé)</label>
          </div>
        )}
        {blocked ? (
          <p className="message erreur" role="alert">
            L’import est bloqué tant que {pluriel(p.invalides, 'ligne est invalide', 'lignes sont invalides')} : corrigez le fichier puis choisissez-le de nouveau, ou changez la
            correspondance des colonnes.
          </p>
        ) : (
          <p>Les fiches seront chiffrées puis enregistrées en une seule fois : si un problème survient, rien n’est enregistré.</p>
        )}
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" className="bouton" disabled={busy || blocked || count === 0} onClick={() => onConfirm(ignoreDuplicates)}>
            Importer {pluriel(count, 'client', 'clients')}
          </button>
          <button type="button" className="bouton secondaire" onClick={onRestart}>
            Choisir un autre fichier
          </button>
        </div>
      </section>
    </>
  );
}
