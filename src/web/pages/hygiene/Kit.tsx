// The awareness kit: a page to hand to clients, built from the answers.
const LIENS = [
  { format: 'html', label: 'Télécharger la page (HTML)' },
  { format: 'pdf', label: 'Télécharger le PDF' },
  { format: 'md', label: 'Télécharger le texte (Markdown)' },
];

export function Kit() {
  return (
    <section aria-labelledby="titre-kit" className="section">
      <h2 id="titre-kit">Kit de sensibilisation de vos clients</h2>
      <p>
        Un document prêt à remettre à vos clients : en langage simple, il explique ce que vous collectez, comment vous protégez leurs données, quels sont leurs droits, et
        leur donne quelques bons réflexes (mots de passe, messages suspects). Seules les mesures auxquelles vous avez répondu « Oui » y sont citées : complétez le questionnaire
        avant de le télécharger.
      </p>
      <p className="aide">
        Imprimez le PDF pour votre salle d’attente ou joignez-le à vos devis ; mettez la page HTML sur votre site ; le texte (Markdown) se copie facilement dans un e-mail ou une lettre
        d’information.
      </p>
      <ul className="actions liste-sans-puce">
        {LIENS.map((l) => (
          <li key={l.format}>
            <a className="bouton secondaire" href={`/api/hygiene/kit?format=${l.format}`} download>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
