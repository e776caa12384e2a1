import type { Capability } from '../capabilities.ts';
import { href } from '../router.ts';

export function BientotDisponible({ capability }: { capability: Capability }) {
  return (
    <>
      <h1>{capability.label}</h1>
      <p className="etiquette">Bientôt disponible</p>
      <p>{capability.soon}</p>
      <p>
        En attendant, vous pouvez déjà <a href={href('/securite')}>sécuriser votre compte</a>.
      </p>
    </>
  );
}
