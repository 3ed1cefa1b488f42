// The journalist list: search and filters in the URL, paging by the storage continuation token.
import { h, append, clear, field, select, table } from '../dom.js';
import { get, withQuery } from '../api.js';
import { t } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, errorAlert, loading, empty, linkButton } from '../ui.js';

const textFilters = ['q', 'beat', 'mediaType', 'city', 'outlet', 'owner'];
export const mediaTypes = ['presse écrite', 'web', 'tv', 'radio', 'agence', 'podcast', 'newsletter'];
export const contactLanguages = ['fr', 'en', 'de', 'es', 'it', 'nl'];

export async function render(container, context) {
  const filters = Object.fromEntries([...textFilters, 'language', 'optedOut', 'bounced', 'continuationToken']
    .map(key => [key, context.query.get(key) ?? '']));
  context.setTitle(t('contacts.title'));

  const results = h('div', { class: 'results', 'aria-live': 'polite' }, loading());
  append(container, 
    pageHeader(t('contacts.title'), { actions: [
      linkButton(t('contacts.new'), '#/contacts/new', { kind: 'primary', 'data-testid': 'contact-new' }),
      linkButton(t('contacts.import'), '#/contacts/import', { 'data-testid': 'contact-import' }),
      linkButton(t('segments.title'), '#/contacts/segments'),
    ] }),
    filterForm(filters),
    results,
    exportPanel());

  let page;
  try {
    page = await get(withQuery('/api/contacts', filters), { signal: context.signal });
  } catch (error) {
    append(clear(results), errorAlert(error));
    return;
  }
  const items = Array.isArray(page) ? page : page?.items ?? page?.contacts ?? [];
  const next = Array.isArray(page) ? null : page?.continuationToken ?? page?.next ?? null;
  clear(results);
  if (!items.length) {
    append(results, empty(filters.continuationToken ? t('contacts.noMore') : t('contacts.empty')));
  } else {
    append(results, table([
      { label: t('contacts.col.name'), cell: c => h('a', { href: href(['contacts', c.email]), 'data-testid': 'contact-link' }, displayName(c)) },
      { label: t('contacts.col.email'), cell: c => h('span', { class: 'email' }, c.email) },
      { label: t('contacts.col.outlet'), cell: c => c.outlet ?? '' },
      { label: t('contacts.col.mediaType'), cell: c => c.mediaType ?? '' },
      { label: t('contacts.col.city'), cell: c => c.city ?? '' },
      { label: t('contacts.col.language'), className: 'col-narrow', cell: c => (c.language ?? '').toUpperCase() },
      { label: t('contacts.col.status'), cell: c => contactFlags(c) },
    ], items, { caption: t('contacts.title') }));
  }
  const { continuationToken, ...withoutToken } = filters;
  append(results, h('nav', { class: 'pager', 'aria-label': t('common.paging') },
    continuationToken ? h('a', { href: href(['contacts'], withoutToken) }, t('common.firstPage')) : null,
    next ? h('a', { href: href(['contacts'], { ...withoutToken, continuationToken: next }), 'data-testid': 'next-page', rel: 'next' }, t('common.nextPage')) : null));
}

export function displayName(contact) {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  return name || contact.displayName || contact.email;
}

export function contactFlags(contact) {
  const flags = [];
  if (contact.optedOut) flags.push(h('span', { class: 'badge badge-warning' }, t('contacts.optedOut')));
  if (contact.hardBounced || contact.bounced) flags.push(h('span', { class: 'badge badge-danger' }, t('contacts.bounced')));
  if (contact.erased) flags.push(h('span', { class: 'badge badge-muted' }, t('contacts.erased')));
  return flags.length ? h('span', { class: 'badges' }, flags) : h('span', { class: 'muted' }, t('contacts.reachable'));
}

function filterForm(filters) {
  const inputs = Object.fromEntries(textFilters.map(key => [key, h('input', {
    type: key === 'q' ? 'search' : 'text', name: key, value: filters[key], autocomplete: 'off',
    list: key === 'mediaType' ? 'media-types' : null,
  })]));
  const language = select([{ value: '', label: t('common.any') }, ...contactLanguages.map(l => ({ value: l, label: l.toUpperCase() }))], { value: filters.language, name: 'language' });
  const tri = (name, value) => select([
    { value: '', label: t('common.any') }, { value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') },
  ], { value, name });
  const optedOut = tri('optedOut', filters.optedOut);
  const bounced = tri('bounced', filters.bounced);
  const apply = () => navigate(['contacts'], {
    ...Object.fromEntries(textFilters.map(key => [key, inputs[key].value.trim()])),
    language: language.value, optedOut: optedOut.value, bounced: bounced.value,
  });
  return h('form', { class: 'filters', role: 'search', 'aria-label': t('contacts.filter.label'), on: { submit: e => { e.preventDefault(); apply(); } } },
    field(t('contacts.filter.q'), inputs.q, { className: 'field-wide' }),
    field(t('contacts.filter.beat'), inputs.beat),
    field(t('contacts.filter.mediaType'), inputs.mediaType),
    h('datalist', { id: 'media-types' }, mediaTypes.map(m => h('option', { value: m }))),
    field(t('contacts.filter.city'), inputs.city),
    field(t('contacts.filter.language'), language),
    field(t('contacts.filter.outlet'), inputs.outlet),
    field(t('contacts.filter.owner'), inputs.owner),
    field(t('contacts.filter.optedOut'), optedOut),
    field(t('contacts.filter.bounced'), bounced),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button button-secondary', 'data-testid': 'contacts-search' }, t('common.search')),
      h('a', { href: '#/contacts', class: 'button button-link' }, t('common.reset'))));
}

function exportPanel() {
  const delimiter = select([
    { value: ';', label: t('contacts.export.semicolon') },
    { value: ',', label: t('contacts.export.comma') },
  ], { value: ';' });
  const link = h('a', { class: 'button button-secondary', href: '/api/contacts/export?delimiter=%3B', download: 'contacts.csv' }, t('contacts.export.download'));
  delimiter.addEventListener('change', () => link.setAttribute('href', withQuery('/api/contacts/export', { delimiter: delimiter.value })));
  return h('section', { class: 'panel panel-quiet', 'aria-label': t('contacts.export.title') },
    h('h2', {}, t('contacts.export.title')),
    h('p', { class: 'hint' }, t('contacts.export.hint')),
    h('div', { class: 'inline-form' }, field(t('contacts.export.delimiter'), delimiter), link));
}
