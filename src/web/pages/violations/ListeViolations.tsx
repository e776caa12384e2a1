// The register: every incident, notified or not (article 33.5), with its 72-hour clock.
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction, useLoad } from '../../hooks.ts';
import { href, navigate } from '../../router.ts';
import { Horloge } from './Horloge.tsx';
import { dateHeure } from './outils.ts';
import type { Detail, Liste, ViolationResume } from './types.ts';

export function lienAssistant(id: string, etape = 1): string {
  return `/violations?id=${encodeURIComponent(id)}&etape=${etape}`;
}

function Ligne({ v }: { v: ViolationResume }) {
  const ouverte = v.statut !== 'closed';
  return (
    <li className={`violation ${ouverte ? '' : 'violation-close'}`}>
      <h3 className="violation-titre">
        <a href={href(lienAssistant(v.id))}>{v.titre || 'Incident sans titre'}</a>
      </h3>
      <p className="violation-infos">
        <span className={`etiquette statut-${v.statut}`}>{v.statutLibelle}</span>
        {v.gravite && <span className="etiquette">Gravité {v.gravite.libelle}</span>}
        {v.evaluationPerimee && <span className="etiquette attention">À réévaluer</span>}
        <span className="aide"> Enregistré le {dateHeure(v.createdAt)}</span>
      </p>
      <p className="violation-horloge">
        <Horloge horloge={v.horloge} />
      </p>
    </li>
  );
}

export function ListeViolations({ readOnly }: { readOnly: boolean }) {
  const { data, error } = useLoad(() => api.get<Liste>('/api/breaches'));
  const creation = useAction();

  const nouvelle = () =>
    creation.run(async () => {
      const { violation } = await api.post<Detail>('/api/breaches', {});
      navigate(lienAssistant(violation.id, 1));
    });

  return (
    <>
      <h1>Violations de données</h1>
      <p>
        Un ordinateur perdu, un e-mail envoyé au mauvais destinataire, un piratage : notez ici tout incident touchant des données personnelles. Rempart vous dit s’il faut
        prévenir la CNIL (dans les 72 heures après la découverte) et les personnes concernées, et prépare les documents. Chaque incident reste dans votre registre, même
        sans notification (article 33.5 du RGPD).
      </p>
      {readOnly ? (
        <p className="message attention">Votre rôle (comptable) permet de consulter le registre, mais pas d’y ajouter ou de modifier un incident.</p>
      ) : (
        <p className="actions">
          <button type="button" className="bouton" onClick={() => void nouvelle()} disabled={creation.busy}>
            Déclarer un incident
          </button>
        </p>
      )}
      <ErrorMessage message={error ?? creation.error} />
      <section aria-labelledby="titre-registre" className="section">
        <h2 id="titre-registre">Registre des violations</h2>
        {!data ? (
          !error && <p>Chargement…</p>
        ) : data.violations.length === 0 ? (
          <p>Aucun incident enregistré. Tant mieux ! Si un incident survient, déclarez-le sans attendre : le délai de 72 heures court dès sa découverte.</p>
        ) : (
          <>
            <p className="aide">
              {data.ouvertes === 0 ? 'Aucun incident en cours.' : data.ouvertes === 1 ? '1 incident en cours.' : `${data.ouvertes} incidents en cours.`}
            </p>
            <ul className="liste-violations">
              {data.violations.map((v) => (
                <Ligne key={v.id} v={v} />
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
