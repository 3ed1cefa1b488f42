// A statement's language versions as the console shows them: which languages it has, which one
// leads for the signed-in member (theirs when the statement has it), and a switch between them.
import { h } from './dom.js';
import { t, tOr } from './i18n.js';
import { currentMember } from './session.js';

/** The languages a statement can be written in (StatementLanguages on the server). */
export const statementLanguages = ['fr', 'en'];

export const languageName = code => tOr(`language.${code}`, String(code ?? '').toUpperCase());

/** The statement's languages, the signed-in member's first when it has it, then the primary, then the rest. */
export function leadingLanguages(statement) {
  const languages = statement?.languages?.length ? [...statement.languages] : [statement?.language ?? 'fr'];
  const own = String(currentMember()?.language ?? '').slice(0, 2).toLowerCase();
  return languages.includes(own) ? [own, ...languages.filter(l => l !== own)] : languages;
}

/** Buttons that pick one language; `onPick(code)` is called on a change. */
export function languageSwitch(languages, current, onPick, { testid = 'language-switch' } = {}) {
  const buttons = languages.map(code => h('button', {
    type: 'button',
    class: 'button button-secondary',
    'aria-pressed': String(code === current),
    'data-testid': `${testid}-${code}`,
    on: { click: () => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === buttons[languages.indexOf(code)]));
      onPick(code);
    } },
  }, languageName(code)));
  return h('div', { class: 'segmented', role: 'group', 'aria-label': t('statement.languages'), 'data-testid': testid }, buttons);
}

/** The language a primary text is written in, from its front matter (French when it names none). */
export function primaryLanguageOf(markdown, fallback = 'fr') {
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/.exec(markdown ?? '');
  const declared = front && /^(?:lang|language)\s*:\s*["']?([A-Za-z]{2})/mi.exec(front[1]);
  return declared ? declared[1].toLowerCase() : fallback;
}
