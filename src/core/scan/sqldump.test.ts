// A website's SQL backup: the values of its tables of properties, read under their keys.
import { describe, expect, it } from 'vitest';
import { detectText } from './detect.ts';
import type { FindingType } from './types.ts';

function found(text: string): Array<[FindingType, string]> {
  return detectText(text, { format: 'text' }).map((d) => [d.type, text.slice(d.start, d.start + d.length)]);
}

describe('SQL dumps', () => {
  it('reads WordPress\'s and WooCommerce\'s properties under their keys', () => {
    const sql = "INSERT INTO `wp_usermeta` VALUES (1,1,'nickname','admin'),(2,1,'first_name','Gwenaëlle'),(3,1,'last_name','Le Bihan'),(4,2,'billing_address_1','12 rue des Lilas'),(5,2,'billing_last_name','d\\'Aubigné');\n" +
      "INSERT INTO `wp_postmeta` VALUES (10,55,'_billing_first_name','Léa'),(11,55,'_billing_address_1','Lieu-dit Kerbastard'),(12,55,'_order_total','45.00'),(13,55,'_billing_phone','612345678');\n";
    expect(found(sql)).toEqual([
      ['person_name', 'Gwenaëlle'], ['person_name', 'Le Bihan'], ['postal_address', '12 rue des Lilas'], ['person_name', "d\\'Aubigné"],
      ['person_name', 'Léa'], ['postal_address', 'Lieu-dit Kerbastard'], ['phone', '612345678'],
    ]);
  });

  it('reads nothing in a site\'s options, a translation\'s labels, or text that inserts no rows', () => {
    expect(found("INSERT INTO `wp_options` VALUES (1,'siteurl','https://plomberie-martin.fr','yes'),(2,'blogname','Plomberie Martin','yes'),(3,'first_name','Prénom','yes');\n")).toEqual([]);
    expect(found("Voir la clé 'first_name','Kerbrat' dans la documentation.\n")).toEqual([]);
  });

  it('reads the contact forms a WordPress site keeps: a PHP array serialized in a row (CFDB7), Flamingo\'s fields', () => {
    // mysqldump escapes the array's quotes; phpMyAdmin does not
    const cfdb7 = "INSERT INTO `wp_db7_forms` VALUES (1,12,'a:5:{s:12:\\\"cfdb7_status\\\";s:6:\\\"unread\\\";s:9:\\\"your-name\\\";s:12:\\\"Marie Dupont\\\";s:10:\\\"your-email\\\";s:16:\\\"marie@dupont.fr\\\";s:8:\\\"your-tel\\\";s:9:\\\"612345678\\\";s:12:\\\"your-message\\\";s:7:\\\"Bonjour\\\";}','2026-01-05 10:00:00');\n" +
      "INSERT INTO `wp_db7_forms` (`form_id`, `form_post_id`, `form_value`, `form_date`) VALUES\n(2, 12, 'a:2:{s:9:\"your-name\";s:17:\"Gwenaëlle Kerbrat\";s:12:\"your-subject\";s:4:\"Devis\";}', '2026-02-01 09:30:00');\n";
    expect(found(cfdb7)).toEqual([
      ['person_name', 'Marie Dupont'], ['email', 'marie@dupont.fr'], ['phone', '612345678'], ['person_name', 'Gwenaëlle Kerbrat'],
    ]);
    const flamingo = "INSERT INTO `wp_postmeta` VALUES (30,77,'_field_your-name','Yannick Le Goff'),(31,77,'_field_your-email','yannick@example.fr'),(32,77,'_field_your-subject','Rendez-vous');\n";
    expect(found(flamingo)).toEqual([['person_name', 'Yannick Le Goff'], ['email', 'yannick@example.fr']]);
    // a plugin's settings, serialized the same way, name no one
    expect(found("INSERT INTO `wp_options` VALUES (5,'wpcf7','a:2:{s:7:\\\"version\\\";s:5:\\\"5.9.3\\\";s:9:\\\"your-name\\\";s:9:\\\"Votre nom\\\";}','yes');\n")).toEqual([]);
  });

  it('reads a JSON object kept in a row (a forms plug-in\'s submissions), its quotes escaped by mysqldump or not', () => {
    const fluent = "INSERT INTO `wp_fluentform_submissions` VALUES (7,3,'{\\\"names\\\":{\\\"first_name\\\":\\\"Maëlys\\\",\\\"last_name\\\":\\\"Quéré\\\"},\\\"email\\\":\\\"maelys@exemple.fr\\\",\\\"phone\\\":\\\"612345678\\\",\\\"message\\\":\\\"Devis\\\"}','unread');\n" +
      "INSERT INTO `wp_fluentform_submissions` (`id`, `form_id`, `response`, `status`) VALUES\n(8, 3, '{\"names\":{\"first_name\":\"Erwan\",\"last_name\":\"Le Gall\"},\"address_1\":\"Lieu-dit Kerbastard\"}', 'read');\n";
    expect(found(fluent)).toEqual([
      ['person_name', 'Maëlys'], ['person_name', 'Quéré'], ['email', 'maelys@exemple.fr'], ['phone', '612345678'],
      ['person_name', 'Erwan'], ['person_name', 'Le Gall'], ['postal_address', 'Lieu-dit Kerbastard'],
    ]);
    // a plug-in's settings: labels, not values
    expect(found("INSERT INTO `wp_options` VALUES (9,'fluentform_global','{\\\"first_name\\\":\\\"Prénom\\\",\\\"address_1\\\":\\\"Adresse\\\"}','yes');\n")).toEqual([]);
  });

  it('reads a form\'s sender under a general key beside its e-mail key (Elementor\'s and Forminator\'s submissions), not a category\'s name', () => {
    const elementor = "INSERT INTO `wp_e_submissions_values` VALUES (1,5,'name','Maëlys Quéré'),(2,5,'email','maelys@exemple.fr'),(3,5,'message','Bonjour, un devis ?');\n" +
      "INSERT INTO `wp_frmt_form_entry_meta` VALUES (11,4,'name-1','Erwan Le Gall','2024-03-12 10:00:00'),(12,4,'email-1','erwan@exemple.fr','2024-03-12 10:00:00');\n";
    expect(found(elementor).filter(([t]) => t === 'person_name')).toEqual([['person_name', 'Maëlys Quéré'], ['person_name', 'Erwan Le Gall']]);
    expect(found("INSERT INTO `wp_termmeta` VALUES (1,3,'name','Salle De Bain'),(2,3,'slug','salle-de-bain');\n")).toEqual([]);
  });

  it('reads a form\'s answers under their questions (WPForms\' entries), what needs a person only in an entry asking who someone is', () => {
    const q = (t: string) => `\\"${t}\\"`; // a JSON string in a row, its quotes escaped by mysqldump
    const field = (n: number, label: string, value: string) => `${q(String(n))}:{${q('name')}:${q(label)},${q('value')}:${q(value)},${q('id')}:${n}}`;
    const wpforms = `INSERT INTO \`wp_wpforms_entries\` VALUES (1,8,'{${field(1, 'Nom', 'Maëlys Quéré')},${field(2, 'Date de naissance', '03/11/1979')},` +
      `${field(3, 'Avez-vous des problèmes de santé ?', 'Asthme sévère')}}','2024-03-12 14:32:05');\n`;
    expect(found(wpforms)).toEqual([['person_name', 'Maëlys Quéré'], ['birth_date', '03/11/1979'], ['health', 'Asthme sévère']]);
    // a shop's product options: no question asks who someone is
    const shop = `INSERT INTO \`wp_options\` VALUES (9,'shop_fields','[{${q('label')}:${q('Nom')},${q('value')}:${q('Bougie Parfumée')}},{${q('label')}:${q('Allergies')},${q('value')}:${q('gluten')}}]','yes');\n`;
    expect(found(shop)).toEqual([]);
  });
});
