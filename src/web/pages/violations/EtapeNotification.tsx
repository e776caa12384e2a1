// Step 6: the CNIL notification, ready to copy or download, and the record of when it was sent.
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useLoad } from '../../hooks.ts';
import type { EtapeProps } from './Assistant.tsx';
import { EnregistrerNotification } from './EnregistrerNotification.tsx';
import { dateHeure } from './outils.ts';

const CNIL = 'https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles';

function Contenu({ id }: { id: string }) {
  const { data, error } = useLoad(() => api.get<{ texte: string }>(`/api/breaches/${id}/cnil?format=json`));
  const [copie, setCopie] = useState<string | null>(null);
  const copier = async () => {
    try {
      await navigator.clipboard.writeText(data?.texte ?? '');
      setCopie('Texte copié : collez-le dans le formulaire de la CNIL.');
    } catch {
      setCopie('Copie impossible ici : sélectionnez le texte et copiez-le avec Ctrl+C.');
    }
  };
  return (
    <section aria-labelledby="titre-contenu-cnil" className="sous-section">
      <h3 id="titre-contenu-cnil">Le contenu de votre notification</h3>
      <p>
        La notification se fait en ligne sur le site de la CNIL (
        <a href={CNIL} target="_blank" rel="noopener noreferrer">
          notifier une violation de données personnelles
        </a>
        ). Rempart a préparé les réponses, dans l’ordre du formulaire : copiez-les, et gardez le PDF dans votre registre.
      </p>
      <ErrorMessage message={error} />
      {data && (
        <>
          <label htmlFor="texte-cnil" className="etiquette-champ">
            Texte de la notification à la CNIL
          </label>
          <textarea id="texte-cnil" className="texte-cnil" readOnly rows={14} value={data.texte} />
          <p className="actions">
            <button type="button" className="bouton" onClick={() => void copier()}>
              Copier le texte
            </button>
            <a className="bouton secondaire" href={`/api/breaches/${id}/cnil?format=pdf`} download>
              Télécharger le PDF
            </a>
            <a className="bouton secondaire" href={`/api/breaches/${id}/cnil?format=txt`} download>
              Télécharger le texte
            </a>
          </p>
          <SuccessMessage>{copie}</SuccessMessage>
        </>
      )}
    </section>
  );
}

export function EtapeNotification(props: EtapeProps) {
  const { violation } = props;
  const d = violation.decision;
  if (!d) return <p className="message attention">Lancez d’abord l’évaluation (étape 5) : la notification en reprend le résultat.</p>;
  return (
    <>
      {d.cnil.notify ? (
        <p>
          <strong>Prévenez la CNIL au plus vite</strong>, au plus tard 72 heures après la découverte. Si tout n’est pas encore connu, faites une notification initiale
          maintenant et complétez-la ensuite.
        </p>
      ) : (
        <p className="message attention">Selon l’évaluation, la notification à la CNIL n’est pas obligatoire. Vous pouvez tout de même la faire, et l’enregistrer ici.</p>
      )}
      {violation.evaluationPerimee ? (
        <p className="message attention">Vous avez modifié l’incident depuis l’évaluation : relancez-la (étape 5) pour mettre à jour le contenu de la notification.</p>
      ) : (
        <Contenu key={violation.assessedAt ?? ''} id={violation.id} />
      )}
      {violation.notificationsEnvoyees.length > 0 && (
        <section aria-labelledby="titre-envoyees" className="sous-section">
          <h3 id="titre-envoyees">Notifications enregistrées</h3>
          <ul>
            {violation.notificationsEnvoyees.map((n) => (
              <li key={n.id}>
                {n.kind === 'initiale' ? 'Notification initiale' : 'Notification complémentaire'} envoyée le {dateHeure(n.notifiedAt)}
                {n.reference && ` (référence ${n.reference})`}
                {n.late && ` — en retard, motif : ${n.lateReason ?? ''}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!props.readOnly && <EnregistrerNotification {...props} />}
    </>
  );
}
