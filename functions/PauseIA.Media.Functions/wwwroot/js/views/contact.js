// A contact's card: what we know, whether they can be mailed, and everything that happened with them.
import { h, append, clear, facts } from '../dom.js';
import { get, request, segment } from '../api.js';
import { t, tOr, formatDateTime } from '../i18n.js';
import { href, navigate } from '../router.js';
import { isAdmin } from '../session.js';
import { pageHeader, section, errorAlert, loading, linkButton, button, run, announce, confirmAction } from '../ui.js';
import { timeline } from '../timeline.js';
import { displayName, contactFlags } from './contacts.js';

export async function render(container, context) {
  const email = context.params.email;
  const path = `/api/contacts/${segment(email)}`;
  context.setTitle(email);
  append(container, loading());

  let contact;
  let events;
  try {
    [contact, events] = await Promise.all([
      get(path, { signal: context.signal }),
      get(`${path}/timeline`, { signal: context.signal }).catch(error => ({ error })),
    ]);
  } catch (error) {
    append(clear(container), pageHeader(email, { back: back() }), errorAlert(error));
    return;
  }
  context.setTitle(displayName(contact));
  const errorSlot = h('div', { class: 'error-slot' });

  const optOut = !contact.optedOut
    ? button(t('contact.optOut'), async e => {
      if (!confirmAction(t('contact.confirmOptOut', { email }))) return;
      const done = await run(() => request(`${path}/opt-out`, { method: 'POST', json: {}, signal: context.signal }), { button: e.currentTarget, errorSlot });
      if (done) { announce(t('contact.optedOutDone')); navigate(['contacts', email]); }
    }, { testid: 'contact-opt-out' })
    : null;
  const erase = isAdmin()
    ? button(t('contact.erase'), async e => {
      if (!confirmAction(t('contact.confirmErase', { email }))) return;
      const done = await run(() => request(path, { method: 'DELETE', signal: context.signal }), { button: e.currentTarget, errorSlot });
      if (done) { announce(t('contact.erased')); navigate(['contacts']); }
    }, { kind: 'danger', testid: 'contact-erase' })
    : null;

  append(clear(container), 
    pageHeader(displayName(contact), {
      back: back(),
      subtitle: h('span', { class: 'subtitle-row' }, h('span', { class: 'email' }, contact.email), ' ', contactFlags(contact)),
      actions: [
        linkButton(t('common.edit'), href(['contacts', email, 'edit']), { kind: 'primary', 'data-testid': 'contact-edit' }),
        h('a', { class: 'button button-secondary', href: `${path}/export`, download: `${email}.json` }, t('contact.gdprExport')),
        optOut, erase,
      ],
    }),
    errorSlot,
    h('div', { class: 'layout-split' },
      h('div', { class: 'layout-main' },
        section(t('contact.timeline'), events?.error ? errorAlert(events.error) : timeline(Array.isArray(events) ? events : events?.items, { group: 'activity' }))),
      h('aside', { class: 'layout-side', 'aria-label': t('contact.details') },
        section(t('contact.details'), facts([
          [t('contact.outlet'), contact.outlet],
          [t('contact.mediaType'), contact.mediaType],
          [t('contact.beats'), (contact.beats ?? []).join(', ')],
          [t('contact.city'), contact.city],
          [t('contact.language'), contact.language ? tOr(`language.${contact.language}`, contact.language) : null],
          [t('contact.phone'), contact.phone],
          [t('contact.owner'), contact.owner],
          [t('contact.source'), contact.source],
          [t('contact.notes'), contact.notes],
          [t('contact.createdAt'), contact.createdAt ? formatDateTime(contact.createdAt) : null],
          [t('contact.updatedAt'), contact.updatedAt ? formatDateTime(contact.updatedAt) : null],
          [t('contact.optedOutAt'), contact.optedOutAt ? formatDateTime(contact.optedOutAt) : null],
        ])))));
}

const back = () => ({ href: '#/contacts', label: t('contacts.title') });
