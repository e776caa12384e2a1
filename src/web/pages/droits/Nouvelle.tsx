// Recording a request as soon as it arrives: the one-month clock starts on the day of receipt.
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Field, TextField } from '../../components/Field.tsx';
import { ErrorMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { href, navigate } from '../../router.ts';
import { aujourdhui, nomClient } from '../clients/libelles.ts';
import type { ClientRead, StoredClient } from '../clients/types.ts';
import { ChoixClient, type ChosenClient } from './ChoixClient.tsx';
import { CANAUX, TYPES } from './libelles.ts';
import type { RequestChannel, RequestType, RightsRequest } from './types.ts';

export function Nouvelle({ clientId }: { clientId: string | null }) {
  const [type, setType] = useState<RequestType>('acces');
  const [channel, setChannel] = useState<RequestChannel>('email');
  const [receivedAt, setReceivedAt] = useState(aujourdhui());
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [message, setMessage] = useState('');
  const [notes, setNotes] = useState('');
  const [identity, setIdentity] = useState<'' | 'oui' | 'non'>('');
  const [marketing, setMarketing] = useState(false);
  const [client, setClient] = useState<ChosenClient | null>(null);
  const { busy, error, setError, run } = useAction();

  const fillFrom = (c: StoredClient) => {
    setName((v) => v || nomClient(c));
    setContact((v) => v || c.emails[0] || c.phones[0] || '');
  };

  // Opened from a client's page: linked and prefilled.
  useEffect(() => {
    if (!clientId) return;
    api.get<ClientRead>(`/api/clients/${encodeURIComponent(clientId)}`).then(
      ({ client: c }) => {
        setClient({ id: c.id, label: nomClient(c) });
        fillFrom(c);
      },
      () => setError('La fiche client indiquée est introuvable : recherchez-la ci-dessous.'),
    );
  }, [clientId, setError]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const { request } = await api.post<{ request: RightsRequest }>('/api/rights', {
        type,
        channel,
        receivedAt,
        aboutMarketing: type === 'opposition' && marketing,
        clientId: client?.id ?? null,
        requester: { name, contact, message },
        notes,
        ...(identity === '' ? {} : { identityCheckRequired: identity === 'oui' }),
      });
      navigate(`/droits?demande=${request.id}`);
    });
  };

  return (
    <>
      <h1>Enregistrer une demande</h1>
      <p>
        <a href={href('/droits')}>← Toutes les demandes</a>
      </p>
      <form className="formulaire" onSubmit={submit}>
        <fieldset>
          <legend>La demande</legend>
          <Field label="Type de demande" hint={TYPES[type].aide}>
            {(p) => (
              <select {...p} value={type} onChange={(e) => setType(e.target.value as RequestType)}>
                {(Object.keys(TYPES) as RequestType[]).map((t) => (
                  <option key={t} value={t}>
                    {TYPES[t].label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {type === 'opposition' && (
            <div className="case">
              <input id="opposition-prospection" type="checkbox" checked={marketing} onChange={(e) => setMarketing(e.target.checked)} />
              <label htmlFor="opposition-prospection">L’opposition concerne la prospection commerciale (elle s’applique alors sans condition)</label>
            </div>
          )}
          <div className="ligne-champs">
            <Field label="Reçue par">
              {(p) => (
                <select {...p} value={channel} onChange={(e) => setChannel(e.target.value as RequestChannel)}>
                  {(Object.keys(CANAUX) as RequestChannel[]).map((c) => (
                    <option key={c} value={c}>
                      {CANAUX[c]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField type="date" label="Date de réception" max={aujourdhui()} value={receivedAt} onValue={setReceivedAt} required />
          </div>
        </fieldset>
        <fieldset>
          <legend>Le demandeur</legend>
          <TextField label="Nom du demandeur" value={name} onValue={setName} autoComplete="off" />
          <TextField label="Coordonnées du demandeur (e-mail, téléphone ou adresse)" value={contact} onValue={setContact} autoComplete="off" />
          <Field label="Message de la personne (facultatif)">{(p) => <textarea {...p} rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />}</Field>
          <ChoixClient
            chosen={client}
            onChoose={(c, full) => {
              setClient(c);
              if (full) fillFrom(full);
            }}
          />
          <Field
            label="Vérifier l’identité du demandeur ?"
            hint="La CNIL demande de ne réclamer une pièce d’identité qu’en cas de doute : par exemple une demande par téléphone, par courrier, ou depuis une adresse e-mail que vous ne connaissez pas."
          >
            {(p) => (
              <select {...p} value={identity} onChange={(e) => setIdentity(e.target.value as typeof identity)}>
                <option value="">Laisser Rempart décider selon le canal (recommandé)</option>
                <option value="oui">Oui : un doute existe, demander une preuve</option>
                <option value="non">Non : je sais que c’est bien la personne</option>
              </select>
            )}
          </Field>
          <Field label="Notes internes (facultatif)">{(p) => <textarea {...p} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />}</Field>
        </fieldset>
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="submit" className="bouton" disabled={busy}>
            Enregistrer la demande
          </button>
          <a className="bouton secondaire" href={href('/droits')}>
            Annuler
          </a>
        </div>
      </form>
    </>
  );
}
