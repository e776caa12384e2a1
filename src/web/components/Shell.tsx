// Signed-in layout: header, main navigation, page content.
import { useEffect, useRef, type ReactNode } from 'react';
import { CAPABILITIES } from '../capabilities.ts';
import { ROLES } from '../format.ts';
import { href } from '../router.ts';
import { useMe, useSession } from '../session.tsx';
import { SkipLink } from './SkipLink.tsx';

export function Shell({ path, children }: { path: string; children: ReactNode }) {
  const { user, tenant } = useMe();
  const { signOut } = useSession();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // On page change, move focus to the content so keyboard and screen reader users start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);

  return (
    <div className="coquille">
      <SkipLink target={main} />
      <header className="entete">
        <span className="marque">Rempart</span>
        <span className="entreprise">{tenant.raisonSociale}</span>
        <span className="utilisateur">
          {user.nom} <span className="role">({ROLES[user.role]})</span>
        </span>
        <button type="button" className="bouton secondaire" onClick={() => void signOut()}>
          Se déconnecter
        </button>
      </header>
      <div className="corps">
        <nav aria-label="Navigation principale" className="navigation">
          <ul>
            {CAPABILITIES.map((c) => (
              <li key={c.path}>
                <a href={href(c.path)} aria-current={c.path === path ? 'page' : undefined}>
                  {c.label}
                  {c.soon && <span className="bientot"> (bientôt)</span>}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="contenu" ref={main} tabIndex={-1} className="contenu">
          {children}
        </main>
      </div>
    </div>
  );
}
