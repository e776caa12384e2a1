// Step 7: letters to the people concerned (article 34): typed recipients or clients picked in
// the client file, merged into one PDF (one page each) or a CSV for a mail merge.
import { useState } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { EtapeProps } from './Assistant.tsx';
import { ChoixClients } from './ChoixClients.tsx';
import { Cloture } from './Cloture.tsx';
import { Destinataires, destinataireVide, versApi, type Destinataire } from './Destinataires.tsx';
import { telechargerPost } from './outils.ts';

interface Apercu {
  lettres: { email: { objet: string; texte: string } }[];
}

export function EtapeLettres(props: EtapeProps) {
  const { violation, readOnly } = props;
  const d = violation.decision;
  const [personnes, setPersonnes] = useState<Destinataire[]>([destinataireVide()]);
  const [clients, setClients] = useState<string[]>([]);
  const [apercu, setApercu] = useState<Apercu['lettres'][number] | null>(null);
  const [fait, setFait] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  if (!d) return <p className="message attention">Lancez d’abord l’évaluation (étape 5) : les lettres en reprennent le contenu.</p>;
  const corps = (format: 'pdf' | 'csv' | 'json') => ({ recipients: versApi(personnes), clientIds: clients, format });
  const telecharger = (format: 'pdf' | 'csv') =>
    run(async () => {
      setFait(null);
      await telechargerPost(`/api/breaches/${violation.id}/letters`, corps(format));
      setFait(format === 'pdf' ? 'Lettres téléchargées (PDF, une page par personne).' : 'Fichier de publipostage téléchargé (CSV).');
    });
  const voir = () =>
    run(async () => {
      const res = await api.post<Apercu>(`/api/breaches/${violation.id}/letters`, corps('json'));
      setApercu(res.lettres[0] ?? null);
    });

  return (
    <>
      {d.people.communicate ? (
        <p>
          <strong>Informez les personnes concernées rapidement</strong>, en termes simples : Rempart prépare pour chacune une lettre et un e-mail qui expliquent ce qui
          s’est passé, les risques, ce que vous avez fait et comment se protéger.
        </p>
      ) : (
        <p className="message attention">Selon l’évaluation, informer les personnes n’est pas obligatoire. Vous pouvez le faire quand même : c’est souvent apprécié.</p>
      )}
      {violation.evaluationPerimee && <p className="message attention">L’incident a changé depuis l’évaluation : relancez-la (étape 5) avant de préparer les lettres.</p>}
      {!readOnly && !violation.evaluationPerimee && (
        <>
          <Destinataires personnes={personnes} onChange={setPersonnes} />
          <ChoixClients choisis={clients} onChange={setClients} />
          <ErrorMessage message={error} />
          <SuccessMessage>{fait}</SuccessMessage>
          <p className="actions">
            <button type="button" className="bouton" disabled={busy} onClick={() => void telecharger('pdf')}>
              Télécharger les lettres (PDF)
            </button>
            <button type="button" className="bouton secondaire" disabled={busy} onClick={() => void telecharger('csv')}>
              Télécharger pour un publipostage (CSV)
            </button>
            <button type="button" className="bouton secondaire" disabled={busy} onClick={() => void voir()}>
              Voir l’e-mail
            </button>
          </p>
          {apercu && (
            <section aria-labelledby="titre-apercu" className="sous-section">
              <h3 id="titre-apercu">E-mail à envoyer</h3>
              <p>
                <strong>Objet :</strong> {apercu.email.objet}
              </p>
              <label htmlFor="texte-email" className="etiquette-champ">
                Texte de l’e-mail (première personne)
              </label>
              <textarea id="texte-email" className="texte-cnil" readOnly rows={12} value={apercu.email.texte} />
            </section>
          )}
        </>
      )}
      <Cloture {...props} />
    </>
  );
}
