// The daily schedule hour and how many generations to keep.
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorMessage, SuccessMessage } from '../../components/Messages.tsx';
import { useAction } from '../../hooks.ts';
import type { Reglages as R } from './types.ts';

export function Reglages({ reglages, onSaved }: { reglages: R; onSaved: () => void }) {
  const [actif, setActif] = useState(reglages.scheduleEnabled);
  const [v, setV] = useState({ heure: String(reglages.scheduleHour), jours: String(reglages.keepDaily), semaines: String(reglages.keepWeekly), mois: String(reglages.keepMonthly) });
  const [succes, setSucces] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const set = (k: keyof typeof v) => (x: string) => setV((o) => ({ ...o, [k]: x }));
  const n = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      setSucces(null);
      await api.put('/api/backups/settings', { scheduleEnabled: actif, scheduleHour: n(v.heure), keepDaily: n(v.jours), keepWeekly: n(v.semaines), keepMonthly: n(v.mois) });
      setSucces('Réglages enregistrés.');
      onSaved();
    });
  };

  return (
    <section aria-labelledby="titre-reglages" className="section">
      <h2 id="titre-reglages">Réglages</h2>
      <form onSubmit={submit}>
        <div className="case">
          <input type="checkbox" id="sauvegarde-auto" checked={actif} onChange={(e) => setActif(e.target.checked)} />
          <label htmlFor="sauvegarde-auto">Sauvegarder automatiquement chaque jour</label>
        </div>
        <div className="grille-reglages">
          <TextField label="Heure (0 à 23)" hint="Heure de Paris. Choisissez un moment où l’ordinateur est allumé." inputMode="numeric" value={v.heure} onValue={set('heure')} />
          <TextField label="Sauvegardes quotidiennes gardées" inputMode="numeric" value={v.jours} onValue={set('jours')} />
          <TextField label="Hebdomadaires gardées" inputMode="numeric" value={v.semaines} onValue={set('semaines')} />
          <TextField label="Mensuelles gardées" inputMode="numeric" value={v.mois} onValue={set('mois')} />
        </div>
        <ErrorMessage message={error} />
        <SuccessMessage>{succes}</SuccessMessage>
        <div className="actions">
          <button type="submit" className="bouton secondaire" disabled={busy}>
            Enregistrer les réglages
          </button>
        </div>
      </form>
    </section>
  );
}
