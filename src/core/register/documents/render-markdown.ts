// Markdown rendering of a structured document. Every text goes through escapeMarkdown;
// the only markup is the one written here (headings, lists, bold labels, tables).
import { escapeMarkdown as md } from './escape.ts';
import type { Block, Section, StructuredDocument } from './structure.ts';

function tableCell(text: string): string {
  return md(text) || ' ';
}

// Two lists in a row with the same bullet would merge into one: the second uses « * ».
type Bullet = '-' | '*';

function block(b: Block, bullet: Bullet): string[] {
  switch (b.type) {
    case 'paragraph':
      return [md(b.text), ''];
    case 'list':
      return b.items.length ? [...b.items.map((i) => `${bullet} ${md(i)}`), ''] : [];
    case 'fields': {
      const lines: string[] = [];
      for (const f of b.items) {
        if (Array.isArray(f.value)) {
          lines.push(`${bullet} **${md(f.label)}** :${f.value.length ? '' : ' —'}`);
          for (const v of f.value) lines.push(`  - ${md(v)}`);
        } else {
          lines.push(`${bullet} **${md(f.label)}** : ${md(f.value) || '—'}`);
        }
      }
      return [...lines, ''];
    }
    case 'table':
      return [
        `| ${b.columns.map(tableCell).join(' | ')} |`,
        `| ${b.columns.map(() => '---').join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map(tableCell).join(' | ')} |`),
        '',
      ];
  }
}

function section(s: Section, level: number): string[] {
  const out = [`${'#'.repeat(Math.min(level, 6))} ${md(s.heading)}`, ''];
  let previous: Block | undefined;
  let bullet: Bullet = '-';
  for (const b of s.blocks) {
    const isList = b.type === 'list' || b.type === 'fields';
    const wasList = previous !== undefined && (previous.type === 'list' || previous.type === 'fields');
    bullet = isList && wasList ? (bullet === '-' ? '*' : '-') : '-';
    out.push(...block(b, bullet));
    previous = b;
  }
  for (const sub of s.sections ?? []) out.push(...section(sub, level + 1));
  return out;
}

export function renderMarkdown(doc: StructuredDocument): string {
  const out = [`# ${md(doc.title)}`, ''];
  if (doc.subtitle) out.push(`*${md(doc.subtitle)}*`, '');
  if (doc.versionLine) out.push(`_${md(doc.versionLine)}_`, '');
  for (const s of doc.sections) out.push(...section(s, 2));
  if (doc.footer) out.push('---', '', md(doc.footer), '');
  return out.join('\n').replace(/\n+$/, '\n');
}
