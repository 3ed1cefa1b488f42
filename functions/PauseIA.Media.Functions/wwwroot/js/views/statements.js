// Statements by state: what is being drafted, waiting for review or sign-off, scheduled, sent.
import { h, append, clear, table } from '../dom.js';
import { get, withQuery } from '../api.js';
import { t, tOr, formatDateTime } from '../i18n.js';
import { href } from '../router.js';
import { pageHeader, errorAlert, loading, empty, linkButton, badge, tabs } from '../ui.js';
import { statementStates } from '../statements-model.js';
import { audienceText } from '../statement-parts.js';

export async function render(container, context) {
  const state = context.query.get('state') ?? '';
  context.setTitle(t('statements.title'));
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, loading());
  append(container,
    pageHeader(t('statements.title'), { actions: [linkButton(t('statements.new'), '#/statements/new', { kind: 'primary', 'data-testid': 'statement-new' })] }),
    tabs(t('statements.byState'), [
      { key: '', label: t('statements.all'), href: '#/statements' },
      ...statementStates.map(s => ({ key: s, label: tOr(`state.${s}`, s), href: href(['statements'], { state: s }) })),
    ], state),
    results);

  let items;
  try {
    items = await get(withQuery('/api/statements', { state }), { signal: context.signal }) ?? [];
  } catch (error) {
    append(clear(results), errorAlert(error));
    return;
  }
  items.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)));
  append(clear(results), items.length ? table([
    { label: t('statements.col.title'), cell: s => [h('a', { href: href(['statements', s.id]), 'data-testid': 'statement-link' }, s.title || t('statements.untitled')),
      s.languages?.length > 1 ? h('span', { class: 'muted' }, ` · ${s.languages.map(l => String(l).toUpperCase()).join(' · ')}`) : null] },
    { label: t('statements.col.state'), cell: s => badge('state', s.state) },
    { label: t('statements.col.kind'), cell: s => tOr(`statementKind.${s.kind}`, s.kind) },
    { label: t('statements.col.audience'), cell: s => audienceText(s.audience) },
    { label: t('statements.col.author'), cell: s => s.author },
    { label: t('statements.col.updated'), cell: s => formatDateTime(s.updatedAt) },
  ], items, { caption: t('statements.title'), rowProps: s => ({ 'data-id': s.id }) }) : empty(state ? t('statements.emptyState') : t('statements.empty')));
}
