// JSON exports: the keys say what the values are, as a CSV's headers do.
import { describe, expect, it } from 'vitest';
import { detectText } from './detect.ts';
import type { FindingType } from './types.ts';

function found(text: string): Array<[FindingType, string]> {
  return detectText(text, { format: 'json' }).map((d) => [d.type, text.slice(d.start, d.start + d.length)]);
}

// about 1 500 characters of a JSON file that names no one
const PRODUCTS = '{"sku":"A1","price":12,"stock":4}\n'.repeat(45);

describe('JSON fields', () => {
  it('reads the values of a CRM export by their keys: camelCase, snake_case, French', () => {
    const crm = '[{"id":1,"firstName":"Gwenaëlle","lastName":"Le Bihan","birthDate":"1975-03-03","street":"Lieu-dit Kerbastard","notes":"diabétique"},\n' +
      ' {"id":2,"first_name":"Yannick","nom_de_famille":"de Villiers","date_naissance":"11/11/1982","adresse":"Hameau de Kervel","telephone":"612345678","antecedents":"Asthme"}]\n';
    expect(found(crm)).toEqual([
      ['person_name', 'Gwenaëlle'],
      ['person_name', 'Le Bihan'],
      ['birth_date', '1975-03-03'],
      ['postal_address', 'Lieu-dit Kerbastard'],
      ['health', 'diabétique'],
      ['person_name', 'Yannick'],
      ['person_name', 'de Villiers'],
      ['birth_date', '11/11/1982'],
      ['postal_address', 'Hameau de Kervel'],
      ['phone', '612345678'],
      ['health', 'Asthme'],
    ]);
  });

  it('reads pretty-printed records, spaces around the colon', () => {
    const text = '{\n  "contact": {\n    "prenom" : "Maïwenn",\n    "nom de famille": "Kerbrat",\n    "dateOfBirth": "03/05/2017"\n  }\n}\n';
    expect(found(text)).toEqual([['person_name', 'Maïwenn'], ['person_name', 'Kerbrat'], ['birth_date', '03/05/2017']]);
  });

  it('finds nothing in a translation file, whose values are the labels of a form', () => {
    const fr = '{"firstName":"Prénom","lastName":"Nom de famille","fullName":"Entrez votre nom","street":"Rue","address":"Adresse postale",' +
      '"phone":"Téléphone","birthDate":"Date de naissance","allergies":"Allergies","help":"Saisissez votre adresse"}\n';
    expect(found(fr)).toEqual([]);
  });

  it('takes a product’s allergens and a warehouse for no one’s: they are in no record that names someone', () => {
    const shop = `${PRODUCTS}{"product":{"name":"Chaise Longue","allergies":"fruits à coque","address":"Entrepôt Nord","notes":"diabétique"}}\n${PRODUCTS}` +
      '{"lastName":"Morel","allergies":"Pénicilline"}\n';
    expect(found(shop)).toEqual([['person_name', 'Morel'], ['health', 'Pénicilline']]);
  });

  it('knows a record by its braces: what it nests, a person held by key, a wrapper’s list, a block cut inside a record', () => {
    // side by side in an array: the product's allergens are not Morel's; his nested address is his
    expect(found('[{"name":"Pain","allergies":"gluten"},{"lastName":"Morel","allergies":"Pénicilline","address":{"street":"Le Bourg"}}]\n')).toEqual([
      ['person_name', 'Morel'], ['health', 'Pénicilline'], ['postal_address', 'Le Bourg'],
    ]);
    // an appointment holding its patient by key: the appointment is the patient's record
    expect(found('{"rdv":"2026-03-02","patient":{"firstName":"Léa","lastName":"Morel"},"allergies":"Latex"}\n')).toEqual([
      ['person_name', 'Léa'], ['person_name', 'Morel'], ['health', 'Latex'],
    ]);
    // a wrapper's list of contacts is no one's record
    expect(found('{"contacts":[{"lastName":"Morel"},{"name":"Pain","allergies":"gluten"}]}\n')).toEqual([['person_name', 'Morel']]);
    // a later block of a file, opening inside a record
    expect(found('"lastName":"Morel","allergies":"Latex"},\n{"name":"Pain","allergies":"gluten"}\n')).toEqual([['person_name', 'Morel'], ['health', 'Latex']]);
    // a brace inside a string, after an escaped quote, is text: Morel's record ends where it ends
    expect(found('[{"lastName":"Morel","note":"a dit \\"{\\""},{"name":"Pain","allergies":"gluten"}]\n')).toEqual([['person_name', 'Morel']]);
  });

  it('takes « name », « nom », « client » for a person’s only beside a first name: products and companies go by them too', () => {
    expect(found('{"name":"Chaise Longue","nom":"Atelier Bois","client":"Dupont","name2":"Marie Dupont"}\n')).toEqual([['person_name', 'Marie Dupont']]);
    expect(found('[{"prenom":"Léa","nom":"Morel"},{"nom":"Confiture","allergies":"fruits à coque"}]\n')).toEqual([['person_name', 'Léa'], ['person_name', 'Morel']]);
  });

  it('reads nothing out of a number, an escaped quote or a value that is no name', () => {
    const text = '{"firstName":"12345","lastName":"Dupont \\"le grand\\"","phone":612345678,"prenom":"?!","telephone":"0612"}\n';
    expect(found(text)).toEqual([]);
  });

  it('finds nothing in a hostile block: keys without values, values without ends (each try is bounded: 60 + 300 characters)', () => {
    const hostile = '"prenom":"'.repeat(20_000) + '\n' + '"a":'.repeat(20_000) + '\n"nom_de_famille":"' + 'Dupont '.repeat(100);
    expect(found(hostile)).toEqual([]);
  });
});

