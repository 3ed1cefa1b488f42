// Mail to decide on (Admin, spokesperson): every single mail whose outcome is unknown, or that
// SendGrid refused with nobody there to be told. Statement batches have their own decisions.
import { h, append, clear } from '../dom.js';
import { get } from '../api.js';
import { t } from '../i18n.js';
import { pageHeader, errorAlert, loading, empty } from '../ui.js';
import { sendsTable } from '../sends.js';

export async function render(container, context) {
  context.setTitle(t('sends.title'));
  const results = h('div', { class: 'results', 'aria-live': 'polite' }, loading());
  append(container, pageHeader(t('sends.title'), { subtitle: t('sends.subtitle') }), results);
  const draw = async () => {
    let sends;
    try {
      sends = await get('/api/mail/sends', { signal: context.signal });
    } catch (error) {
      append(clear(results), errorAlert(error));
      return;
    }
    append(clear(results), sends?.length ? sendsTable(sends, { onResolved: draw, showRelated: true }) : empty(t('sends.empty')));
  };
  await draw();
}
