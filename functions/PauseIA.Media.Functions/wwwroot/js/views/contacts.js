// The journalist list: search and filters in the URL, paging by the storage continuation token,
// filter suggestions from the list's own facets.
import { h, append, clear, field, select, table } from '../dom.js';
import { get, withQuery } from '../api.js';
import { t, tOr, formatNumber } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, errorAlert, loading, empty, linkButton } from '../ui.js';

const textFilters = ['q', 'beat', 'city', 'outlet', 'owner'];
/** MediaType in the domain, as JSON writes it. */
export const mediaTypes = ['print', 'tv', 'radio', 'web', 'agency'];
export const contactLanguages = ['fr', 'en', 'de', 'es', 'it', 'nl'];
const facetLists = { beat: 'beats', city: 'cities', outlet: 'outlets', owner: 'owners' };

export async function render(container, context) {
  const filters = Object.fromEntries([...textFilters, 'mediaType', 'language', 'optedOut', 'bounced', 'reviewDue', 'continuation']
    .map(key => [key, context.query.get(key) ?? '']));
  context.setTitle(t('contacts.title'));

  const summary = h('p', { class: 'result-count' });
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, loading());
  const form = filterForm(filters);
  append(container,
    pageHeader(t('contacts.title'), { actions: [
      linkButton(t('contacts.new'), '#/contacts/new', { kind: 'primary', 'data-testid': 'contact-new' }),
      linkButton(t('contacts.import'), '#/contacts/import', { 'data-testid': 'contact-import' }),
      linkButton(t('segments.title'), '#/contacts/segments'),
      linkButton(t('duplicates.title'), '#/contacts/duplicates'),
    ] }),
    form.element,
    summary,
    results,
    exportPanel(filters));

  get('/api/contacts/facets', { signal: context.signal })
    .then(facets => { form.suggest(facets); append(clear(summary), t('contacts.summary', { total: formatNumber(facets.total), optedOut: formatNumber(facets.optedOut), bounced: formatNumber(facets.hardBounced) })); })
    .catch(() => { /* suggestions are a convenience; the list below says if the API is down */ });

  let page;
  try {
    page = await get(withQuery('/api/contacts', filters), { signal: context.signal });
  } catch (error) {
    append(clear(results), errorAlert(error));
    return;
  }
  const items = page?.items ?? [];
  clear(results);
  if (!items.length) {
    append(results, empty(filters.continuation ? t('contacts.noMore') : t('contacts.empty')));
  } else {
    append(results, table([
      { label: t('contacts.col.name'), cell: c => h('a', { href: href(['contacts', c.email]), 'data-testid': 'contact-link' }, displayName(c)) },
      { label: t('contacts.col.email'), cell: c => h('span', { class: 'email' }, c.email) },
      { label: t('contacts.col.outlet'), cell: c => c.outlet ?? '' },
      { label: t('contacts.col.mediaType'), cell: c => mediaTypeLabel(c.mediaType) },
      { label: t('contacts.col.city'), cell: c => c.city ?? '' },
      { label: t('contacts.col.language'), className: 'col-narrow', cell: c => (c.language ?? '').toUpperCase() },
      { label: t('contacts.col.status'), cell: c => contactFlags(c) },
    ], items, { caption: t('contacts.title'), rowProps: c => ({ 'data-email': c.email }) }));
  }
  const { continuation, ...withoutPage } = filters;
  append(results, h('nav', { class: 'pager', 'aria-label': t('common.paging') },
    continuation ? h('a', { href: href(['contacts'], withoutPage) }, t('common.firstPage')) : null,
    page?.continuation ? h('a', { href: href(['contacts'], { ...withoutPage, continuation: page.continuation }), 'data-testid': 'next-page', rel: 'next' }, t('common.nextPage')) : null));
}

export function displayName(contact) {
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  return name || contact.email;
}

export const mediaTypeLabel = value => (value ? tOr(`mediaType.${value}`, value) : '');

