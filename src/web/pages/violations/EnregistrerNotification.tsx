// Records that the CNIL was notified; after 72 hours the reason for the delay is required.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { EtapeProps } from './Assistant.tsx';
import { DateHeure, ZoneTexte } from './Champs.tsx';
import { depuisSaisie, maintenantSaisie } from './outils.ts';
import type { Violation } from './types.ts';

export function EnregistrerNotification({ violation, remplacer, suivant }: EtapeProps) {
  const initiale = violation.notificationsEnvoyees.some((n) => n.kind === 'initiale');
  const kind = initiale ? 'complementaire' : 'initiale';
  const [quand, setQuand] = useState(maintenantSaisie());
  const [reference, setReference] = useState('');
  const [motif, setMotif] = useState(violation.incident.lateReason ?? '');
  const [fait, setFait] = useState(false);
  const { busy, error, run } = useAction();

  const instant = depuisSaisie(quand);
  const echeance = violation.horloge.echeance;
  const enRetard = kind === 'initiale' && instant !== null && echeance !== null && instant > echeance;

  const envoyer = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const body = { kind, notifiedAt: instant ?? '', reference: reference || null, lateReason: enRetard ? motif : null };
      remplacer((await api.post<{ violation: Violation }>(`/api/breaches/${violation.id}/notifications`, body)).violation);
      setFait(true);
      setReference('');
    });
  };

  return (
    <section aria-labelledby="titre-enregistrer-notification" className="sous-section">
      <h3 id="titre-enregistrer-notification">{kind === 'initiale' ? 'J’ai notifié la CNIL' : 'J’ai envoyé un complément à la CNIL'}</h3>
      <form onSubmit={envoyer} className="formulaire" noValidate>
        <DateHeure label="Date et heure de l’envoi" value={quand} onValue={setQuand} />
        <TextField label="Numéro de notification donné par la CNIL (facultatif)" value={reference} onValue={setReference} maxLength={100} />
        {enRetard && (
          <ZoneTexte
            label="Motif du retard"
            hint="Obligatoire après 72 heures (article 33.1 du RGPD) : expliquez simplement pourquoi la notification n’a pas pu être faite plus tôt."
            value={motif}
            onValue={setMotif}
            rows={3}
          />
        )}
        <ErrorMessage message={error} />
        {fait && <SuccessMessage>Notification enregistrée dans votre registre.</SuccessMessage>}
        <p className="actions">
          <button type="submit" className="bouton" disabled={busy}>
            Enregistrer la notification
          </button>
          <button type="button" className="bouton secondaire" onClick={suivant}>
            Étape suivante : informer les personnes
          </button>
        </p>
      </form>
    </section>
  );
}