describe('A form’s answers beside their questions', () => {
  it('reads each answer under the question its object asks: WPForms, Tally, Jotform', () => {
    const wpforms = '[{"entry_id":"12","fields":{"1":{"name":"Nom","value":"Gwenaëlle Le Bihan","id":1,"type":"name"},' +
      '"2":{"name":"E-mail","value":"gwen@orange.fr","id":2},"3":{"name":"Date de naissance","value":"14/02/1987","id":3},' +
      '"4":{"name":"Avez-vous des problèmes de santé ?","value":"Asthme sévère","id":4},"5":{"name":"Pr\\u00e9nom de l\'enfant","value":"Maël","id":5}}}]\n';
    expect(found(wpforms)).toEqual([
      ['person_name', 'Gwenaëlle Le Bihan'], ['email', 'gwen@orange.fr'], ['birth_date', '14/02/1987'], ['health', 'Asthme sévère'], ['person_name', 'Maël'],
    ]);
    const tally = '{"data":{"formName":"Inscription atelier","fields":[{"key":"question_3ErWbZ","label":"Nom complet","type":"INPUT_TEXT","value":"Corentin Guillou"},' +
      '{"key":"question_w4Q1k","label":"Date de naissance","type":"INPUT_DATE","value":"1990-06-21"},' +
      '{"key":"question_mRp","label":"Informations médicales","type":"TEXTAREA","value":"diabétique de type 1"}]}}\n';
    expect(found(tally)).toEqual([['person_name', 'Corentin Guillou'], ['birth_date', '1990-06-21'], ['health', 'diabétique de type 1']]);
    // the answer as an object, then written out (« prettyFormat »), after the question
    const jotform = '{"answers":{"5":{"name":"dateDe","text":"Date de naissance","type":"control_datetime","answer":{"day":"03","month":"11","year":"1979"},"prettyFormat":"03-11-1979"}}}\n';
    expect(found(jotform)).toEqual([['birth_date', '03-11-1979']]);
    // the answer before its question
    expect(found('[{"value":"14/02/1987","label":"Date de naissance"}]\n')).toEqual([['birth_date', '14/02/1987']]);
  });

  it('reads no answer of another object, and needs a form about someone for what needs a record', () => {
    // the question and a value side by side in an array: not its answer
    expect(found('[{"label":"Date de naissance","type":"date"},{"value":"14/02/1987"}]\n')).toEqual([]);
    // a shop's product sheet written as labels and values: no name, birth date, phone or e-mail asked
    const shop = '{"attributes":[{"label":"Nom","value":"Bougie Parfumée"},{"label":"Adresse","value":"Entrepôt Nord"},{"label":"Allergies","value":"fruits à coque"}]}\n';
    expect(found(shop)).toEqual([]);
    // an entry about someone beside a product sheet: each entry its own record
    const mixed = '[{"fields":[{"label":"Nom complet","value":"Corentin Guillou"},{"label":"Allergies","value":"Latex"}]},' +
      '{"fields":[{"label":"Nom","value":"Bougie Parfumée"},{"label":"Allergies","value":"gluten"}]}]\n';
    expect(found(mixed)).toEqual([['person_name', 'Corentin Guillou'], ['health', 'Latex']]);
    // a form's definition: its default values are empty or the field's own label
    expect(found('{"fields":[{"label":"Nom complet","value":""},{"label":"Date de naissance","value":"jj/mm/aaaa"},{"label":"Adresse postale","value":"Adresse postale"}]}\n')).toEqual([]);
  });
});

function foundXml(text: string): Array<[FindingType, string]> {
  return detectText(text, { format: 'text' }).map((d) => [d.type, text.slice(d.start, d.start + d.length)]);
}

