// Register fixtures for the document tests, validated by the register's own schema so a
// model change that breaks them fails loudly here rather than silently in the goldens.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyEntrySchema, type HistoryEntry } from '../../../src/core/register/history.ts';
import { registerSchema, type Register } from '../../../src/core/register/model.ts';

const DIR = join(import.meta.dirname, 'fixtures');

export const FIXTURES = ['plombier', 'therapeute'] as const;

export function loadFixture(name: string): Register {
  return registerSchema.parse(JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')));
}

/** The fixture's change history, when it has one (`<name>.history.json`). */
export function loadHistory(name: string): HistoryEntry[] | undefined {
  const path = join(DIR, `${name}.history.json`);
  return existsSync(path) ? historyEntrySchema.array().parse(JSON.parse(readFileSync(path, 'utf8'))) : undefined;
}

/** A register whose every text field tries to inject markup. */
export function hostileRegister(): Register {
  const base = loadFixture('plombier');
  const evil = '<script>alert(1)</script>';
  const link = '[cliquez ici](javascript:alert(1))';
  const p = base.processings[1]!;
  return {
    controller: { ...base.controller, raisonSociale: `${evil} & Cie`, contactEmail: `<img src=x onerror=alert(2)>@example.org` },
    processings: [
      {
        ...p,
        name: evil,
        description: `# Titre injecté\n\n${link}`,
        purposes: [{ purpose: `**gras** ${link}`, legalBasis: 'interet_legitime', legitimateInterest: '<a href="javascript:alert(3)">x</a>' }],
        peopleCategories: ['- fausse liste', '1. fausse liste numérotée'],
        securityMeasures: ['![img](https://evil.example/x.png)', '| a | b |'],
        retention: [{ what: '`code` &lt;b&gt;', duration: '=HYPERLINK("http://evil.example")' }],
        supports: [{ kind: 'logiciel', name: '<iframe src="//evil.example">', location: '</td><script>x</script>' }],
        recipients: [{ kind: 'sous_traitant', name: '"><svg onload=alert(4)>', contractStatus: 'signe' }],
      },
    ],
  };
}
