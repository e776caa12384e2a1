// « Droits des personnes »: the register of requests, the form, a request's page
// (#/droits, #/droits?vue=nouvelle[&client=<id>], #/droits?demande=<id>).
import { href, useRoute } from '../router.ts';
import { useMe } from '../session.tsx';
import { Demande } from './droits/Demande.tsx';
import { Liste } from './droits/Liste.tsx';
import { Nouvelle } from './droits/Nouvelle.tsx';

export function Droits() {
  const { params } = useRoute();
  const { user } = useMe();
  const readOnly = user.role === 'accountant';
  const demande = params.get('demande');

  if (demande) return <Demande key={demande} id={demande} readOnly={readOnly} />;
  if (params.get('vue') === 'nouvelle' && !readOnly) return <Nouvelle clientId={params.get('client')} />;
  return (
    <>
      <h1>Droits des personnes</h1>
      <p>
        Vos clients et prospects peuvent vous demander l’accès à leurs données, leur correction, leur effacement, ou s’opposer à la prospection. Vous avez <strong>un mois</strong> pour
        répondre, à compter de la réception ; deux mois de plus si la demande est complexe, à condition de prévenir la personne dans le premier mois.
      </p>
      {!readOnly && (
        <p>
          <a className="bouton" href={href('/droits?vue=nouvelle')}>
            Enregistrer une demande
          </a>
        </p>
      )}
      <Liste />
    </>
  );
}
