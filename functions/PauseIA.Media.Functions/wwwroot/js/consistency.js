// The consistency check of a statement's language versions (ConsistencyReport): what the primary
// text and a translation do not say alike, and where it is in both. Divergences never block the
// approval: the director reads them and decides, and the approval records the report they saw.
import { h } from './dom.js';
import { t, tOr } from './i18n.js';
import { empty } from './ui.js';

export function consistencyView(report) {
  const divergences = report?.divergences ?? [];
  if ((report?.languages?.length ?? 1) < 2 && !divergences.length) return empty(t('consistency.single'));
  return h('div', { class: 'consistency', 'data-testid': 'consistency' },
    h('p', { class: ['consistency-summary', divergences.length ? 'has-divergences' : null], 'data-testid': 'consistency-summary' },
      divergences.length ? t('consistency.count', { count: divergences.length }) : t('consistency.none')),
    divergences.length ? h('ol', { class: 'divergences' }, divergences.map(d => divergenceItem(report, d))) : null,
    h('p', { class: 'hint' }, t('consistency.notBlocking')));
}

/** "paragraph 2, line 7" */
export function locationText(where) {
  if (!where) return '';
  const block = t(`consistency.block.${where.block}`, { index: where.index });
  return where.line ? `${block}, ${t('consistency.line', { line: where.line })}` : block;
}

/** The Markdown lines a report points at in one language (0 for the title): for the side-by-side view. */
export function flaggedLines(report, language) {
  const lines = new Set();
  const add = where => { if (where) lines.add(where.block === 'title' ? 0 : where.line); };
  for (const d of report?.divergences ?? []) {
    if (language === report.primary) add(d.primary?.where);
    if (language === d.language && language !== report.primary) add(d.translation?.where);
  }
  return lines;
}

function divergenceItem(report, d) {
  return h('li', { class: 'divergence', 'data-testid': 'divergence', 'data-category': d.category, 'data-language': d.language },
    h('strong', {}, tOr(`divergence.${d.category}`, d.category)),
    h('div', { class: 'divergence-sides' },
      side(report.primary, d.primary),
      d.language !== report.primary ? side(d.language, d.translation) : null),
    d.expected ? h('p', { class: 'hint' }, t('consistency.expected', { value: d.expected })) : null);
}

function side(language, s) {
  if (!s?.value && !s?.where) return null;
  return h('div', { class: 'divergence-side', 'data-language': language },
    h('span', { class: 'badge' }, String(language).toUpperCase()), ' ',
    s.value ? h('q', { class: 'divergence-value' }, s.value) : h('em', {}, t('consistency.absent')),
    s.where ? h('span', { class: 'muted' }, ` — ${locationText(s.where)}`) : null,
    s.where?.excerpt ? h('p', { class: 'divergence-excerpt' }, s.where.excerpt) : null);
}
