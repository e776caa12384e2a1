// HTML rendering of a structured document: a complete page (standalone download) or the
// bare fragment (to paste into a website). Every text goes through escapeHtml.
import { escapeHtml as h } from './escape.ts';
import type { Block, Section, StructuredDocument } from './structure.ts';

function block(b: Block, indent: string): string[] {
  switch (b.type) {
    case 'paragraph':
      return [`${indent}<p>${h(b.text)}</p>`];
    case 'list':
      return b.items.length ? [`${indent}<ul>`, ...b.items.map((i) => `${indent}  <li>${h(i)}</li>`), `${indent}</ul>`] : [];
    case 'fields': {
      const out = [`${indent}<dl>`];
      for (const f of b.items) {
        out.push(`${indent}  <dt>${h(f.label)}</dt>`);
        if (Array.isArray(f.value)) {
          out.push(
            f.value.length
              ? `${indent}  <dd><ul>${f.value.map((v) => `<li>${h(v)}</li>`).join('')}</ul></dd>`
              : `${indent}  <dd>—</dd>`,
          );
        } else {
          out.push(`${indent}  <dd>${h(f.value) || '—'}</dd>`);
        }
      }
      return [...out, `${indent}</dl>`];
    }
    case 'table':
      return [
        `${indent}<table>`,
        `${indent}  <thead><tr>${b.columns.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>`,
        `${indent}  <tbody>`,
        ...b.rows.map((r) => `${indent}    <tr>${r.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`),
        `${indent}  </tbody>`,
        `${indent}</table>`,
      ];
  }
}

function section(s: Section, level: number, indent: string): string[] {
  const tag = `h${Math.min(level, 6)}`;
  const out = [`${indent}<section>`, `${indent}  <${tag}>${h(s.heading)}</${tag}>`];
  for (const b of s.blocks) out.push(...block(b, `${indent}  `));
  for (const sub of s.sections ?? []) out.push(...section(sub, level + 1, `${indent}  `));
  out.push(`${indent}</section>`);
  return out;
}

/** The document as an HTML fragment (an <article>), to embed in a page or a website. */
export function renderHtmlFragment(doc: StructuredDocument): string {
  const out = [`<article class="rempart-document rempart-${doc.kind}" lang="fr">`, `  <h1>${h(doc.title)}</h1>`];
  if (doc.subtitle) out.push(`  <p class="sous-titre">${h(doc.subtitle)}</p>`);
  if (doc.versionLine) out.push(`  <p class="version">${h(doc.versionLine)}</p>`);
  for (const s of doc.sections) out.push(...section(s, 2, '  '));
  if (doc.footer) out.push(`  <footer>${h(doc.footer)}</footer>`);
  out.push('</article>');
  return `${out.join('\n')}\n`;
}

const STYLE = `body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.55; color: #1d2433; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } .sous-titre, .version { color: #4a5568; margin-top: 0; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #d6e2f0; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; } h4 { font-size: 1rem; }
dt { font-weight: 600; margin-top: .5rem; } dd { margin-left: 1rem; } dd ul { margin: .2rem 0; padding-left: 1.2rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { border: 1px solid #cbd5e0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
footer { margin-top: 2.5rem; font-size: .9rem; color: #4a5568; }`;

/** The document as a standalone HTML page (download, print). */
export function renderHtmlPage(doc: StructuredDocument): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(doc.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
${renderHtmlFragment(doc)}</body>
</html>
`;
}
