// « Durées de conservation »: the policy, the preview of what has expired, and the purge.
import { useState } from 'react';
import { useMe } from '../../session.tsx';
import { ApercuConservation } from './conservation/ApercuConservation.tsx';
import { Politique } from './conservation/Politique.tsx';

export function Conservation() {
  const { user } = useMe();
  const owner = user.role === 'owner';
  // A new policy changes what has expired: the preview is read again.
  const [version, setVersion] = useState(0);
  return (
    <>
      <h1>Durées de conservation</h1>
      <p>
        Le RGPD interdit de garder les données plus longtemps que nécessaire. Rempart calcule chaque jour quelles fiches ont dépassé leur durée de conservation ; rien n’est supprimé
        sans votre accord, après lecture de l’aperçu.
      </p>
      <Politique owner={owner} onSaved={() => setVersion((v) => v + 1)} />
      <ApercuConservation key={version} owner={owner} />
    </>
  );
}