export function contactFlags(contact) {
  const flags = [];
  if (contact.optedOut) flags.push(h('span', { class: 'badge badge-warning' }, t('contacts.optedOut')));
  if (contact.hardBounced) flags.push(h('span', { class: 'badge badge-danger' }, t('contacts.bounced')));
  if (contact.reviewFlaggedAt) flags.push(h('span', { class: 'badge badge-muted' }, t('contacts.reviewDue')));
  return flags.length ? h('span', { class: 'badges' }, flags) : h('span', { class: 'muted' }, t('contacts.reachable'));
}

function filterForm(filters) {
  const lists = Object.fromEntries(Object.keys(facetLists).map(key => [key, h('datalist', { id: `facet-${key}` })]));
  const inputs = Object.fromEntries(textFilters.map(key => [key, h('input', {
    type: key === 'q' ? 'search' : 'text', name: key, value: filters[key], autocomplete: 'off', list: lists[key] ? `facet-${key}` : null,
  })]));
  const mediaType = select([{ value: '', label: t('common.any') }, ...mediaTypes.map(m => ({ value: m, label: mediaTypeLabel(m) }))], { value: filters.mediaType, name: 'mediaType' });
  const language = select([{ value: '', label: t('common.any') }, ...contactLanguages.map(l => ({ value: l, label: l.toUpperCase() }))], { value: filters.language, name: 'language' });
  const tri = (name, value) => select([
    { value: '', label: t('common.any') }, { value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') },
  ], { value, name });
  const optedOut = tri('optedOut', filters.optedOut);
  const bounced = tri('bounced', filters.bounced);
  const reviewDue = tri('reviewDue', filters.reviewDue);
  const apply = () => navigate(['contacts'], {
    ...Object.fromEntries(textFilters.map(key => [key, inputs[key].value.trim()])),
    mediaType: mediaType.value, language: language.value, optedOut: optedOut.value, bounced: bounced.value, reviewDue: reviewDue.value,
  });
  for (const control of [mediaType, language, optedOut, bounced, reviewDue]) control.addEventListener('change', apply);
  const element = h('form', { class: 'filters', role: 'search', 'aria-label': t('contacts.filter.label'), on: { submit: e => { e.preventDefault(); apply(); } } },
    field(t('contacts.filter.q'), inputs.q, { className: 'field-wide' }),
    field(t('contacts.filter.beat'), inputs.beat),
    field(t('contacts.filter.mediaType'), mediaType),
    field(t('contacts.filter.city'), inputs.city),
    field(t('contacts.filter.language'), language),
    field(t('contacts.filter.outlet'), inputs.outlet),
    field(t('contacts.filter.owner'), inputs.owner),
    field(t('contacts.filter.optedOut'), optedOut),
    field(t('contacts.filter.bounced'), bounced),
    field(t('contacts.filter.reviewDue'), reviewDue),
    Object.values(lists),
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'button button-secondary', 'data-testid': 'contacts-search' }, t('common.search')),
      h('a', { href: '#/contacts', class: 'button button-link' }, t('common.reset'))));
  const suggest = facets => {
    for (const [key, list] of Object.entries(lists)) {
      append(clear(list), (facets?.[facetLists[key]] ?? []).map(f => h('option', { value: f.value }, `${f.value} (${f.count})`)));
    }
  };
  return { element, suggest };
}

function exportPanel(filters) {
  const delimiter = select([
    { value: ';', label: t('contacts.export.semicolon') },
    { value: ',', label: t('contacts.export.comma') },
  ], { value: ';' });
  const { continuation, ...exportFilters } = filters;
  const url = () => withQuery('/api/contacts/export', { ...exportFilters, delimiter: delimiter.value });
  const link = h('a', { class: 'button button-secondary', href: url(), download: '', 'data-testid': 'contacts-export' }, t('contacts.export.download'));
  delimiter.addEventListener('change', () => link.setAttribute('href', url()));
  return h('section', { class: 'panel panel-quiet', 'aria-labelledby': 'export-title' },
    h('h2', { id: 'export-title' }, t('contacts.export.title')),
    h('p', { class: 'hint' }, t('contacts.export.hint')),
    h('div', { class: 'inline-form' }, field(t('contacts.export.delimiter'), delimiter), link));
}
