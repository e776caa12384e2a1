// Step 1: what happened, when it started, when you found out (the 72 hours start there).
import { useState } from 'react';
import { TextField } from '../../components/Field.tsx';
import type { EtapeProps } from './Assistant.tsx';
import { Case, DateHeure, ZoneTexte } from './Champs.tsx';
import { FormulaireEtape } from './FormulaireEtape.tsx';
import { depuisSaisie, maintenantSaisie, versSaisie } from './outils.ts';
import type { Incident, Nature } from './types.ts';

const NATURES: Nature[] = ['confidentialite', 'integrite', 'disponibilite'];

export function EtapeFaits(props: EtapeProps) {
  const i = props.violation.incident;
  const [titre, setTitre] = useState(i.titre ?? '');
  const [decouverte, setDecouverte] = useState(i.awareAt ? versSaisie(i.awareAt) : maintenantSaisie());
  const [debutInconnu, setDebutInconnu] = useState(i.occurredAt === null);
  const [debut, setDebut] = useState(versSaisie(i.occurredAt?.at));
  const [approximatif, setApproximatif] = useState(i.occurredAt?.approximate ?? true);
  const [comment, setComment] = useState(i.discoveredHow ?? '');
  const [natures, setNatures] = useState<Nature[]>(i.nature ?? []);
  const [description, setDescription] = useState(i.description ?? '');

  const valeurs = (): Partial<Incident> => {
    const v: Partial<Incident> = { titre, discoveredHow: comment, description };
    const aware = depuisSaisie(decouverte);
    if (aware) v.awareAt = aware;
    const at = depuisSaisie(debut);
    if (debutInconnu) v.occurredAt = null;
    else if (at) v.occurredAt = { at, approximate: approximatif };
    if (natures.length > 0) v.nature = natures;
    return v;
  };
  const basculer = (n: Nature, oui: boolean) => setNatures((prev) => (oui ? [...prev, n].filter((x, k, a) => a.indexOf(x) === k) : prev.filter((x) => x !== n)));

  return (
    <FormulaireEtape {...props} valeurs={valeurs}>
      <p className="aide">Répondez avec ce que vous savez maintenant : vous pourrez compléter plus tard, le brouillon est enregistré à chaque étape.</p>
      <TextField label="Titre court de l’incident" hint="Pour le retrouver dans votre registre, par exemple « Ordinateur portable perdu »." value={titre} onValue={setTitre} maxLength={120} />
      <DateHeure
        label="Quand avez-vous découvert l’incident ?"
        hint="Le délai de 72 heures pour prévenir la CNIL part de ce moment : quand vous avez eu la quasi-certitude que des données personnelles étaient touchées."
        value={decouverte}
        onValue={setDecouverte}
      />
      <fieldset>
        <legend>Quand l’incident a-t-il commencé ?</legend>
        <Case label="Je ne sais pas encore" checked={debutInconnu} onChange={setDebutInconnu} />
        {!debutInconnu && (
          <>
            <DateHeure label="Date et heure de début" value={debut} onValue={setDebut} />
            <Case label="Date approximative" checked={approximatif} onChange={setApproximatif} />
          </>
        )}
      </fieldset>
      <ZoneTexte label="Comment l’avez-vous découvert ?" hint="Par exemple : un client m’a prévenu, j’ai constaté la perte en arrivant au bureau…" value={comment} onValue={setComment} rows={2} />
      <fieldset>
        <legend>Qu’est-ce qui a été touché ?</legend>
        <p className="aide">Cochez tout ce qui s’applique.</p>
        {NATURES.map((n) => (
          <Case key={n} label={props.libelles.natures[n]} checked={natures.includes(n)} onChange={(oui) => basculer(n, oui)} />
        ))}
      </fieldset>
      <ZoneTexte label="Décrivez ce qui s’est passé" hint="En quelques phrases, avec vos mots. Évitez de citer le nom des personnes concernées." value={description} onValue={setDescription} />
    </FormulaireEtape>
  );
}
