// The end of the set-up: what was created, then the policy generated in one click.
import { useState, type RefObject } from 'react';
import { api, ApiError } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { href } from '../../router.ts';
import { Manquants } from './Manquants.tsx';
import { Telechargements } from './Telechargements.tsx';
import type { Generation, Manquant, Registre, ResultatAssistant } from './types.ts';

export function Resultat({ resultat, titreRef }: { resultat: ResultatAssistant & { registre: Registre }; titreRef: RefObject<HTMLHeadingElement | null> }) {
  const [generation, setGeneration] = useState<Generation | null>(null);
  const [manquants, setManquants] = useState<Manquant[]>([]);
  const action = useAction();
  const { registre } = resultat;
  const noms = Object.fromEntries(registre.traitements.map((t) => [t.id, t.name]));
  const brouillons = registre.traitements.filter((t) => t.status !== 'publie');

  const generer = () =>
    action.run(async () => {
      setManquants([]);
      try {
        setGeneration(await api.post<Generation>('/api/register/documents/politique', {}));
      } catch (e) {
        if (e instanceof ApiError && Array.isArray(e.details?.missing)) setManquants(e.details.missing as Manquant[]);
        throw e;
      }
    });

  return (
    <section aria-labelledby="titre-assistant" className="section assistant-registre">
      <h2 id="titre-assistant" tabIndex={-1} ref={titreRef}>
        Votre registre est prêt
      </h2>
      {resultat.ajoutes.length > 0 && (
        <>
          <p>Fiches créées :</p>
          <ul>
            {resultat.ajoutes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      {resultat.misAJour.length > 0 && <p>Fiches mises à jour selon vos nouvelles réponses : {resultat.misAJour.join(', ')}.</p>}
      {resultat.conserves.length > 0 && <p>Fiches que vous aviez modifiées, conservées telles quelles : {resultat.conserves.join(', ')}.</p>}
      {resultat.retires.length > 0 && <p>Fiches retirées car vos réponses ne les demandent plus : {resultat.retires.join(', ')}.</p>}
      {brouillons.length > 0 && (
        <p className="message attention">
          {brouillons.length === 1 ? 'Une fiche reste en brouillon' : `${brouillons.length} fiches restent en brouillon`} : complétez-les dans le registre pour qu’elles figurent dans la politique.
        </p>
      )}

      <h3>Votre politique de confidentialité</h3>
      {!generation ? (
        <>
          <p>Rempart rédige la politique de confidentialité de votre site à partir de votre registre. Vous pourrez la régénérer à chaque changement.</p>
          <p className="actions">
            <button type="button" className="bouton" onClick={() => void generer()} disabled={action.busy}>
              Générer ma politique de confidentialité
            </button>
          </p>
          <Manquants titre="Avant de publier la politique, il manque :" manquants={manquants} noms={noms} />
          <ErrorMessage message={manquants.length ? null : action.error} />
        </>
      ) : (
        <>
          <SuccessMessage>
            {generation.nouvelle ? `Politique de confidentialité générée (version ${generation.version.numero}).` : `Votre politique est déjà à jour (version ${generation.version.numero}).`}
          </SuccessMessage>
          <Telechargements kind="politique" numero={generation.version.numero} titre={generation.version.titre} />
        </>
      )}
      <p className="actions">
        <a className="bouton secondaire" href={href('/registre')}>
          Voir mon registre
        </a>
        <a href={href('/politique')}>Tous les documents</a>
      </p>
    </section>
  );
}
