// Step 3: what protected the data (encryption, backup), and whether it left the business.
import { useState } from 'react';
import type { EtapeProps } from './Assistant.tsx';
import { Case, Choix, Nombre, OUI_NON, OUI_NON_INCONNU } from './Champs.tsx';
import { FormulaireEtape } from './FormulaireEtape.tsx';
import { depuisTriple, nombreOuNull, versTriple, type Triple } from './outils.ts';
import type { Incident } from './types.ts';

type Exposition = NonNullable<Incident['exposure']> | 'inconnu';

export function EtapeProtections(props: EtapeProps) {
  const i = props.violation.incident;
  const natures = i.nature ?? [];
  const [chiffre, setChiffre] = useState<'oui' | 'non' | null>(i.encrypted ? (i.encrypted.was ? 'oui' : 'non') : null);
  const [cleSure, setCleSure] = useState<Triple>(versTriple(i.encrypted?.keySafe));
  const [reconnu, setReconnu] = useState(i.encrypted?.stateOfTheArt ?? false);
  const [sauvegarde, setSauvegarde] = useState<'oui' | 'non' | null>(i.backup ? (i.backup.exists ? 'oui' : 'non') : null);
  const [restaure, setRestaure] = useState<'oui' | 'non'>(i.backup?.restored ? 'oui' : 'non');
  const [heures, setHeures] = useState(i.backup?.restoredWithinHours == null ? '' : String(i.backup.restoredWithinHours));
  const [sorties, setSorties] = useState<Triple>(versTriple(i.leftBusiness));
  const [exposition, setExposition] = useState<Exposition>(i.exposure ?? 'inconnu');
  const [confiance, setConfiance] = useState<Triple>(versTriple(i.recipientTrusted));
  const [malveillance, setMalveillance] = useState<Triple>(versTriple(i.malicious));
  const [utilisees, setUtilisees] = useState<Triple>(versTriple(i.alteredDataUsed));
  const [indispo, setIndispo] = useState(i.availabilityLossHours == null ? '' : String(i.availabilityLossHours));

  // A question left unanswered is not sent: the assessment then takes the cautious answer.
  const valeurs = (): Partial<Incident> => {
    const v: Partial<Incident> = { leftBusiness: depuisTriple(sorties), malicious: depuisTriple(malveillance) };
    if (chiffre !== null) {
      const was = chiffre === 'oui';
      v.encrypted = { was, keySafe: was ? depuisTriple(cleSure) : null, stateOfTheArt: was && reconnu };
    }
    if (sauvegarde !== null) {
      const restored = sauvegarde === 'oui' && restaure === 'oui';
      v.backup = { exists: sauvegarde === 'oui', restored, restoredWithinHours: restored ? nombreOuNull(heures) : null };
    }
    if (natures.includes('confidentialite')) {
      v.exposure = exposition === 'inconnu' ? null : exposition;
      v.recipientTrusted = exposition === 'destinataires-connus' ? depuisTriple(confiance) : null;
    }
    if (natures.includes('integrite')) v.alteredDataUsed = depuisTriple(utilisees);
    if (natures.includes('disponibilite')) v.availabilityLossHours = nombreOuNull(indispo);
    return v;
  };

  const expositions = props.libelles.expositions;
  return (
    <FormulaireEtape {...props} valeurs={valeurs}>
      <Choix legend="Les données étaient-elles chiffrées ?" hint="Disque chiffré (BitLocker, FileVault), fichier protégé par un mot de passe solide, coffre-fort numérique…" options={OUI_NON} value={chiffre} onValue={setChiffre} />
      {chiffre === 'oui' && (
        <>
          <Choix legend="La clé ou le mot de passe de déchiffrement est-il resté en sécurité ?" hint="Non, par exemple, s’il était noté sur un papier rangé avec l’ordinateur." options={OUI_NON_INCONNU} value={cleSure} onValue={setCleSure} />
          <Case label="Chiffrement reconnu (BitLocker, FileVault, VeraCrypt, LUKS, 7-Zip AES…)" checked={reconnu} onChange={setReconnu} />
        </>
      )}
      <Choix legend="Aviez-vous une sauvegarde de ces données ?" options={OUI_NON} value={sauvegarde} onValue={setSauvegarde} />
      {sauvegarde === 'oui' && (
        <>
          <Choix legend="Les données ont-elles été restaurées depuis la sauvegarde ?" options={OUI_NON} value={restaure} onValue={setRestaure} />
          {restaure === 'oui' && <Nombre label="En combien d’heures ?" value={heures} onValue={setHeures} />}
        </>
      )}
      <Choix legend="Les données sont-elles sorties de votre entreprise ?" hint="Vol, perte, envoi au mauvais destinataire, publication, piratage…" options={OUI_NON_INCONNU} value={sorties} onValue={setSorties} />
      {natures.includes('confidentialite') && (
        <Choix
          legend="Qui a pu voir les données ?"
          options={[
            { value: 'aucune-preuve', label: `Personne à ma connaissance : ${expositions['aucune-preuve'] ?? ''}` },
            { value: 'destinataires-connus', label: `Des personnes identifiées : ${expositions['destinataires-connus'] ?? ''}` },
            { value: 'destinataires-inconnus', label: `Des inconnus : ${expositions['destinataires-inconnus'] ?? ''}` },
            { value: 'inconnu', label: 'Je ne sais pas encore' },
          ]}
          value={exposition}
          onValue={setExposition}
        />
      )}
      {natures.includes('confidentialite') && exposition === 'destinataires-connus' && (
        <Choix legend="Le destinataire est-il un professionnel de confiance qui a confirmé avoir supprimé les données ?" options={OUI_NON_INCONNU} value={confiance} onValue={setConfiance} />
      )}
      <Choix legend="S’agit-il d’un acte malveillant (vol, piratage, vengeance) ?" options={OUI_NON_INCONNU} value={malveillance} onValue={setMalveillance} />
      {natures.includes('integrite') && <Choix legend="Les données modifiées ont-elles été utilisées (paiement, décision) ?" options={OUI_NON_INCONNU} value={utilisees} onValue={setUtilisees} />}
      {natures.includes('disponibilite') && <Nombre label="Pendant combien d’heures les données ont-elles été indisponibles ?" hint="Laissez vide si elles le sont encore." value={indispo} onValue={setIndispo} />}
    </FormulaireEtape>
  );
}
