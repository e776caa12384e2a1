// The guessed column mapping, one <select> per column of the file.
import { useId } from 'react';
import type { ImportPreview } from '../types.ts';

const examples = (p: ImportPreview, index: number) =>
  p.apercu
    .map((row) => (row[index] ?? '').trim())
    .filter((v) => v !== '')
    .slice(0, 2);

export function Correspondance({ preview: p, busy, onMapping }: { preview: ImportPreview; busy: boolean; onMapping: (index: number, field: string | null) => void }) {
  const id = useId();
  const fields = Object.entries(p.champs);
  return (
    <section aria-labelledby={`${id}-titre`} className="section">
      <h2 id={`${id}-titre`}>Correspondance des colonnes</h2>
      <p className="aide">
        Rempart a deviné ce que contient chaque colonne. Vérifiez, surtout les lignes marquées « à vérifier », et changez le choix si besoin : l’aperçu se met à jour.
      </p>
      <div className="tableau-defilant">
        <table className="correspondance tableau-lignes">
          <thead>
            <tr>
              <th scope="col">Colonne du fichier</th>
              <th scope="col">Exemples</th>
              <th scope="col">Champ de la fiche</th>
            </tr>
          </thead>
          <tbody>
            {p.mapping.map((m) => {
              const selectId = `${id}-col-${m.index}`;
              const name = m.header || `Colonne ${m.index + 1}`;
              return (
                <tr key={m.index}>
                  <th scope="row">{name}</th>
                  <td className="exemples">{examples(p, m.index).join(' · ') || <span className="vide">vide</span>}</td>
                  <td>
                    <label htmlFor={selectId} className="sr-only">
                      Champ pour la colonne « {name} »
                    </label>
                    <select id={selectId} value={m.field ?? ''} disabled={busy} onChange={(e) => onMapping(m.index, e.target.value === '' ? null : e.target.value)}>
                      <option value="">Ne pas importer</option>
                      {fields.map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                    {m.field !== null && m.confidence < 1 && <span className="etiquette attention">à vérifier</span>}
                    {m.note && <p className="aide">{m.note.charAt(0).toUpperCase() + m.note.slice(1)}</p>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
