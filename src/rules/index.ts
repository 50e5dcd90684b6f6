import type { AnyRule } from "./rule";
import attachmentSize from "./attachment-size";
import attachmentType from "./attachment-type";
import bccExposure from "./bcc-exposure";
import blockedRecipient from "./blocked-recipient";
import crossOrgExposure from "./cross-org-exposure";
import distributionList from "./distribution-list";
import encryptedArchive from "./encrypted-archive";
import externalAttachment from "./external-attachment";
import externalRecipient from "./external-recipient";
import forgottenAttachment from "./forgotten-attachment";
import largeAudience from "./large-audience";
import lookalikeDomain from "./lookalike-domain";
import missingSubject from "./missing-subject";
import sensitiveContent from "./sensitive-content";

/** Every rule, in the order findings are reported. */
export const allRules: readonly AnyRule[] = [
  bccExposure,
  crossOrgExposure,
  externalRecipient,
  blockedRecipient,
  lookalikeDomain,
  distributionList,
  largeAudience,
  externalAttachment,
  forgottenAttachment,
  attachmentType,
  encryptedArchive,
  attachmentSize,
  sensitiveContent,
  missingSubject,
];

export function ruleById(id: string): AnyRule | undefined {
  return allRules.find((rule) => rule.id === id);
}
