// What the console knows of a statement's workflow: its states in order, and who acts in each.
import { hasRole, currentMember } from './session.js';

export const statementStates = ['draft', 'inReview', 'changesRequested', 'approved', 'signedOff', 'scheduled', 'sending', 'sent', 'withdrawn'];
export const statementKinds = ['pressRelease', 'reaction', 'inquiryReply'];
export const embargoModes = ['none', 'until'];

export const stateOf = statement => String(statement?.state ?? statement?.status ?? '').replace(/^./, c => c.toLowerCase());

export const isEditable = statement => ['draft', 'changesRequested'].includes(stateOf(statement));

export function isAuthor(statement) {
  const me = currentMember()?.email?.toLowerCase();
  const author = (typeof statement?.author === 'object' ? statement.author?.email : statement?.author ?? statement?.createdBy) ?? '';
  return Boolean(me) && author.toLowerCase() === me;
}

export const canReview = statement => stateOf(statement) === 'inReview' && hasRole('commsDirector');
export const canSignOff = statement => stateOf(statement) === 'approved' && hasRole('spokesperson');
export const canSend = statement => ['signedOff', 'scheduled'].includes(stateOf(statement)) && (hasRole('spokesperson') || hasRole('admin'));
export const canSubmit = statement => isEditable(statement);
export const canWithdraw = statement => !['sent', 'sending', 'withdrawn'].includes(stateOf(statement));

/** The author's name or address however the API spells it. */
export function authorName(statement) {
  const author = statement?.author ?? statement?.createdBy;
  if (!author) return '';
  return typeof author === 'object' ? author.displayName ?? author.name ?? author.email : author;
}
