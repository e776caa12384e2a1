// "Aller au contenu" link; a plain #contenu href would be read as a route by the hash router.
import type { RefObject } from 'react';

export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  return (
    <a
      className="evitement"
      href="#contenu"
      onClick={(e) => {
        e.preventDefault();
        target.current?.focus();
      }}
    >
      Aller au contenu
    </a>
  );
}
