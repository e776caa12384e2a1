// Rows to fix, duplicates and warnings of an import preview, in French, row by row.
import { useId } from 'react';
import type { ImportPreview } from '../types.ts';

const PAR = { email: 'même adresse e-mail', telephone: 'même téléphone' } as const;

export function Problemes({ preview: p }: { preview: ImportPreview }) {
  const id = useId();
  if (p.erreurs.length === 0 && p.doublons.lignes.length === 0 && p.avertissements.length === 0) {
    return <p className="message succes">Aucune erreur, aucun doublon : toutes les lignes peuvent être importées.</p>;
  }
  const more = p.nombreAvertissements - p.avertissements.length;
  return (
    <section aria-labelledby={`${id}-titre`} className="section">
      <h2 id={`${id}-titre`}>Lignes à vérifier</h2>
      {p.erreurs.length > 0 && (
        <>
          <h3>Lignes à corriger ({p.invalides})</h3>
          <ul className="problemes erreurs">
            {p.erreurs.map((e) => e.messages.map((m) => <li key={`${e.ligne}-${m}`}>{m}</li>))}
          </ul>
        </>
      )}
      {p.doublons.lignes.length > 0 && (
        <>
          <h3>Doublons ({p.doublons.dansLeFichier + p.doublons.existants})</h3>
          <ul className="problemes">
            {p.doublons.lignes.map((d) => (
              <li key={d.ligne}>
                Ligne {d.ligne} : {d.doublonDe === 'existant' ? `${PAR[d.par]} qu’un client déjà enregistré` : `${PAR[d.par]} que la ligne ${d.doublonDe}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.avertissements.length > 0 && (
        <>
          <h3>Avertissements ({p.nombreAvertissements})</h3>
          <p className="aide">Ces lignes seront importées, avec la correction indiquée.</p>
          <ul className="problemes">
            {p.avertissements.map((w) => (
              <li key={w}>{w}</li>
            ))}
            {more > 0 && <li>… et {more} autres.</li>}
          </ul>
        </>
      )}
    </section>
  );
}
