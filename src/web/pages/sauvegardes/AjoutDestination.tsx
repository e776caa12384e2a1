// Adding a destination: the server tests the connection first and saves nothing if it fails.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { Field, TextField } from '../../components/Field.tsx';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import { GENRES, type Genre } from './types.ts';

const VIDE = { label: '', path: '', host: '', port: '22', username: '', password: '', privateKey: '', sftpPath: 'sauvegardes-rempart', endpoint: '', region: '', bucket: '', prefix: 'rempart', accessKeyId: '', secretAccessKey: '' };

export function AjoutDestination({ onAdded }: { onAdded: () => void }) {
  const [genre, setGenre] = useState<Genre>('local');
  const [f, setF] = useState(VIDE);
  const [succes, setSucces] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const set = (k: keyof typeof VIDE) => (v: string) => setF((old) => ({ ...old, [k]: v }));

  const config = () => {
    if (genre === 'local') return { kind: 'local', path: f.path };
    if (genre === 'sftp') return { kind: 'sftp', host: f.host, port: f.port, username: f.username, password: f.password || undefined, privateKey: f.privateKey || undefined, path: f.sftpPath };
    return { kind: 's3', endpoint: f.endpoint || undefined, region: f.region, bucket: f.bucket, prefix: f.prefix, accessKeyId: f.accessKeyId, secretAccessKey: f.secretAccessKey };
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      setSucces(null);
      const res = await api.post<{ destination: { label: string } }>('/api/backups/destinations', { label: f.label || null, config: config() });
      setSucces(`Connexion réussie : « ${res.destination.label} » est ajoutée.`);
      // Secrets leave the form as soon as they are saved.
      setF(VIDE);
      onAdded();
    });
  };

  return (
    <section aria-labelledby="titre-ajout" className="section">
      <h2 id="titre-ajout">Ajouter une destination</h2>
      <form onSubmit={submit}>
        <fieldset className="choix-genre">
          <legend>Type de destination</legend>
          {(Object.keys(GENRES) as Genre[]).map((g) => (
            <label key={g}>
              <input type="radio" name="genre" value={g} checked={genre === g} onChange={() => setGenre(g)} /> {GENRES[g]}
            </label>
          ))}
        </fieldset>
        <TextField label="Nom affiché (facultatif)" hint="Par exemple « Disque externe du bureau »." value={f.label} onValue={set('label')} maxLength={100} />
        {genre === 'local' && (
          <TextField label="Dossier" hint="Chemin complet du dossier sur l’ordinateur qui fait tourner Rempart, par exemple /media/disque-externe/rempart. Le disque doit être branché." value={f.path} onValue={set('path')} required />
        )}
        {genre === 'sftp' && (
          <>
            <TextField label="Serveur" hint="Nom ou adresse IP, par exemple nas.maison.fr." value={f.host} onValue={set('host')} required autoComplete="off" />
            <TextField label="Port" value={f.port} onValue={set('port')} inputMode="numeric" required />
            <TextField label="Identifiant" value={f.username} onValue={set('username')} required autoComplete="off" />
            <Field label="Mot de passe" hint="Ou bien une clé privée ci-dessous. Il est enregistré chiffré et n’est plus jamais affiché.">
              {(p) => <input type="password" {...p} value={f.password} onChange={(e) => set('password')(e.target.value)} autoComplete="new-password" />}
            </Field>
            <Field label="Clé privée (facultatif)" hint="Contenu d’une clé OpenSSH sans phrase de passe (-----BEGIN OPENSSH PRIVATE KEY-----).">
              {(p) => <textarea {...p} rows={4} value={f.privateKey} onChange={(e) => set('privateKey')(e.target.value)} spellCheck={false} />}
            </Field>
            <TextField label="Dossier sur le serveur" hint="Créé s’il n’existe pas." value={f.sftpPath} onValue={set('sftpPath')} required />
            <p className="aide">Au premier test, Rempart enregistre l’empreinte du serveur : si elle change un jour (serveur remplacé ou tentative d’interception), les sauvegardes s’arrêtent et vous êtes prévenu.</p>
          </>
        )}
        {genre === 's3' && (
          <>
            <TextField label="Adresse du service" hint="Par exemple https://s3.fr-par.scw.cloud (Scaleway) ou https://s3.gra.io.cloud.ovh.net (OVH). Laissez vide pour Amazon." value={f.endpoint} onValue={set('endpoint')} />
            <TextField label="Région" hint="Par exemple fr-par ou eu-west-3." value={f.region} onValue={set('region')} required />
            <TextField label="Bucket" hint="Il doit déjà exister." value={f.bucket} onValue={set('bucket')} required />
            <TextField label="Dossier dans le bucket" value={f.prefix} onValue={set('prefix')} />
            <TextField label="Clé d’accès" value={f.accessKeyId} onValue={set('accessKeyId')} required autoComplete="off" />
            <Field label="Clé secrète" hint="Enregistrée chiffrée, elle n’est plus jamais affichée.">
              {(p) => <input type="password" {...p} value={f.secretAccessKey} onChange={(e) => set('secretAccessKey')(e.target.value)} required autoComplete="new-password" />}
            </Field>
          </>
        )}
        <ErrorMessage message={error} />
        <SuccessMessage>{succes}</SuccessMessage>
        <div className="actions">
          <button type="submit" className="bouton" disabled={busy}>
            {busy ? 'Test de la connexion…' : 'Tester la connexion et ajouter'}
          </button>
        </div>
      </form>
    </section>
  );
}
