// Shows the server's diff between two versions of a statement (VersionDiff): lines added or
// removed, and in a changed line the words that changed, so a reviewer reads only what moved.
import { h } from './dom.js';
import { t } from './i18n.js';
import { empty } from './ui.js';

const kindOf = piece => String(piece?.type ?? 'unchanged').toLowerCase();

/**
 * diff: { from, to, summary: { inserted, deleted, modified }, rows: [{ old, new }] } where each
 * cell is { number, type, text, words: [{ type, text }] } (side by side, DiffPlex's model).
 * A modified row shows as the old line with its removed words, then the new line with its added
 * words. Runs of unchanged lines longer than twice `context` are folded.
 */
export function diffView(diff, { context = 2 } = {}) {
  const lines = toLines(diff?.rows ?? []);
  if (!lines.some(line => line.kind !== 'unchanged')) return empty(t('diff.noChanges'));
  const changed = lines.map(line => line.kind !== 'unchanged');
  const keep = lines.map((_, i) => changed.slice(Math.max(0, i - context), i + context + 1).some(Boolean));

  const items = [];
  for (let i = 0; i < lines.length; i++) {
    if (keep[i]) {
      items.push(lineView(lines[i]));
      continue;
    }
    let j = i;
    while (j < lines.length && !keep[j]) j++;
    items.push(h('li', { class: 'diff-line diff-fold' }, t('diff.folded', { count: j - i })));
    i = j - 1;
  }
  return h('ol', { class: 'diff', 'data-testid': 'diff', 'aria-label': t('diff.label') }, items);
}

/** Rows to display lines: one per unchanged row, the old then the new line of a changed one. */
function toLines(rows) {
  const lines = [];
  for (const row of rows) {
    const oldKind = row.old ? kindOf(row.old) : null;
    const newKind = row.new ? kindOf(row.new) : null;
    if (oldKind === 'unchanged' && newKind === 'unchanged') {
      lines.push({ kind: 'unchanged', number: row.new.number, text: row.new.text });
      continue;
    }
    if (row.old && oldKind !== 'imaginary' && oldKind !== 'unchanged') {
      lines.push({ kind: 'deleted', number: row.old.number, text: row.old.text, words: oldKind === 'modified' ? row.old.words : null });
    }
    if (row.new && newKind !== 'imaginary' && newKind !== 'unchanged') {
      lines.push({ kind: 'inserted', number: row.new.number, text: row.new.text, words: newKind === 'modified' ? row.new.words : null });
    }
  }
  return lines;
}

function lineView(line) {
  const marker = { inserted: '+', deleted: '−', unchanged: ' ' }[line.kind];
  const content = line.words?.length
    ? line.words.filter(w => kindOf(w) !== 'imaginary').map(wordView)
    : line.kind === 'inserted' ? h('ins', {}, line.text) : line.kind === 'deleted' ? h('del', {}, line.text) : line.text;
  return h('li', { class: ['diff-line', `diff-${line.kind}`, line.words?.length ? 'diff-words' : null], 'data-change': line.kind },
    h('span', { class: 'diff-number', 'aria-hidden': 'true' }, line.number ?? ''),
    h('span', { class: 'diff-marker', 'aria-hidden': 'true' }, marker),
    line.kind !== 'unchanged' ? h('span', { class: 'visually-hidden' }, `${t(`diff.${line.kind}`)} : `) : null,
    h('span', { class: 'diff-text' }, content));
}

function wordView(word) {
  const kind = kindOf(word);
  if (kind === 'inserted') return h('ins', { class: 'diff-word' }, word.text);
  if (kind === 'deleted') return h('del', { class: 'diff-word' }, word.text);
  if (kind === 'modified') return h('mark', { class: 'diff-word' }, word.text);
  return word.text;
}
