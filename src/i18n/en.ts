/**
 * English messages by id. Rule messages are `<rule id>/<message id>`; `{name}`
 * is replaced by a parameter. ja.ts must have the same keys (type-checked).
 */
export const en = {
  "decision/allow": "OK to send",
  "decision/warn": "Check before sending",
  "decision/confirm": "Confirm before sending",
  "decision/block": "Fix before sending",
  "severity/warn": "warning",
  "severity/confirm": "confirm",
  "severity/block": "must fix",
  "missing-subject/empty": "The subject is empty.",
  "bcc-exposure/visible": "{count} external addresses are visible to each other in To/CC. Move them to BCC.",
  "cross-org-exposure/parties": "Recipients in To/CC from {parties} different organisations or people can see each other's addresses: {names}. Move them to BCC unless they should know each other.",
  "external-recipient/outside": "Outside recipients ({count}): {items}. Check that each address is the one you meant.",
  "blocked-recipient/blocked": "Your organisation does not allow mail to {items}. Remove every blocked recipient before sending.",
  "distribution-list/list": "{items} is a distribution list: you cannot see who receives this mail. Check that everyone on it should get it.",
  "distribution-list/group": "The contact group \"{name}\" is in To/CC: you cannot see who receives this mail. Check that everyone in it should get it.",
  "distribution-list/unnamed": "A contact group without a name is in To/CC: you cannot see who receives this mail. Check that everyone on it should get it.",
  "large-audience/many": "This mail goes to {count} recipients. Check that everyone should receive it.",
  "external-attachment/file": "{name} ({size}) will be sent outside the organisation ({to}). Check that it is the right file for these recipients.",
} as const;

export type MessageId = keyof typeof en;
