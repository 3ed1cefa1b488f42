// Creating or editing a contact. Edits carry the ETag read with the contact, so a concurrent
// change answers 409/412 and is shown instead of being silently overwritten.
import { h, append, clear, field, select } from '../dom.js';
import { request, segment, ApiError } from '../api.js';
import { t } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pageHeader, errorAlert, loading, announce, button } from '../ui.js';
import { displayName, mediaTypes, mediaTypeLabel, contactLanguages } from './contacts.js';

const fields = ['email', 'firstName', 'lastName', 'outlet', 'outletDomain', 'mediaType', 'beats', 'city', 'language', 'phone', 'owner', 'lawfulBasis', 'notes'];

export async function render(container, context) {
  const email = context.params.email ?? null;
  const path = email ? `/api/contacts/${segment(email)}` : '/api/contacts';
  context.setTitle(email ? t('contactForm.editTitle') : t('contactForm.newTitle'));
  append(container, loading());

  let contact = {};
  let etag = null;
  if (email) {
    try {
      ({ data: contact, etag } = await request(path, { signal: context.signal }));
      etag ??= contact.etag ?? null;
    } catch (error) {
      append(clear(container), pageHeader(t('contactForm.editTitle'), { back: { href: href(['contacts', email]), label: email } }), errorAlert(error));
      return;
    }
  }

  const controls = {
    email: h('input', { type: 'email', name: 'email', required: true, autocomplete: 'off', value: contact.email ?? '', readOnly: Boolean(email) }),
    firstName: h('input', { type: 'text', name: 'firstName', value: contact.firstName ?? '' }),
    lastName: h('input', { type: 'text', name: 'lastName', value: contact.lastName ?? '' }),
    outlet: h('input', { type: 'text', name: 'outlet', value: contact.outlet ?? '' }),
    outletDomain: h('input', { type: 'text', name: 'outletDomain', value: contact.outletDomain ?? '', placeholder: 'lemonde.fr' }),
    mediaType: select([{ value: '', label: t('common.unknown') }, ...mediaTypes.map(m => ({ value: m, label: mediaTypeLabel(m) }))], { name: 'mediaType', value: contact.mediaType ?? '' }),
    beats: h('input', { type: 'text', name: 'beats', value: (contact.beats ?? []).join(', ') }),
    city: h('input', { type: 'text', name: 'city', value: contact.city ?? '' }),
    language: select([{ value: '', label: t('common.unknown') }, ...contactLanguages.map(l => ({ value: l, label: l.toUpperCase() }))], { name: 'language', value: contact.language ?? '' }),
    phone: h('input', { type: 'tel', name: 'phone', value: contact.phone ?? '' }),
    owner: h('input', { type: 'email', name: 'owner', value: contact.owner ?? '' }),
    lawfulBasis: select(['legitimateInterest', 'consent'].map(b => ({ value: b, label: t(`lawfulBasis.${b}`) })), { name: 'lawfulBasis', value: contact.lawfulBasis ?? 'legitimateInterest' }),
    notes: h('textarea', { name: 'notes', rows: 4, value: contact.notes ?? '' }),
  };
  let dirty = false;
  context.isDirty = () => dirty;
  const errorSlot = h('div', { class: 'error-slot' });

  const form = h('form', { class: 'form-grid', 'data-testid': 'contact-form', on: {
    input: () => { dirty = true; },
    submit: async e => {
      e.preventDefault();
      const body = Object.fromEntries(fields.map(key => [key, controls[key].value.trim() || null]));
      body.beats = (body.beats ?? '').split(/[;,]/).map(b => b.trim()).filter(Boolean);
      const submit = e.submitter;
      submit.disabled = true;
      clear(errorSlot);
      try {
        const saved = await request(path, { method: email ? 'PUT' : 'POST', json: body, etag, signal: context.signal });
        dirty = false;
        announce(t('contactForm.saved'));
        navigate(['contacts', saved.data?.email ?? body.email]);
      } catch (error) {
        if (error?.name === 'AbortError') return;
        append(errorSlot, error instanceof ApiError && error.isConflict && email ? conflictAlert(error, email) : errorAlert(error));
      } finally {
        submit.disabled = false;
      }
    },
  } },
  field(t('contact.email'), controls.email, { hint: email ? t('contactForm.emailFixed') : null }),
  field(t('contact.firstName'), controls.firstName),
  field(t('contact.lastName'), controls.lastName),
  field(t('contact.outlet'), controls.outlet),
  field(t('contact.outletDomain'), controls.outletDomain, { hint: t('contactForm.outletDomainHint') }),
  field(t('contact.mediaType'), controls.mediaType),
  field(t('contact.beats'), controls.beats, { hint: t('contactForm.beatsHint') }),
  field(t('contact.city'), controls.city),
  field(t('contact.language'), controls.language),
  field(t('contact.phone'), controls.phone),
  field(t('contact.owner'), controls.owner, { hint: t('contactForm.ownerHint') }),
  field(t('contact.lawfulBasis'), controls.lawfulBasis, { hint: t('contactForm.lawfulBasisHint') }),
  field(t('contact.notes'), controls.notes, { className: 'field-full' }),
  h('div', { class: 'field-full' }, errorSlot),
  h('div', { class: 'form-actions field-full' },
    h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'contact-save' }, t('common.save')),
    h('a', { class: 'button button-link', href: email ? href(['contacts', email]) : '#/contacts' }, t('common.cancel'))));

  append(clear(container), 
    pageHeader(email ? t('contactForm.editTitleOf', { name: displayName(contact) }) : t('contactForm.newTitle'), {
      back: email ? { href: href(['contacts', email]), label: displayName(contact) } : { href: '#/contacts', label: t('contacts.title') },
    }),
    form);
}

/** After a conflict the form is stale: say so plainly and offer the current version. */
function conflictAlert(error, email) {
  return h('div', { class: 'alert alert-error', role: 'alert', 'data-testid': 'conflict' },
    h('p', {}, h('strong', {}, t('contactForm.conflictTitle'))),
    h('p', {}, t('contactForm.conflictText')),
    error.serverMessage ? h('p', { class: 'muted' }, error.display) : null,
    button(t('contactForm.reload'), () => navigate(['contacts', email, 'edit'])));
}
