// What stops a publication, in plain French, with a link to the processing to complete.
import { href } from '../../router.ts';
import { lienTraitement, type Manquant } from './types.ts';

export function Manquants({ titre, manquants, noms }: { titre: string; manquants: Manquant[]; noms?: Record<string, string> }) {
  if (manquants.length === 0) return null;
  return (
    <div className="message attention" role="status">
      <p>{titre}</p>
      <ul>
        {manquants.map((m, i) => (
          <li key={`${m.code}-${m.field}-${m.processingId ?? ''}-${i}`}>
            {m.processingId && noms?.[m.processingId] ? <strong>{noms[m.processingId]} : </strong> : null}
            {m.message}{' '}
            {m.processingId && <a href={href(lienTraitement(m.processingId))}>Compléter</a>}
          </li>
        ))}
      </ul>
    </div>
  );
}
