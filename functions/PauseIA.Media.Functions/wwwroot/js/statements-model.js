// What the console knows of a statement's workflow. Who may do what comes from the server
// (StatementView.actions, computed for the signed-in member); the console only shows it.

export const statementStates = ['draft', 'inReview', 'changesRequested', 'approved', 'signedOff', 'scheduled', 'sending', 'sent', 'withdrawn'];
export const statementKinds = ['pressRelease', 'reaction', 'inquiryAnswer'];
export const embargoModes = ['atEmbargo', 'beforeWithLine'];

export const can = (statement, action) => (statement?.actions ?? []).includes(action);

export const isEditable = statement => can(statement, 'revise');

/** The audience as one line: a segment's id, an inquiry reference, or addresses. */
export function audienceKind(audience) {
  if (audience?.inquiry) return 'inquiry';
  if (audience?.emails?.length) return 'emails';
  return 'segment';
}
