// The 10 single-use recovery codes, shown once after enrolment or regeneration.
export function CodesSecours({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="encadre attention">
      <h3>Vos codes de secours</h3>
      <p>
        Si vous perdez votre téléphone, chacun de ces codes permet de vous connecter <strong>une seule fois</strong> à la place du code à 6 chiffres. Notez-les ou imprimez-les et rangez-les en lieu
        sûr : ils ne seront plus affichés.
      </p>
      <ul className="codes" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="bouton secondaire" onClick={() => window.print()}>
          Imprimer
        </button>
        <button type="button" className="bouton" onClick={onDone}>
          J'ai noté mes codes
        </button>
      </div>
    </div>
  );
}
