// Dashboard card of the register: the invitation to the guided set-up while the register is
// empty, then what to do (gaps found in the folders, drafts to complete, policy to regenerate).
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import { href } from '../../router.ts';
import { useMe } from '../../session.tsx';
import type { ActionsRegistre } from '../registre/types.ts';

const AFFICHEES = 5;

export function RegistreActions() {
  const { data, error } = useLoad(() => api.get<ActionsRegistre>('/api/register/actions'));
  const readOnly = useMe().user.role === 'accountant';
  return (
    <section aria-labelledby="titre-carte-registre" className={`section ${data?.actions.some((a) => a.niveau === 'haute') ? 'carte-urgente' : ''}`}>
      <h2 id="titre-carte-registre">Registre des traitements</h2>
      <ErrorMessage message={error} />
      {!data ? (
        !error && <p>Chargement…</p>
      ) : data.vide ? (
        <>
          <p>
            Votre registre des traitements est vide. En une dizaine de minutes, l’assistant vous pose quelques questions simples sur votre activité et prépare votre registre et
            votre politique de confidentialité.
          </p>
          {!readOnly && (
            <p>
              <a className="bouton" href={href('/registre?assistant=1')}>
                Démarrer l’assistant
              </a>
            </p>
          )}
        </>
      ) : (
        <>
          <p>
            {data.traitements} activité{data.traitements > 1 ? 's' : ''} dans le registre, dont {data.publies} publiée{data.publies > 1 ? 's' : ''}.
            {data.actions.length === 0 && ' Rien à faire pour l’instant.'}
          </p>
          {data.actions.length > 0 && (
            <ul className="actions-registre">
              {data.actions.slice(0, AFFICHEES).map((a) => (
                <li key={a.id} className={`action-registre action-${a.niveau}`}>
                  <strong>{a.titre}</strong>
                  <p>{a.detail}</p>
                  <a href={href(a.lien)}>{a.libelleLien}</a>
                </li>
              ))}
            </ul>
          )}
          {data.actions.length > AFFICHEES && <p className="aide">Et {data.actions.length - AFFICHEES} autre{data.actions.length - AFFICHEES > 1 ? 's' : ''} dans le registre.</p>}
          <p>
            <a href={href('/registre')}>Ouvrir le registre</a> · <a href={href('/politique')}>Politique de confidentialité</a>
          </p>
        </>
      )}
    </section>
  );
}
