// « Entreprise »: the business profile and the people who can sign in.
import { useMe } from '../session.tsx';
import { InfosEntreprise } from './entreprise/InfosEntreprise.tsx';
import { Utilisateurs } from './entreprise/Utilisateurs.tsx';

export function Entreprise() {
  const { user } = useMe();
  const owner = user.role === 'owner';
  return (
    <>
      <h1>Entreprise</h1>
      {!owner && <p className="aide">Seul le titulaire du compte peut modifier ces informations et gérer les utilisateurs.</p>}
      <InfosEntreprise owner={owner} />
      <Utilisateurs owner={owner} selfId={user.id} />
    </>
  );
}
