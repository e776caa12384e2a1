// SARIF 2.1.0 for CI tools (GitHub code scanning and others), written as results arrive.
// Columns are UTF-16 code units, SARIF's default column kind.
import { pathToFileURL } from 'node:url';
import { categoryOf, FINDING_TYPES, type Finding } from '../../core/scan/types.ts';
import type { FileReport } from '../contract.ts';
import { TYPE_LABELS } from '../labels.ts';

export function sarifHead(): string {
  const rules = FINDING_TYPES.map((t) => ({
    id: t,
    name: t,
    shortDescription: { text: TYPE_LABELS[t].one },
    properties: { category: categoryOf(t) === 'sensible' ? 'données sensibles' : 'données courantes' },
    defaultConfiguration: { level: categoryOf(t) === 'sensible' ? 'error' : 'warning' },
  }));
  const head = JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'rempart', informationUri: 'https://github.com/rempart', rules } }, columnKind: 'utf16CodeUnits', results: [] }],
  });
  // Cut before the closing of "results" so that results can be streamed in.
  return head.slice(0, head.lastIndexOf('[]') + 1);
}

export function sarifResult(f: Finding): string {
  const artifactLocation = { uri: pathToFileURL(f.path).href };
  const physicalLocation =
    f.line !== undefined ? { artifactLocation, region: { startLine: f.line, startColumn: f.column, charLength: f.length } } : { artifactLocation };
  return JSON.stringify({
    ruleId: f.type,
    level: f.category === 'sensible' ? 'error' : 'warning',
    message: { text: `${TYPE_LABELS[f.type].one} : ${f.masked}${f.locator ? ` (${f.locator})` : ''}` },
    locations: [{ physicalLocation, ...(f.locator ? { logicalLocations: [{ name: f.locator, kind: 'element' }] } : {}) }],
  });
}

/** Closes the results array and records per-file errors as notifications. */
export function sarifTail(errors: FileReport[], interrupted: boolean): string {
  const notifications = errors.map((r) => ({
    level: 'warning',
    message: { text: r.error!.message },
    descriptor: { id: r.error!.code },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToFileURL(r.path).href } } }],
  }));
  return `],${JSON.stringify({ invocations: [{ executionSuccessful: !interrupted, toolExecutionNotifications: notifications }] }).slice(1, -1)}}]}\n`;
}
