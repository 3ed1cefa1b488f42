// A statement's language versions side by side, block by block (title, then the paragraphs,
// headings and lists of the Markdown as written), the reader's language first. Blocks the
// consistency check points at are marked, so a reviewer who reads one language sees where the
// other says something else.
import { h, table } from './dom.js';
import { t } from './i18n.js';
import { flaggedLines } from './consistency.js';
import { languageName } from './statement-languages.js';

export function sideBySide(statement, report, languages) {
  const texts = Object.fromEntries(languages.map(code => [code, textOf(statement, code)]));
  const columns = Object.fromEntries(languages.map(code => [code, blocksOf(texts[code])]));
  const flagged = Object.fromEntries(languages.map(code => [code, flaggedLines(report, code)]));
  const rows = Math.max(...languages.map(code => columns[code].length));
  return h('div', { class: 'side-by-side', 'data-testid': 'side-by-side' }, table(
    languages.map(code => ({
      label: languageName(code),
      cell: i => {
        const block = columns[code][i];
        if (!block) return '';
        const marked = [...flagged[code]].some(line => line >= block.first && line <= block.last);
        return h('div', { class: ['block', marked ? 'flagged' : null], lang: code, 'data-language': code, 'data-flagged': marked ? 'true' : null }, block.text);
      },
    })),
    [...Array(rows).keys()],
    { caption: t('review.sideBySide'), rowProps: i => ({ 'data-row': i }) }));
}

function textOf(statement, code) {
  if (code === statement.language) return { title: statement.title, markdown: statement.markdown ?? '' };
  const translation = (statement.translations ?? []).find(tr => tr.language === code);
  return { title: translation?.title, markdown: translation?.markdown ?? '' };
}

/** The title, then the Markdown's blocks (separated by blank lines) with the lines each spans, front matter left out. */
function blocksOf({ title, markdown }) {
  const lines = String(markdown).replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  if (/^\uFEFF?---\s*$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (end > 0) start = end + 1;
  }
  const blocks = title ? [{ text: title, first: 0, last: 0 }] : [];
  let current = null;
  for (let i = start; i < lines.length; i++) {
    if (!lines[i].trim()) { current = null; continue; }
    if (!current) { current = { text: lines[i], first: i + 1, last: i + 1 }; blocks.push(current); continue; }
    current.text += `\n${lines[i]}`;
    current.last = i + 1;
  }
  return blocks;
}
