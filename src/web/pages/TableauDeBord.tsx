// Home page once signed in: what needs attention, then what Rempart offers.
import { CAPABILITIES } from '../capabilities.ts';
import { dateHeure } from '../format.ts';
import { href } from '../router.ts';
import { useMe } from '../session.tsx';
import { CarteSuivi, SUIVI_NOTICES } from './droits/CarteSuivi.tsx';
import { CarteHygiene } from './hygiene/CarteHygiene.tsx';
import { CarteViolations } from './violations/CarteViolations.tsx';
import { InventaireResume } from './tableau/InventaireResume.tsx';
import { RegistreActions } from './tableau/RegistreActions.tsx';
import { SauvegardesEtat } from './tableau/SauvegardesEtat.tsx';

const FEW_CODES_LEFT = 3;

export function TableauDeBord() {
  const me = useMe();
  const { user, tenant } = me;
  // Rights deadlines and records to purge have their own card below.
  const notices = me.notices.filter((n) => !SUIVI_NOTICES.includes(n.type));
  const codesLeft = user.recoveryCodesLeft ?? 0;
  const soon = CAPABILITIES.filter((c) => c.soon);

  return (
    <>
      <h1>Tableau de bord</h1>
      <p>
        Bonjour {user.nom}. Voici l’essentiel pour {tenant.raisonSociale}.
      </p>

      {notices.length > 0 && (
        <section aria-labelledby="titre-avis" className="encadre attention">
          <h2 id="titre-avis">À noter</h2>
          <ul className="avis">
            {notices.map((n, i) => (
              <li key={`${n.type}-${n.at}-${i}`}>
                {n.message} <span className="date">({dateHeure(n.at)})</span>
                {n.type === 'renouvellement' && (
                  <>
                    {' '}
                    <a href={href('/securite')}>Changer mon mot de passe</a>
                  </>
                )}
                {n.type === 'revue_securite' && (
                  <>
                    {' '}
                    <a href={href('/hygiene')}>Ouvrir l’hygiène de sécurité</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {!user.totpEnabled && (
        <section aria-labelledby="titre-2fa" className="encadre recommandation">
          <h2 id="titre-2fa">Recommandé : la double authentification</h2>
          <p>
            Avec elle, un mot de passe volé ne suffit plus pour entrer dans votre compte : il faut aussi un code affiché par une application sur votre téléphone. L’activation prend deux minutes.
          </p>
          <p>
            <a className="bouton" href={href('/securite')}>
              Activer la double authentification
            </a>
          </p>
        </section>
      )}

      {user.totpEnabled && codesLeft <= FEW_CODES_LEFT && (
        <section aria-labelledby="titre-codes" className="encadre attention">
          <h2 id="titre-codes">Codes de secours presque épuisés</h2>
          <p>
            Il vous reste {codesLeft} code{codesLeft > 1 ? 's' : ''} de secours. <a href={href('/securite')}>Générez-en de nouveaux</a> pour ne pas rester bloqué si vous perdez votre téléphone.
          </p>
        </section>
      )}

      <CarteSuivi />
      <RegistreActions />
      <SauvegardesEtat />
      <InventaireResume />
      <CarteViolations />
      <CarteHygiene />

      {soon.length > 0 && (
        <section aria-labelledby="titre-suite">
          <h2 id="titre-suite">Bientôt dans Rempart</h2>
          <ul className="grille">
            {soon.map((c) => (
              <li key={c.path}>
                <a href={href(c.path)}>{c.label}</a>
                <p>{c.soon}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
