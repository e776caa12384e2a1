// 2FA section: enrol when off, manage when on, and show fresh recovery codes once.
import { useState } from 'react';
import { useMe, useSession } from '../../session.tsx';
import { ActivationTotp } from './ActivationTotp.tsx';
import { CodesSecours } from './CodesSecours.tsx';
import { GestionTotp } from './GestionTotp.tsx';

export function DeuxFacteurs() {
  const { user } = useMe();
  const { reload } = useSession();
  // Kept here so the codes stay on screen after the session reload flips totpEnabled.
  const [codes, setCodes] = useState<string[] | null>(null);

  const showCodes = (fresh: string[]) => {
    setCodes(fresh);
    void reload();
  };

  return (
    <section aria-labelledby="titre-2fa" className="section">
      <h2 id="titre-2fa">Double authentification</h2>
      {codes ? (
        <CodesSecours codes={codes} onDone={() => setCodes(null)} />
      ) : user.totpEnabled ? (
        <GestionTotp codesLeft={user.recoveryCodesLeft ?? 0} onCodes={showCodes} onDisabled={() => void reload()} />
      ) : (
        <ActivationTotp onEnabled={showCodes} />
      )}
    </section>
  );
}
