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
});