describe('XML fields', () => {
  it('reads an invoicing program’s export by its elements, a record being the element that holds a name', () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<clients>\n  <client id="42">\n    <nom>Le Bihan</nom>\n    <prenom>Gwenaëlle</prenom>\n' +
      '    <dateNaissance>1975-03-03</dateNaissance>\n    <adresse> Lieu-dit Kerbastard </adresse>\n    <antecedents>Asthme</antecedents>\n  </client>\n' +
      '  <produit><nom>Confiture</nom><allergies>fruits à coque</allergies></produit>\n</clients>\n';
    expect(foundXml(xml)).toEqual([
      ['person_name', 'Le Bihan'], ['person_name', 'Gwenaëlle'], ['birth_date', '1975-03-03'], ['postal_address', 'Lieu-dit Kerbastard'], ['health', 'Asthme'],
    ]);
  });

  it('reads prefixed elements with attributes, and a block that opens inside a record', () => {
    expect(foundXml('<ns:client id="1"><ns:prenom>Léa</ns:prenom><ns:nom>Morel</ns:nom><ns:telephone type="mobile">612345678</ns:telephone></ns:client>\n')).toEqual([
      ['person_name', 'Léa'], ['person_name', 'Morel'], ['phone', '612345678'],
    ]);
    expect(foundXml('<prenom>Léa</prenom><allergies>Latex</allergies></patient>\n<patient><nom>Pain</nom><allergies>gluten</allergies></patient>\n')).toEqual([
      ['person_name', 'Léa'], ['health', 'Latex'],
    ]);
  });

  it('reads fields written as attributes, the element holding a name being the record', () => {
    const xml = '<clients>\n  <client id="1" nom="Le Bihan" prenom="Gwenaëlle" dateNaissance="1975-03-03" telephone="0612345678" adresse="Lieu-dit Kerbastard" allergies="Latex"/>\n' +
      '  <produit ref="123456" nom="Confiture" allergies="fruits à coque"/>\n  <client prenom="Yannick"><adresse>12 rue de Brest</adresse></client>\n</clients>\n';
    expect(foundXml(xml)).toEqual([
      ['person_name', 'Le Bihan'], ['person_name', 'Gwenaëlle'], ['birth_date', '1975-03-03'], ['phone', '0612345678'], ['postal_address', 'Lieu-dit Kerbastard'], ['health', 'Latex'],
      ['person_name', 'Yannick'], ['postal_address', '12 rue de Brest'],
    ]);
    // an SVG's or a form's attributes name no one
    expect(foundXml('<svg><text name="label" title="Adresse">x</text><input name="nom" placeholder="Votre nom"/></svg>\n')).toEqual([]);
  });

  it('finds nothing in a translation file or a web page’s table', () => {
    expect(foundXml('<resources><string name="first_name">Prénom</string><string name="address">Adresse</string></resources>\n')).toEqual([]);
    expect(foundXml('<table><tr><td>Nom</td><td>Allergies</td></tr><tr><td>Pain</td><td>gluten</td></tr></table>\n')).toEqual([]);
  });

  it('reads the names a phone\'s backup of its messages and a Messenger export give their senders', () => {
    // « SMS Backup & Restore »: each message an element, its sender's saved name an attribute
    const sms = '<?xml version="1.0" encoding="UTF-8"?>\n<smses count="2">\n  <sms protocol="0" address="+33612345678" date="1710250325000" type="1" body="Bonjour, c\'est pour le devis" contact_name="Maëlys Quéré" />\n  <sms address="0698765432" type="2" body="Ok" contact_name="Brewenn Tanguy" />\n</smses>\n';
    expect(foundXml(sms).filter(([t]) => t === 'person_name')).toEqual([['person_name', 'Maëlys Quéré'], ['person_name', 'Brewenn Tanguy']]);
    expect(found('{"messages":[{"sender_name":"Maëlys Quéré","timestamp_ms":1710250325000,"content":"Bonjour"}]}')).toEqual([['person_name', 'Maëlys Quéré']]);
  });

  it('reads the senders of a Telegram export, their id beside them, not any « from »', () => {
    const telegram = '{\n "name": "Maëlys Quéré",\n "type": "personal_chat",\n "messages": [\n  {\n   "id": 1,\n   "type": "message",\n   "date": "2024-03-12T14:32:05",\n   "from": "Maëlys Quéré",\n   "from_id": "user123456789",\n   "text": "Bonjour"\n  },\n  {\n   "id": 2,\n   "type": "service",\n   "actor": "Brewenn Tanguy",\n   "actor_id": "user987",\n   "action": "phone_call"\n  }\n ]\n}\n';
    // (the talk's own « name », a first name the lists know and a surname, is hers too)
    expect(found(telegram)).toEqual([['person_name', 'Maëlys Quéré'], ['person_name', 'Maëlys Quéré'], ['person_name', 'Brewenn Tanguy']]);
    expect(found('{"from": "Paris", "to": "Brest", "date": "2024-03-12"}\n{"from": "Service Client", "subject": "Devis"}\n')).toEqual([]);
  });
});

describe('JSON fields of a social security number', () => {
  it('reads a social security number under its key, without its key digits too', () => {
    const hr = '[{"nom":"Kerbrat","prenom":"Yannick","numero_ss":"1850578006084","cle_ss":"91"},{"lastName":"Le Bihan","socialSecurityNumber":"2 85 05 78 006 084"}]';
    expect(found(hr).filter(([t]) => t === 'nir')).toEqual([['nir', '1850578006084'], ['nir', '2 85 05 78 006 084']]);
    expect(found('{"nir":"inconnu","ss":"12"}')).toEqual([]);
  });
});
