// The links between the parts of the client file.
import { href } from '../../router.ts';

type Part = 'liste' | 'nouveau' | 'import' | 'fiche';

const PARTS: { part: Part; path: string; label: string; write: boolean }[] = [
  { part: 'liste', path: '/clients', label: 'Liste des clients', write: false },
  { part: 'nouveau', path: '/clients?vue=nouveau', label: 'Nouveau client', write: true },
  { part: 'import', path: '/clients?vue=import', label: 'Importer un fichier', write: true },
];

export function SousNavigation({ current, readOnly = false }: { current: Part; readOnly?: boolean }) {
  return (
    <nav aria-label="Fichier clients" className="sous-navigation">
      <ul>
        {PARTS.filter((p) => !(readOnly && p.write)).map((p) => (
          <li key={p.part}>
            <a href={href(p.path)} aria-current={p.part === current ? 'page' : undefined}>
              {p.label}
            </a>
          </li>
        ))}
        <li>
          <a href={href('/droits')}>Droits des personnes</a>
        </li>
        <li>
          <a href={href('/conservation')}>Durées de conservation</a>
        </li>
      </ul>
    </nav>
  );
}
