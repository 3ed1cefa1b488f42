// A new statement: the editor with nothing saved yet; saving creates the first draft.
// "#/statements/new?inquiry=PIA-2026-0001" starts an answer to that inquiry.
import { append } from '../dom.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { pageHeader, announce } from '../ui.js';
import { statementEditor } from '../statement-editor.js';

export async function render(container, context) {
  context.setTitle(t('statements.new'));
  const editor = statementEditor({
    context,
    initialInquiry: context.query.get('inquiry') ?? '',
    onSaved: saved => {
      announce(t('editor.created'));
      navigate(['statements', saved.id]);
    },
  });
  context.isDirty = editor.isDirty;
  append(container, pageHeader(t('statements.new'), { back: { href: '#/statements', label: t('statements.title') }, subtitle: t('editor.newIntro') }), editor.element);
}
