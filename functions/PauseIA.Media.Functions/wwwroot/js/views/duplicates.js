// Likely duplicates on the list (same name and outlet), and merging one contact into another:
// both timelines are kept, and the versions compared here must still be current.
import { h, append, clear } from '../dom.js';
import { get, post } from '../api.js';
import { t, tOr, formatDateTime } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, section, errorAlert, loading, empty, button, run, announce, confirmAction } from '../ui.js';
import { displayName, contactFlags, mediaTypeLabel } from './contacts.js';

export async function render(container, context) {
  context.setTitle(t('duplicates.title'));
  const results = h('div', { class: 'results' }, loading());
  append(container, pageHeader(t('duplicates.title'), { back: { href: '#/contacts', label: t('contacts.title') }, subtitle: t('duplicates.subtitle') }), results);
  let groups;
  try {
    groups = await get('/api/contacts/duplicates', { signal: context.signal }) ?? [];
  } catch (error) {
    append(clear(results), errorAlert(error));
    return;
  }
  append(clear(results), groups.length
    ? groups.map((group, i) => section(t('duplicates.group', { n: i + 1, reason: tOr(`duplicates.reason.${group.reason}`, group.reason) }), groupView(group, context)))
    : empty(t('duplicates.none')));
}

function groupView(group, context) {
  const errorSlot = h('div', { class: 'error-slot' });
  const [first, ...others] = group.contacts;
  const merge = (keep, gone) => async e => {
    if (!confirmAction(t('duplicates.confirm', { gone: gone.email, keep: keep.email }))) return;
    const kept = await run(() => post('/api/contacts/merge',
      { keep: keep.email, merge: gone.email, keepETag: keep.etag, mergeETag: gone.etag }, { signal: context.signal }),
    { button: e.currentTarget, errorSlot });
    if (kept === undefined) return;
    announce(t('duplicates.merged'));
    navigate(['contacts', kept.email ?? keep.email]);
  };
  return h('div', { class: 'duplicate-group' },
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, [t('contacts.col.name'), t('contacts.col.email'), t('contacts.col.outlet'), t('contacts.col.mediaType'), t('contact.updatedAt'), t('contacts.col.status')]
        .map(label => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, group.contacts.map(c => h('tr', {},
        h('td', {}, h('a', { href: href(['contacts', c.email]) }, displayName(c))),
        h('td', { class: 'email' }, c.email),
        h('td', {}, c.outlet ?? ''),
        h('td', {}, mediaTypeLabel(c.mediaType)),
        h('td', {}, formatDateTime(c.updatedAt)),
        h('td', {}, contactFlags(c))))))),
    errorSlot,
    h('div', { class: 'button-row' }, others.flatMap(other => [
      button(t('duplicates.mergeInto', { gone: other.email, keep: first.email }), merge(first, other)),
      button(t('duplicates.mergeInto', { gone: first.email, keep: other.email }), merge(other, first)),
    ])));
}
