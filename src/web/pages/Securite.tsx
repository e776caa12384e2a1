// « Sécurité du compte »: 2FA, password, open sessions and (owner) the access journal.
import { useState } from 'react';
import { useMe } from '../session.tsx';
import { DeuxFacteurs } from './securite/DeuxFacteurs.tsx';
import { Journal } from './securite/Journal.tsx';
import { MotDePasse } from './securite/MotDePasse.tsx';
import { Sessions } from './securite/Sessions.tsx';

export function Securite() {
  const { user } = useMe();
  // A password change closes the other sessions: the list must be read again.
  const [sessionsVersion, setSessionsVersion] = useState(0);

  return (
    <>
      <h1>Sécurité du compte</h1>
      <DeuxFacteurs />
      <MotDePasse onChanged={() => setSessionsVersion((v) => v + 1)} />
      <Sessions key={sessionsVersion} />
      {user.role === 'owner' && <Journal />}
    </>
  );
}
