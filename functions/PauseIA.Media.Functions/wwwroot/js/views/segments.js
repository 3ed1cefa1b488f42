// Saved segments of the contact list, and for each the manifest it resolves to today:
// who a statement sent to it would reach, and who would be left out and why.
import { h, append, clear, field, select, table } from '../dom.js';
import { get, post, segment } from '../api.js';
import { t, formatDateTime } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, section, errorAlert, loading, empty, run, announce, button } from '../ui.js';
import { manifestView } from '../manifest.js';
import { contactLanguages, mediaTypes, mediaTypeLabel } from './contacts.js';

export const segmentsPath = '/api/contacts/segments';

export async function render(container, context) {
  return context.params.segmentId ? renderOne(container, context) : renderList(container, context);
}

async function renderList(container, context) {
  context.setTitle(t('segments.title'));
  const results = h('div', { class: 'results' }, loading());
  append(container, pageHeader(t('segments.title'), { back: { href: '#/contacts', label: t('contacts.title') }, subtitle: t('segments.subtitle') }),
    results, section(t('segments.new'), newSegmentForm(context)));
  try {
    const items = await get(segmentsPath, { signal: context.signal }) ?? [];
    append(clear(results), items.length ? table([
      { label: t('segments.name'), cell: s => h('a', { href: href(['contacts', 'segments', s.id]) }, s.name) },
      { label: t('segments.criteria'), cell: s => criteriaText(s.filter) },
      { label: t('segments.updated'), cell: s => formatDateTime(s.updatedAt) },
    ], items, { caption: t('segments.title') }) : empty(t('segments.empty')));
  } catch (error) {
    append(clear(results), errorAlert(error));
  }
}

async function renderOne(container, context) {
  const id = context.params.segmentId;
  context.setTitle(t('segments.title'));
  append(container, loading());
  try {
    const [seg, manifest] = await Promise.all([
      get(`${segmentsPath}/${segment(id)}`, { signal: context.signal }),
      get(`${segmentsPath}/${segment(id)}/manifest`, { signal: context.signal }),
    ]);
    context.setTitle(seg.name);
    append(clear(container),
      pageHeader(seg.name, { back: { href: '#/contacts/segments', label: t('segments.title') }, subtitle: seg.description }),
      section(t('segments.criteria'), h('p', {}, criteriaText(seg.filter))),
      section(t('segments.manifest'), manifestView(manifest)));
  } catch (error) {
    append(clear(container), pageHeader(id, { back: { href: '#/contacts/segments', label: t('segments.title') } }), errorAlert(error));
  }
}

const listKeys = [['beats', 'contacts.filter.beat'], ['cities', 'contacts.filter.city'], ['outlets', 'contacts.filter.outlet'], ['owners', 'contacts.filter.owner']];

/** "Thématique : tech, ia · Ville : Lyon" from a ContactFilter. */
export function criteriaText(filter = {}) {
  const parts = [];
  if (filter.text) parts.push(`${t('contacts.filter.q')} : ${filter.text}`);
  for (const [key, label] of listKeys) if (filter[key]?.length) parts.push(`${t(label)} : ${filter[key].join(', ')}`);
  if (filter.mediaTypes?.length) parts.push(`${t('contacts.filter.mediaType')} : ${filter.mediaTypes.map(mediaTypeLabel).join(', ')}`);
  if (filter.languages?.length) parts.push(`${t('contacts.filter.language')} : ${filter.languages.map(l => l.toUpperCase()).join(', ')}`);
  return parts.length ? parts.join(' · ') : t('segments.everyone');
}

const splitList = value => value.split(',').map(v => v.trim()).filter(Boolean);

function newSegmentForm(context) {
  const name = h('input', { type: 'text', name: 'name', required: true, 'data-testid': 'segment-name' });
  const description = h('input', { type: 'text', name: 'description' });
  const text = h('input', { type: 'text', name: 'text' });
  const lists = Object.fromEntries(listKeys.map(([key]) => [key, h('input', { type: 'text', name: key })]));
  const mediaType = select([{ value: '', label: t('common.any') }, ...mediaTypes.map(m => ({ value: m, label: mediaTypeLabel(m) }))], { name: 'mediaType' });
  const language = select([{ value: '', label: t('common.any') }, ...contactLanguages.map(l => ({ value: l, label: l.toUpperCase() }))], { name: 'language' });
  const errorSlot = h('div', { class: 'error-slot' });
  const preview = h('div', { class: 'field-full', 'aria-live': 'polite' });
  const filter = () => ({
    text: text.value.trim() || null,
    ...Object.fromEntries(listKeys.map(([key]) => [key, splitList(lists[key].value)])),
    mediaTypes: mediaType.value ? [mediaType.value] : [],
    languages: language.value ? [language.value] : [],
  });
  return h('form', { class: 'form-grid', on: { submit: async e => {
    e.preventDefault();
    const created = await run(() => post(segmentsPath, { name: name.value.trim(), description: description.value.trim() || null, filter: filter() }, { signal: context.signal }),
      { button: e.submitter, errorSlot });
    if (created === undefined) return;
    announce(t('segments.created'));
    navigate(['contacts', 'segments', created.id]);
  } } },
  field(t('segments.name'), name),
  field(t('segments.description'), description),
  field(t('contacts.filter.q'), text),
  listKeys.map(([key, label]) => field(t(label), lists[key], { hint: t('segments.listHint') })),
  field(t('contacts.filter.mediaType'), mediaType),
  field(t('contacts.filter.language'), language),
  h('div', { class: 'field-full' }, errorSlot),
  h('div', { class: 'form-actions field-full' },
    h('button', { type: 'submit', class: 'button button-primary' }, t('segments.create')),
    button(t('segments.preview'), async e => {
      const manifest = await run(() => post(`${segmentsPath}/preview`, filter(), { signal: context.signal }), { button: e.currentTarget, errorSlot });
      if (manifest !== undefined) append(clear(preview), manifestView(manifest));
    })),
  preview);
}
