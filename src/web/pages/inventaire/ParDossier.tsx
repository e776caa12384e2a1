// The per-folder summary of a finished scan.
import { detailTypes, taille } from './libelles.ts';
import type { ResumeDossier } from './types.ts';

export function ParDossier({ dossiers }: { dossiers: ResumeDossier[] }) {
  if (dossiers.length === 0) return <p>Aucun fichier analysé.</p>;
  return (
    <div className="tableau-defilant">
      <table>
        <caption>Résumé par dossier</caption>
        <thead>
          <tr>
            <th scope="col">Dossier</th>
            <th scope="col">Fichiers</th>
            <th scope="col">Taille</th>
            <th scope="col">Données courantes</th>
            <th scope="col">Données sensibles</th>
            <th scope="col">Illisibles</th>
          </tr>
        </thead>
        <tbody>
          {dossiers.map((d) => (
            <tr key={d.dossier}>
              <th scope="row">
                <code>{d.dossier}</code>
                {(d.courantes > 0 || d.sensibles > 0) && <div className="aide">{detailTypes(d.parType)}</div>}
              </th>
              <td>{d.fichiers.toLocaleString('fr-FR')}</td>
              <td>{taille(d.octets)}</td>
              <td>{d.courantes.toLocaleString('fr-FR')}</td>
              <td>{d.sensibles.toLocaleString('fr-FR')}</td>
              <td>{d.erreurs.toLocaleString('fr-FR')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
