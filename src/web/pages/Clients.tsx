// « Fichier clients »: the list, a client's page, the form and the import, chosen from the hash
// (#/clients, #/clients?fiche=<id>, #/clients?vue=nouveau|import, #/clients?fiche=<id>&vue=modifier).
import { useRoute } from '../router.ts';
import { useMe } from '../session.tsx';
import { Fiche } from './clients/Fiche.tsx';
import { Liste } from './clients/Liste.tsx';
import { NouveauClient } from './clients/NouveauClient.tsx';
import { ModifierClient } from './clients/ModifierClient.tsx';
import { SousNavigation } from './clients/SousNavigation.tsx';
import { Import } from './clients/import/Import.tsx';

export function Clients() {
  const { params } = useRoute();
  const { user } = useMe();
  const readOnly = user.role === 'accountant';
  const fiche = params.get('fiche');
  const vue = params.get('vue');

  if (fiche && vue === 'modifier' && !readOnly) return <ModifierClient key={fiche} id={fiche} />;
  if (fiche) return <Fiche key={fiche} id={fiche} readOnly={readOnly} />;
  if (vue === 'nouveau' && !readOnly) return <NouveauClient />;
  if (vue === 'import' && !readOnly) return <Import />;
  return (
    <>
      <h1>Fichier clients</h1>
      <SousNavigation current="liste" readOnly={readOnly} />
      <p>
        Vos clients et prospects, chiffrés : seuls les utilisateurs de votre entreprise peuvent les lire, et chaque consultation est notée au journal des accès.
      </p>
      {readOnly && <p className="message attention">Votre rôle (comptable) permet de consulter le fichier, pas de le modifier.</p>}
      {params.get('supprime') === '1' && (
        <p className="message succes" role="status">
          La fiche a été supprimée, avec ses documents.
        </p>
      )}
      <Liste />
    </>
  );
}
