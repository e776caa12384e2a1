// Layout of the pages shown before sign-in.
import { useRef, type ReactNode } from 'react';
import { SkipLink } from './SkipLink.tsx';

export function PublicLayout({ children }: { children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  return (
    <div className="public">
      <SkipLink target={main} />
      <header className="entete-public">
        <span className="marque">Rempart</span>
        <span className="slogan">Les données de vos clients, protégées simplement.</span>
      </header>
      <main id="contenu" ref={main} tabIndex={-1} className="carte-publique">
        {children}
      </main>
    </div>
  );
}
