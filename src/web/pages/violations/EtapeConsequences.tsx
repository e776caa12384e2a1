// Step 4: likely consequences for people, measures taken and planned, the timeline and evidence.
import { useState } from 'react';
import type { EtapeProps } from './Assistant.tsx';
import { ZoneTexte } from './Champs.tsx';
import { Chronologie } from './Chronologie.tsx';
import { FormulaireEtape } from './FormulaireEtape.tsx';
import { PiecesJointes } from './PiecesJointes.tsx';
import type { Incident } from './types.ts';

export function EtapeConsequences(props: EtapeProps) {
  const i = props.violation.incident;
  const [consequences, setConsequences] = useState(i.consequences ?? '');
  const [prises, setPrises] = useState(i.measuresTaken ?? '');
  const [envisagees, setEnvisagees] = useState(i.measuresPlanned ?? '');
  const [neutralise, setNeutralise] = useState(i.measuresNeutraliseRisk ?? '');
  const [effort, setEffort] = useState(i.disproportionateEffort ?? '');

  const valeurs = (): Partial<Incident> => ({
    consequences,
    measuresTaken: prises,
    measuresPlanned: envisagees,
    measuresNeutraliseRisk: neutralise.trim() || null,
    disproportionateEffort: effort.trim() || null,
  });

  return (
    <>
      <FormulaireEtape {...props} valeurs={valeurs}>
        <ZoneTexte
          label="Quelles conséquences pour les personnes ?"
          hint="Par exemple : messages frauduleux, usurpation d’identité, paiements non autorisés, divulgation d’informations intimes, retard dans un dossier…"
          value={consequences}
          onValue={setConsequences}
        />
        <ZoneTexte label="Qu’avez-vous déjà fait ?" hint="Par exemple : mots de passe changés, plainte déposée, destinataire prié de supprimer le message…" value={prises} onValue={setPrises} />
        <ZoneTexte label="Que prévoyez-vous de faire ?" hint="Pour limiter les effets et éviter que cela se reproduise." value={envisagees} onValue={setEnvisagees} />
        <details className="exceptions">
          <summary>Cas particuliers : ne pas informer chaque personne (article 34.3)</summary>
          <p className="aide">À remplir seulement si l’une de ces situations s’applique ; expliquez-la en au moins 20 caractères.</p>
          <ZoneTexte
            label="Des mesures prises depuis rendent le risque improbable"
            hint="Par exemple : le destinataire a supprimé les données sous contrôle d’huissier."
            value={neutralise}
            onValue={setNeutralise}
            rows={2}
          />
          <ZoneTexte
            label="Contacter chaque personne demanderait un effort disproportionné"
            hint="Par exemple : vous n’avez aucune coordonnée des personnes. Une communication publique sera alors proposée."
            value={effort}
            onValue={setEffort}
            rows={2}
          />
        </details>
      </FormulaireEtape>
      <Chronologie {...props} />
      <PiecesJointes violation={props.violation} readOnly={props.readOnly} />
    </>
  );
}
