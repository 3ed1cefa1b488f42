// Shows the server's diff between two versions of a statement: whole lines added or removed,
// and inside a changed line the words that changed, so a reviewer reads only what moved.
import { h } from './dom.js';
import { t } from './i18n.js';
import { empty } from './ui.js';

const kinds = { inserted: 'inserted', added: 'inserted', insert: 'inserted', deleted: 'deleted', removed: 'deleted', delete: 'deleted', modified: 'modified', changed: 'modified', unchanged: 'unchanged', imaginary: 'imaginary', equal: 'unchanged' };

const kindOf = piece => kinds[String(piece.type ?? piece.kind ?? piece.change ?? 'unchanged').toLowerCase()] ?? 'unchanged';

/**
 * lines: [{ type, text, subPieces|words: [{ type, text }] }] (DiffPlex's inline model) or the
 * same under { lines }. Unchanged runs longer than `context` lines are folded.
 */
export function diffView(diff, { context = 2 } = {}) {
  const lines = (Array.isArray(diff) ? diff : diff?.lines ?? []).filter(line => kindOf(line) !== 'imaginary');
  if (!lines.some(line => kindOf(line) !== 'unchanged')) return empty(t('diff.noChanges'));
  const keep = lines.map((line, i) => kindOf(line) !== 'unchanged'
    || lines.slice(Math.max(0, i - context), i + context + 1).some(near => kindOf(near) !== 'unchanged'));

  const items = [];
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) {
      let j = i;
      while (j < lines.length && !keep[j]) j++;
      items.push(h('li', { class: 'diff-line diff-fold' }, t('diff.folded', { count: j - i })));
      i = j - 1;
      continue;
    }
    items.push(lineView(lines[i]));
  }
  return h('ol', { class: 'diff', 'data-testid': 'diff', 'aria-label': t('diff.label') }, items);
}

function lineView(line) {
  const kind = kindOf(line);
  const words = line.subPieces ?? line.words ?? null;
  const marker = { inserted: '+', deleted: '−', modified: '~', unchanged: ' ' }[kind];
  const content = kind === 'modified' && words?.length
    ? words.filter(w => kindOf(w) !== 'imaginary').map(wordView)
    : kind === 'inserted' ? h('ins', {}, line.text ?? '') : kind === 'deleted' ? h('del', {}, line.text ?? '') : (line.text ?? '');
  return h('li', { class: `diff-line diff-${kind}`, 'data-change': kind },
    h('span', { class: 'diff-marker', 'aria-hidden': 'true' }, marker),
    kind !== 'unchanged' ? h('span', { class: 'visually-hidden' }, `${t(`diff.${kind}`)} : `) : null,
    h('span', { class: 'diff-text' }, content));
}

function wordView(word) {
  const kind = kindOf(word);
  if (kind === 'inserted') return h('ins', { class: 'diff-word' }, word.text ?? '');
  if (kind === 'deleted') return h('del', { class: 'diff-word' }, word.text ?? '');
  return word.text ?? '';
}
