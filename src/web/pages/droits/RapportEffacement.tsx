// What an erasure did, what remains and why: the basis of the answer to the person.
import { jour, pluriel } from '../clients/libelles.ts';
import type { ErasureReport, FichierANettoyer } from './types.ts';

const MODES: Record<ErasureReport['mode'], string> = {
  suppression: 'La fiche a été supprimée.',
  anonymisation: 'La fiche a été anonymisée : seules les pièces que la loi impose de garder restent.',
  partielle: 'Seules les données inutiles au contrat en cours ont été effacées.',
};

export function RapportEffacement({ report: e, fichiers = [] }: { report: ErasureReport; fichiers?: FichierANettoyer[] }) {
  return (
    <section aria-labelledby="titre-rapport-effacement" className="section">
      <h2 id="titre-rapport-effacement">Effacement fait le {jour(e.erasedAt)}</h2>
      <p>
        {MODES[e.mode]} {pluriel(e.documentsRemoved, 'document supprimé', 'documents supprimés')}, {pluriel(e.documentsKept, 'document conservé', 'documents conservés')}.
      </p>
      <h3>Ce qui a été effacé</h3>
      <ul>
        {e.erased.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      <CeQuiReste kept={e.kept} />
      {fichiers.length > 0 && (
        <>
          <h3>Fichiers à nettoyer vous-même</h3>
          <p className="aide">Votre dernière analyse des dossiers a trouvé ses coordonnées dans ces fichiers, que Rempart ne modifie pas : effacez-y ses données (ou supprimez les fichiers) avant de répondre. Cette liste n’est pas conservée.</p>
          <ul>
            {fichiers.map((f) => (
              <li key={f.chemin}>
                <code>{f.chemin}</code> <span className="aide">({f.contient.join(' et ')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Texte à adapter pour votre réponse</h3>
      <blockquote className="texte-libre citation">{e.summary}</blockquote>
      <h3>À savoir</h3>
      <ul className="aide">
        {e.remarks.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
    </section>
  );
}

export function CeQuiReste({ kept, caption = 'Ce qui reste, et pourquoi' }: { kept: ErasureReport['kept']; caption?: string }) {
  return (
    <div className="tableau-defilant">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Ce qui reste</th>
            <th scope="col">Pourquoi</th>
            <th scope="col">Jusqu’à</th>
          </tr>
        </thead>
        <tbody>
          {kept.map((k) => (
            <tr key={k.what}>
              <td>{k.what}</td>
              <td>{k.why}</td>
              <td>{k.until}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
