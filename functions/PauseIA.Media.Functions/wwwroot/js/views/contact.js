// A contact's card: what we know, whether they can be mailed, everything that happened with
// them, and the GDPR actions (access export, opt-out, erasure).
import { h, append, clear, facts, field } from '../dom.js';
import { get, post, request, segment } from '../api.js';
import { t, tOr, formatDateTime } from '../i18n.js';
import { href, navigate } from '../router.js';
import { hasRole, isAdmin } from '../session.js';
import { pageHeader, section, errorAlert, loading, linkButton, button, run, announce, confirmAction } from '../ui.js';
import { timeline } from '../timeline.js';
import { displayName, contactFlags, mediaTypeLabel } from './contacts.js';

export async function render(container, context) {
  const email = context.params.email;
  const path = `/api/contacts/${segment(email)}`;
  context.setTitle(email);
  append(container, loading());

  let contact;
  try {
    contact = await get(path, { signal: context.signal });
  } catch (error) {
    append(clear(container), pageHeader(email, { back: back() }), errorAlert(error));
    return;
  }
  context.setTitle(displayName(contact));
  const errorSlot = h('div', { class: 'error-slot' });
  const reload = () => navigate(['contacts', email]);

  const events = h('div', {}, loading());
  append(clear(container),
    pageHeader(displayName(contact), {
      back: back(),
      subtitle: h('span', { class: 'subtitle-row' }, h('span', { class: 'email' }, contact.email), ' ', contactFlags(contact)),
      actions: [
        linkButton(t('common.edit'), href(['contacts', email, 'edit']), { kind: 'primary', 'data-testid': 'contact-edit' }),
        button(t('contact.gdprExport'), e => downloadPersonalData(e.currentTarget, path, email, errorSlot, context)),
      ],
    }),
    errorSlot,
    contact.reviewFlaggedAt ? h('div', { class: 'alert alert-warning', role: 'note' },
      h('p', {}, t('contact.reviewDue', { date: formatDateTime(contact.reviewFlaggedAt) })),
      button(t('contact.keep'), async e => {
        if (await run(() => post(`${path}/keep`, {}, { signal: context.signal }), { button: e.currentTarget, errorSlot })) { announce(t('contact.kept')); reload(); }
      })) : null,
    h('div', { class: 'layout-split' },
      h('div', { class: 'layout-main' }, section(t('contact.timeline'), events)),
      h('aside', { class: 'layout-side', 'aria-label': t('contact.details') },
        section(t('contact.details'), facts([
          [t('contact.outlet'), [contact.outlet, contact.outletDomain ? ` (${contact.outletDomain})` : ''].join('') || null],
          [t('contact.mediaType'), mediaTypeLabel(contact.mediaType)],
          [t('contact.beats'), (contact.beats ?? []).join(', ')],
          [t('contact.city'), contact.city],
          [t('contact.language'), contact.language ? tOr(`language.${contact.language}`, contact.language) : null],
          [t('contact.phone'), contact.phone],
          [t('contact.owner'), contact.owner],
          [t('contact.source'), contact.source ? tOr(`contactSource.${contact.source}`, contact.source) : null],
          [t('contact.lawfulBasis'), contact.lawfulBasis ? tOr(`lawfulBasis.${contact.lawfulBasis}`, contact.lawfulBasis) : null],
          [t('contact.notes'), contact.notes ? h('span', { class: 'pre-line' }, contact.notes) : null],
          [t('contact.createdAt'), formatDateTime(contact.createdAt)],
          [t('contact.updatedAt'), formatDateTime(contact.updatedAt)],
          [t('contact.lastActivityAt'), formatDateTime(contact.lastActivityAt)],
          [t('contact.optedOutAt'), contact.optedOut ? [formatDateTime(contact.optedOutAt), contact.optOutSource ? ` · ${contact.optOutSource}` : ''].join('') : null],
          [t('contact.bouncedAt'), contact.hardBounced ? [formatDateTime(contact.bouncedAt), contact.bounceReason ? ` · ${contact.bounceReason}` : ''].join('') : null],
          [t('contact.privacyNoticeSentAt'), contact.privacyNoticeSentAt ? formatDateTime(contact.privacyNoticeSentAt) : t('contact.privacyNoticeNever')],
        ])),
        privacyActions(contact, path, reload, context))));
  await loadTimeline(events, path, null, context);
}

const back = () => ({ href: '#/contacts', label: t('contacts.title') });

async function loadTimeline(slot, path, continuation, context) {
  try {
    const page = await get(`${path}/timeline${continuation ? `?continuation=${encodeURIComponent(continuation)}` : ''}`, { signal: context.signal });
    if (!continuation) clear(slot);
    slot.querySelector('.load-more')?.remove();
    append(slot, timeline(page?.items ?? [], { group: 'activity' }));
    if (page?.continuation) {
      append(slot, button(t('common.more'), e => { e.currentTarget.disabled = true; loadTimeline(slot, path, page.continuation, context); }, { kind: 'link', class: 'load-more' }));
    }
  } catch (error) {
    if (error?.name !== 'AbortError') append(clear(slot), errorAlert(error));
  }
}

/** The GDPR access export as a JSON file the member can hand to the journalist. */
async function downloadPersonalData(buttonEl, path, email, errorSlot, context) {
  const data = await run(() => get(`${path}/data`, { signal: context.signal }), { button: buttonEl, errorSlot });
  if (data === undefined) return;
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = h('a', { href: url, download: `donnees-${email}.json` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function privacyActions(contact, path, reload, context) {
  const reason = h('input', { type: 'text', name: 'reason', autocomplete: 'off' });
  const errorSlot = h('div', { class: 'error-slot' });
  const canErase = ['spokesperson', 'pressOfficer', 'commsDirector', 'admin'].some(hasRole);
  const act = (url, body, confirmText, doneText, after) => async e => {
    if (!confirmAction(confirmText)) return;
    const done = await run(() => request(url, { method: 'POST', json: body(), signal: context.signal }), { button: e.currentTarget, errorSlot });
    if (done) { announce(doneText); after(); }
  };
  const liftable = isAdmin() && (contact.optedOut || contact.hardBounced);
  return section(t('contact.privacy'),
    field(t('contact.reason'), reason, { hint: t('contact.reasonHint') }),
    errorSlot,
    h('div', { class: 'button-row' },
      contact.optedOut ? null : button(t('contact.optOut'),
        act(`${path}/opt-out`, () => ({ reason: reason.value.trim() || null }), t('contact.confirmOptOut', { email: contact.email }), t('contact.optedOutDone'), reload),
        { testid: 'contact-opt-out' }),
      liftable ? button(t('contact.lift'),
        act(`${path}/suppression/lift`, () => ({ kind: contact.optedOut ? 'optedOut' : 'hardBounce', reason: reason.value.trim() || null }),
          t('contact.confirmLift', { email: contact.email }), t('contact.lifted'), reload)) : null,
      canErase ? button(t('contact.erase'),
        act(`${path}/erase`, () => ({ reason: reason.value.trim() || null }), t('contact.confirmErase', { email: contact.email }), t('contact.erased'), () => navigate(['contacts'])),
        { kind: 'danger', testid: 'contact-erase' }) : null));
}
