// The 3-2-1 rule in plain words, with what is wrong first.
import type { Etat } from './types.ts';

export function EtatRegle321({ etat }: { etat: Etat }) {
  return etat.status.ok ? (
    <div className="message succes" role="status">
      <p>Vos sauvegardes sont à jour, à plusieurs endroits dont un hors de vos locaux : la règle 3-2-1 est respectée.</p>
    </div>
  ) : (
    <div className="encadre attention">
      <ul className="avis">
        {etat.status.warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
