// Saved segments of the contact list, and for each the manifest it resolves to today.
import { h, append, clear, field, select, table } from '../dom.js';
import { get, post, segment } from '../api.js';
import { t } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, section, errorAlert, loading, empty, run, announce } from '../ui.js';
import { manifestView } from '../manifest.js';
import { contactLanguages, mediaTypes } from './contacts.js';

export async function render(container, context) {
  return context.params.segmentId ? renderOne(container, context) : renderList(container, context);
}

async function renderList(container, context) {
  context.setTitle(t('segments.title'));
  const results = h('div', { class: 'results' }, loading());
  append(container, pageHeader(t('segments.title'), { back: { href: '#/contacts', label: t('contacts.title') }, subtitle: t('segments.subtitle') }),
    results, section(t('segments.new'), newSegmentForm(context)));
  try {
    const list = await get('/api/segments', { signal: context.signal });
    const items = Array.isArray(list) ? list : list?.items ?? [];
    append(clear(results), items.length ? table([
      { label: t('segments.name'), cell: s => h('a', { href: href(['contacts', 'segments', s.id]) }, s.name ?? s.id) },
      { label: t('segments.criteria'), cell: s => criteriaText(s.filter ?? s.criteria ?? {}) },
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
      get(`/api/segments/${segment(id)}`, { signal: context.signal }),
      get(`/api/segments/${segment(id)}/manifest`, { signal: context.signal }),
    ]);
    append(clear(container), 
      pageHeader(seg.name ?? id, { back: { href: '#/contacts/segments', label: t('segments.title') }, subtitle: criteriaText(seg.filter ?? seg.criteria ?? {}) }),
      section(t('segments.manifest'), manifestView(manifest)));
  } catch (error) {
    append(clear(container), pageHeader(id, { back: { href: '#/contacts/segments', label: t('segments.title') } }), errorAlert(error));
  }
}

const criteriaKeys = ['beat', 'mediaType', 'city', 'language', 'outlet'];

function criteriaText(filter) {
  const parts = criteriaKeys.filter(k => filter[k]).map(k => `${t(`contacts.filter.${k}`)} : ${filter[k]}`);
  return parts.length ? parts.join(' · ') : t('segments.everyone');
}

function newSegmentForm(context) {
  const name = h('input', { type: 'text', name: 'name', required: true });
  const inputs = {
    beat: h('input', { type: 'text', name: 'beat' }),
    mediaType: h('input', { type: 'text', name: 'mediaType', list: 'segment-media-types' }),
    city: h('input', { type: 'text', name: 'city' }),
    language: select([{ value: '', label: t('common.any') }, ...contactLanguages.map(l => ({ value: l, label: l.toUpperCase() }))], { name: 'language' }),
    outlet: h('input', { type: 'text', name: 'outlet' }),
  };
  const errorSlot = h('div', { class: 'error-slot' });
  return h('form', { class: 'form-grid', on: { submit: async e => {
    e.preventDefault();
    const filter = Object.fromEntries(criteriaKeys.map(k => [k, inputs[k].value.trim() || null]).filter(([, v]) => v));
    const created = await run(() => post('/api/segments', { name: name.value.trim(), filter }, { signal: context.signal }), { button: e.submitter, errorSlot });
    if (created === undefined) return;
    announce(t('segments.created'));
    navigate(['contacts', 'segments', created?.id ?? '']);
  } } },
  field(t('segments.name'), name, { className: 'field-full' }),
  criteriaKeys.map(k => field(t(`contacts.filter.${k}`), inputs[k])),
  h('datalist', { id: 'segment-media-types' }, mediaTypes.map(m => h('option', { value: m }))),
  h('div', { class: 'field-full' }, errorSlot),
  h('div', { class: 'form-actions field-full' }, h('button', { type: 'submit', class: 'button button-primary' }, t('segments.create'))));
}
